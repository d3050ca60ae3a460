import { fixture } from './bot-harness.js';

/** A Teams user of the test roster, in a personal chat with mamoru. */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  conversation: string;
}

/** 山田 花子, teacher at 熊本市立第一中学校 in test/fixtures/roster-demo.csv. */
export const TEACHER: TeamsUser = {
  id: '29:teacher-hanako',
  name: '山田 花子',
  aadObjectId: '6b1d2c1e-0c7a-4b55-9f5e-2d1a7c3e4f01',
  conversation: 'a:personal-hanako',
};

/** 鈴木 太郎, principal of the same school. */
export const PRINCIPAL: TeamsUser = {
  id: '29:principal-taro',
  name: '鈴木 太郎',
  aadObjectId: '9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55',
  conversation: 'a:personal-taro',
};

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
