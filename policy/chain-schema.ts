import { z } from 'zod/v4';
import { CLASS_IDS, ROLE_IDS } from './contract.js';

/** incidents.yaml `chain`: the routes a report travels, per board (validated with the rest of the pack). */

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _ (e.g. report_card)');
const text = z.string().trim().min(1, 'must not be empty');
const localized = z.strictObject({ ja: text, en: text });
const classId = z.enum(CLASS_IDS);
const clauseId = z.string().regex(/^\S+$/, 'a clause id has no spaces, in half-width form: 2-2(7)⑤, 第3表, 第16条');

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (08:00)');

/** One step of the chain a report travels: who is told, and how long they have to acknowledge it. */
const chainStep = z.strictObject({
  id,
  /** The roster role that holds this step (the principal of the reporter's school; board roles for the board). */
  role: z.enum(ROLE_IDS),
  /** How the policy names this step when the role's own title does not (教育情報システム担当者 held by `csirt`). */
  as: localized.optional(),
  /** The step is told only when one of these holds (any): the information's class, or the kind of incident. */
  when: z.strictObject({ classes: z.array(classId).default([]), kinds: z.array(id).default([]) }).optional(),
  /** Minutes of school hours within which someone must acknowledge; then the next step is told and this one reminded. */
  acknowledge_minutes: z.number().int().min(1).max(10_080).default(30),
  citations: z.array(clauseId).min(1),
});

/** A route: the steps a report takes, in order, and who closes it with the cause and the prevention. */
const chainRoute = z.strictObject({
  id,
  /** The kinds that take this route; the route without kinds is every other report's. */
  kinds: z.array(id).default([]),
  steps: z.array(chainStep).min(1),
  /** What the button that tells the next steps says (「教育CSIRTに報告」). */
  forward: localized,
  /** Roles that may record the report as closed, with its cause and prevention (Kumamoto 4-4(3): the CSIRT's record). */
  close_by: z.array(z.enum(ROLE_IDS)).min(1),
  close_citations: z.array(clauseId).min(1),
});

/** The chain a report travels once it is made (4-4(1)②③), with the times the policy sets. */
export const chain = z.strictObject({
  routes: z.array(chainRoute).min(1),
  /** When acknowledgement times run (JST): outside them a report waits, and the reporter is told whom to phone. */
  school_hours: z
    .strictObject({
      days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).min(1),
      from: hhmm,
      to: hhmm,
    })
    .refine((h) => h.from < h.to, { message: 'school hours end (to) after they begin (from)', path: ['to'] }),
  /** A report that names no class is routed as this class (the stricter; the principal decides the class, 2-2(4)③). */
  unknown_class: classId,
  /** Whom to phone when nobody can be reached through mamoru, or out of hours. */
  phone: localized,
});
