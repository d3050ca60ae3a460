import { fixture } from './bot-harness.js';

/** A Teams user of the test roster, in a personal chat with mamoru. */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  conversation: string;
}

/** The activity as sent by `who` from their personal chat. */
export function as(who: TeamsUser, activity: Record<string, unknown>): Record<string, unknown> {
  return {
    ...activity,
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    conversation: { conversationType: 'personal', tenantId: 't', id: who.conversation },
  };
}

/** A message from `who` (the documented personal-chat message, with this text). */
export const say = (who: TeamsUser, text: string) =>
  as(who, { ...fixture('teams/message-personal.json'), text, id: `m-${Math.random()}` });

/** `who` pressing an Action.Execute button (the documented adaptiveCard/action invoke). */
export function click(who: TeamsUser, verb: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const activity = fixture<{ value: { action: Record<string, unknown> } }>('teams/invoke-action-execute.json');
  activity.value.action = { ...activity.value.action, verb, data };
  return { ...as(who, activity), ...extra };
}
