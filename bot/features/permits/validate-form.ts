import { z } from 'zod/v4';
import type { PermitFormModel } from '../../../adaptive-cards/index.js';
import type { PERMIT_TEXT } from './texts.js';

export interface ValidForm {
  purpose: string;
  destination?: string;
  returnOn?: string;
  /** The end of the period (consult, exception). */
  until?: string;
  confirmations: { id: string; text: string }[];
  declarations: { id: string; label: string; value: string }[];
}

type Checked = { ok: true; form: ValidForm } | { ok: false; errors: string[]; values: Record<string, string> };
type Form = Omit<PermitFormModel, 'values' | 'errors'>;

/** Card inputs arrive as text (toggles as "true"/"false"); anything else counts as empty. */
const text = z.preprocess((v) => (typeof v === 'string' ? v.trim() : typeof v === 'boolean' ? String(v) : ''), z.string());

/** The form's schema: what this action needs, with the person-facing message for each rule. */
function schemaFor(form: Form, t: (typeof PERMIT_TEXT)['ja']) {
  const shape: Record<string, z.ZodType> = {
    purpose: text.pipe(z.string().min(1, t.purpose).max(500, t.purpose)),
    destination: form.needsDestination
      ? text.pipe(z.string().min(1, t.destination).max(200, t.destination))
      : text.pipe(z.string().max(200, t.destination)),
  };
  // From today to a year ahead, like the date input's min and max (Google Chat does not check them).
  const day = (message: string) =>
    text.pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, message)
        .refine((d) => !Number.isNaN(Date.parse(d)) && d >= form.today && d <= form.latest, message),
    );
  if (form.needsReturnDate) shape.returnOn = day(t.returnOn(form.today, form.latest));
  else if (form.needsUntil) shape.until = day(t.until(form.today, form.latest));
  for (const c of form.confirmations) shape[`confirm_${c.id}`] = text.pipe(z.literal('true', t.confirm(c.label)));
  for (const d of form.declarations) {
    shape[`decl_${d.id}`] =
      d.type === 'confirm'
        ? text.pipe(z.literal('true', t.declare(d.label)))
        : text.pipe(z.string().min(1, t.declare(d.label)).max(100, t.declare(d.label)));
  }
  return z.object(shape);
}

/**
 * Checks what came back from the form (card inputs are untrusted, and Google Chat validates
 * nothing): lengths, a return date (or the end of the period) from today to a year ahead, every
 * required measure confirmed, every declaration made.
 */
export function validateForm(form: Form, data: Record<string, unknown>, t: (typeof PERMIT_TEXT)['ja']): Checked {
  const result = schemaFor(form, t).safeParse(data);
  if (!result.success) {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(data))
      if (key !== 'answerId' && typeof value !== 'object') values[key] = String(value ?? '').slice(0, 1000);
    return { ok: false, errors: [...new Set(result.error.issues.map((i) => i.message))], values };
  }
  const v = result.data as Record<string, string>;
  return {
    ok: true,
    form: {
      purpose: v.purpose!,
      destination: (form.needsDestination || form.offersDestination) && v.destination ? v.destination : undefined,
      returnOn: form.needsReturnDate ? v.returnOn : undefined,
      until: !form.needsReturnDate && form.needsUntil ? v.until : undefined,
      confirmations: form.confirmations.map((c) => ({ id: c.id, text: c.label })),
      declarations: form.declarations.map((d) => ({ id: d.id, label: d.label, value: v[`decl_${d.id}`] ?? '' })),
    },
  };
}
