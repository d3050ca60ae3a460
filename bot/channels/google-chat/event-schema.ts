import { z } from 'zod/v4';

const text = z.string().max(1_000_000).optional();
const user = z.looseObject({ name: text, displayName: text, email: text, type: text }).optional();
const space = z.looseObject({ name: text, type: text, spaceType: text }).optional();
const message = z
  .looseObject({
    name: text,
    text,
    argumentText: text,
    space,
    sender: user,
    slashCommand: z.looseObject({ commandId: text }).optional(),
    attachment: z
      .array(z.looseObject({ contentType: text, contentName: text, source: text }))
      .max(50)
      .optional(),
  })
  .optional();
const formInput = z.looseObject({
  stringInputs: z.looseObject({ value: z.array(z.string().max(100_000)).max(100).optional() }).optional(),
  dateInput: z.looseObject({ msSinceEpoch: z.union([z.string().max(20), z.number()]).optional() }).optional(),
  dateTimeInput: z.looseObject({ msSinceEpoch: z.union([z.string().max(20), z.number()]).optional() }).optional(),
});
const common = z
  .looseObject({
    userLocale: text,
    invokedFunction: text,
    parameters: z.record(z.string(), z.string().max(10_000)).optional(),
    formInputs: z.record(z.string(), formInput).optional(),
  })
  .optional();
const payload = z.looseObject({ message, space }).optional();

/**
 * The fields of a Google Chat event that mamoru reads (classic interaction events and the
 * Workspace add-on shape), as they must be typed. A field of the wrong type is a clear 400.
 */
export const chatEventSchema = z.looseObject({
  type: text,
  message,
  user,
  space,
  common,
  commonEventObject: common,
  action: z
    .looseObject({
      actionMethodName: text,
      parameters: z.array(z.looseObject({ key: z.string(), value: z.string().max(10_000) })).optional(),
    })
    .optional(),
  chat: z
    .looseObject({
      user,
      space,
      messagePayload: payload,
      addedToSpacePayload: payload,
      removedFromSpacePayload: payload,
      buttonClickedPayload: payload,
    })
    .optional(),
});

/** Why a body is not a Chat event mamoru can read, in one line; undefined when it is. */
export function chatEventProblem(body: unknown): string | undefined {
  const result = chatEventSchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `expected a Google Chat event: ${issue.path.length > 0 ? issue.path.join('.') : 'the body'}: ${issue.message}`;
}
