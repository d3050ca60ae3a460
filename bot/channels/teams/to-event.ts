import type { Activity, ConversationReference } from 'botbuilder';
import { TurnContext } from 'botbuilder';
import type { BotConversation, BotEvent, BotUser, ChannelTraits, IncomingAttachment } from '../../core/index.js';

/** The channel's name, as events and the store carry it. */
export const TEAMS = 'teams';

/** What Teams lets mamoru read, and its message ids (a reply's id says nothing of its chat: any is taken). */
export const TEAMS_TRAITS: ChannelTraits = {
  readableFiles: { ja: '個人チャットで共有した文書ファイルを読みます', en: 'I read documents shared in a personal chat' },
  isMessageOf: () => true,
};

/** Teams activity → the channel-neutral event of bot/core. */
export function toEvent(activity: Activity): BotEvent | null {
  const base = {
    id: activity.id ?? '',
    channel: TEAMS,
    user: userOf(activity),
    conversation: conversationOf(activity),
    locale: activity.locale,
    reference: TurnContext.getConversationReference(activity) as ConversationReference,
    traits: TEAMS_TRAITS,
  };
  switch (activity.type) {
    case 'message':
      return { ...base, type: 'message', text: activity.text ?? '', attachments: attachmentsOf(activity) };
    case 'invoke': {
      const action = (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
      if (typeof action?.verb !== 'string') return null;
      const data = action.data && typeof action.data === 'object' ? (action.data as Record<string, unknown>) : {};
      return {
        ...base,
        type: 'cardAction',
        verb: action.verb,
        data,
        ...(activity.replyToId ? { messageId: activity.replyToId } : {}),
      };
    }
    case 'installationUpdate':
      // add-upgrade and remove-upgrade are a new version of an app that stays: no welcome, nothing forgotten.
      if (activity.action === 'remove') return { ...base, type: 'uninstalled' };
      return { ...base, type: 'installed', welcome: activity.action === 'add' };
    case 'conversationUpdate': {
      const bot = activity.recipient?.id;
      if (activity.membersRemoved?.some((m) => m.id === bot)) return { ...base, type: 'uninstalled' };
      // The bot added (Teams, the Emulator, Direct Line), or anyone added to a one-to-one chat
      // (Web Chat announces the user apart from the bot); not a new member of a team.
      const added = activity.membersAdded ?? [];
      const welcome = added.some((m) => m.id === bot) || (base.conversation.kind === 'personal' && added.length > 0);
      return { ...base, type: 'installed', welcome };
    }
    default:
      return null;
  }
}

function userOf(activity: Activity): BotUser {
  return { id: activity.from?.id ?? 'unknown', name: activity.from?.name, aadObjectId: activity.from?.aadObjectId };
}

function conversationOf(activity: Activity): BotConversation {
  const type = activity.conversation?.conversationType;
  return {
    id: activity.conversation?.id ?? 'unknown',
    kind: type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal',
    tenantId: activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id,
  };
}

/** Files and images a teacher attached; the card types Teams adds to messages are not files. */
function attachmentsOf(activity: Activity): IncomingAttachment[] {
  return (activity.attachments ?? [])
    .filter((a) => !a.contentType.startsWith('application/vnd.microsoft.card.'))
    .map((a) => ({
      contentType: a.contentType,
      name: a.name,
      downloadUrl: (a.content as { downloadUrl?: string } | undefined)?.downloadUrl ?? a.contentUrl,
    }));
}
