import { z } from 'zod/v4';

const text = z.string().max(1_000_000).optional();

/**
 * The fields of a Bot Framework activity that mamoru reads, as they must be typed; the rest
 * passes through to botbuilder. A field of the wrong type is a clear 400, never an internal
 * error deeper in botbuilder or teams-ai (a number as `text` used to be).
 */
export const activitySchema = z.looseObject({
  type: z.string().min(1).max(100),
  id: text,
  text,
  locale: text,
  replyToId: text,
  action: text,
  from: z.looseObject({ id: text, name: text, aadObjectId: text }).optional(),
  recipient: z.looseObject({ id: text, name: text }).optional(),
  conversation: z.looseObject({ id: text, conversationType: text, tenantId: text }).optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(500), name: text, contentUrl: text }))
    .max(50)
    .optional(),
  membersAdded: z
    .array(z.looseObject({ id: text }))
    .max(1000)
    .optional(),
  membersRemoved: z
    .array(z.looseObject({ id: text }))
    .max(1000)
    .optional(),
});

/** Why a body is not an activity mamoru can read, in one line; undefined when it is. */
export function activityProblem(body: unknown): string | undefined {
  const result = activitySchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the body';
  return `expected a Bot Framework activity: ${where}: ${issue.message}`;
}
