import { z } from 'zod/v4';
import { INCIDENT_WORDS, INCIDENT_LIMITS as MAX } from '../../../adaptive-cards/index.js';
import type { Language } from '../../../policy/index.js';

export interface ValidReport {
  kinds: string[];
  what: string;
  occurred: string;
  place?: string;
  /** A class id, or null for 「わからない」. */
  class: string | null;
  affected?: number;
  medium?: string;
  doneAlready?: string;
}

type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[]; values: Record<string, string> };

/** Card inputs arrive as text; anything else counts as empty. */
const text = z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string());

/**
 * What came back from a form, as typed, for the form to show again with the reasons: every field
 * within its bound (a 10,000-character report comes back whole), ids left out.
 */
function echo(data: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of fields) {
    const value = data[key];
    if (typeof value === 'string') values[key] = value.slice(0, MAX.what);
  }
  return values;
}

const FIELDS = ['kinds', 'what', 'occurred', 'place', 'class', 'affected', 'medium', 'doneAlready'] as const;

/**
 * Checks a report form (card inputs are untrusted, and Google Chat validates nothing): the kinds
 * are the pack's, the class one of its classes or 「わからない」, every text within its bound.
 */
export function validateReport(
  data: Record<string, unknown>,
  language: Language,
  known: { kinds: string[]; classes: string[] },
): Checked<ValidReport> {
  const w = INCIDENT_WORDS[language];
  const bounded = (max: number, message: string, required: boolean) =>
    text.pipe(required ? z.string().min(1, message).max(max, message) : z.string().max(max, message));
  const schema = z.object({
    kinds: text
      .transform((v) => [
        ...new Set(
          v
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.enum(known.kinds as [string, ...string[]], w.kindsError)).min(1, w.kindsError)),
    what: bounded(MAX.what, w.whatError(MAX.what), true),
    occurred: bounded(MAX.occurred, w.whenError, true),
    place: bounded(MAX.place, w.whereError, false),
    class: text.pipe(z.enum(['unknown', ...known.classes] as [string, ...string[]], w.classError)),
    affected: text.pipe(
      z
        .string()
        .regex(/^\d{0,6}$/, w.affectedError)
        .refine((v) => v === '' || Number(v) <= MAX.affected, w.affectedError),
    ),
    medium: bounded(MAX.medium, w.mediumError, false),
    doneAlready: bounded(MAX.doneAlready, w.doneError, false),
  });
  const result = schema.safeParse(data);
  if (!result.success)
    return { ok: false, errors: [...new Set(result.error.issues.map((i) => i.message))], values: echo(data, FIELDS) };
  const v = result.data;
  return {
    ok: true,
    value: {
      kinds: v.kinds,
      what: v.what,
      occurred: v.occurred,
      class: v.class === 'unknown' ? null : v.class,
      ...(v.place ? { place: v.place } : {}),
      ...(v.affected ? { affected: Number(v.affected) } : {}),
      ...(v.medium ? { medium: v.medium } : {}),
      ...(v.doneAlready ? { doneAlready: v.doneAlready } : {}),
    },
  };
}

/** One required text (the reporter's additional information, a question, a cause …). */
export function validateText(
  data: Record<string, unknown>,
  fields: { id: string; max: number; message: string }[],
): Checked<Record<string, string>> {
  const shape = Object.fromEntries(fields.map((f) => [f.id, text.pipe(z.string().min(1, f.message).max(f.max, f.message))]));
  const result = z.object(shape).safeParse(data);
  if (!result.success)
    return {
      ok: false,
      errors: [...new Set(result.error.issues.map((i) => i.message))],
      values: echo(
        data,
        fields.map((f) => f.id),
      ),
    };
  return { ok: true, value: result.data as Record<string, string> };
}
