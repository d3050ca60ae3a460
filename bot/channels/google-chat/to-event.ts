import type { AttachmentBody, BotEvent, BotUser, ChannelTraits, IncomingAttachment } from '../../core/index.js';

/** The channel's name, as events and the store carry it. */
export const GOOGLE_CHAT = 'google_chat';

/** What Google Chat lets mamoru read, and its message names (spaces/…/messages/…: they say their space). */
export const CHAT_TRAITS: ChannelTraits = {
  readableFiles: {
    ja: 'Google Chat に直接アップロードした文書ファイルを読みます。ドライブのファイルへのリンクは読めません',
    en: 'I read documents uploaded to Google Chat, not links to Drive files',
  },
  isMessageOf: (conversationId, messageId) => messageId.startsWith(`${conversationId}/messages/`),
};

interface ChatUser {
  name?: string;
  displayName?: string;
  email?: string;
  type?: string;
}
interface ChatSpace {
  name?: string;
  type?: string;
  spaceType?: string;
  singleUserBotDm?: boolean;
}
/** A file on a message: uploaded content (readable through the media API) or a Drive file. */
interface ChatAttachment {
  name?: string;
  contentName?: string;
  contentType?: string;
  source?: 'UPLOADED_CONTENT' | 'DRIVE_FILE' | string;
  attachmentDataRef?: { resourceName?: string };
  driveDataRef?: { driveFileId?: string };
}
/** Downloads uploaded content with the app's credentials (media.download, chat.bot scope). */
export type DownloadMedia = (resourceName: string, signal: AbortSignal) => Promise<AttachmentBody>;
interface FormInput {
  stringInputs?: { value?: string[] };
  dateInput?: { msSinceEpoch?: string | number };
  dateTimeInput?: { msSinceEpoch?: string | number };
}
/** The interaction event Google Chat posts to an HTTP endpoint app (and the add-on shape). */
export interface ChatEvent {
  type?: string;
  eventTime?: string;
  message?: {
    name?: string;
    text?: string;
    argumentText?: string;
    slashCommand?: { commandId?: string };
    space?: ChatSpace;
    sender?: ChatUser;
    attachment?: ChatAttachment[];
  };
  user?: ChatUser;
  space?: ChatSpace;
  action?: { actionMethodName?: string; parameters?: { key: string; value: string }[] };
  common?: {
    userLocale?: string;
    invokedFunction?: string;
    parameters?: Record<string, string>;
    formInputs?: Record<string, FormInput>;
  };
  commonEventObject?: {
    userLocale?: string;
    invokedFunction?: string;
    parameters?: Record<string, string>;
    formInputs?: Record<string, FormInput>;
  };
  chat?: {
    user?: ChatUser;
    space?: ChatSpace;
    eventTime?: string;
    messagePayload?: { message?: ChatEvent['message']; space?: ChatSpace };
    addedToSpacePayload?: { space?: ChatSpace };
    removedFromSpacePayload?: { space?: ChatSpace };
    buttonClickedPayload?: { message?: ChatEvent['message']; space?: ChatSpace };
  };
}

/** The slash commands configured for the app (manifest/google-chat/): id → what it means. */
export const SLASH_COMMANDS: Record<string, (argument: string) => string> = {
  '1': (argument) => argument, // /ask 質問
  '2': () => '承認待ち', // /pending
  '3': () => '自分の申請', // /mine
  '4': () => 'help', // /help
};

export const isDm = (space: ChatSpace | undefined) => space?.type === 'DM' || space?.spaceType === 'DIRECT_MESSAGE';

/** A date picker sends midnight UTC of the chosen day in milliseconds. */
function formValue(input: FormInput): string {
  const ms = input.dateInput?.msSinceEpoch ?? input.dateTimeInput?.msSinceEpoch;
  if (ms !== undefined) return new Date(Number(ms)).toISOString().slice(0, 10);
  return input.stringInputs?.value?.join(',') ?? '';
}

/** Uploaded files can be read when the app has Chat API credentials; Drive files never (no access). */
function attachmentsOf(attachments: ChatAttachment[] | undefined, download?: DownloadMedia): IncomingAttachment[] {
  return (attachments ?? []).map((a) => {
    const resourceName = a.attachmentDataRef?.resourceName;
    return {
      contentType: a.contentType ?? 'application/octet-stream',
      name: a.contentName,
      ...(resourceName && download && a.source !== 'DRIVE_FILE'
        ? { open: (signal: AbortSignal) => download(resourceName, signal) }
        : {}),
    };
  });
}

/**
 * A Chat event (classic interaction event, or the Workspace add-on shape) → the channel-neutral
 * event of bot/core; null for events mamoru does not act on.
 */
export function toEvent(
  raw: ChatEvent,
  download?: DownloadMedia,
): { event: BotEvent; space: ChatSpace; messageName?: string } | null {
  const addOn = raw.chat;
  const type = addOn
    ? addOn.messagePayload
      ? 'MESSAGE'
      : addOn.addedToSpacePayload
        ? 'ADDED_TO_SPACE'
        : addOn.removedFromSpacePayload
          ? 'REMOVED_FROM_SPACE'
          : addOn.buttonClickedPayload
            ? 'CARD_CLICKED'
            : 'OTHER'
    : raw.type;
  const common = raw.common ?? raw.commonEventObject;
  const message = addOn?.messagePayload?.message ?? addOn?.buttonClickedPayload?.message ?? raw.message;
  const space =
    addOn?.messagePayload?.space ??
    addOn?.addedToSpacePayload?.space ??
    addOn?.removedFromSpacePayload?.space ??
    addOn?.buttonClickedPayload?.space ??
    addOn?.space ??
    raw.space ??
    message?.space ??
    {};
  const chatUser = addOn?.user ?? raw.user ?? message?.sender ?? {};
  if (!chatUser.name || !space.name) return null;
  const user: BotUser = {
    id: chatUser.name,
    name: chatUser.displayName,
    email: chatUser.email,
    googleUserId: chatUser.name,
  };
  const base = {
    id: message?.name ?? `${type}:${raw.eventTime ?? addOn?.eventTime ?? ''}`,
    channel: GOOGLE_CHAT,
    user,
    conversation: { id: space.name, kind: isDm(space) ? ('personal' as const) : ('channel' as const) },
    locale: common?.userLocale,
    reference: { space: space.name, user: chatUser.name },
    traits: CHAT_TRAITS,
  };
  switch (type) {
    case 'MESSAGE': {
      const command = message?.slashCommand?.commandId;
      const argument = (message?.argumentText ?? message?.text ?? '').trim();
      const text = command && SLASH_COMMANDS[command] ? SLASH_COMMANDS[command](argument) : argument;
      const attachments = attachmentsOf(message?.attachment, download);
      return { event: { ...base, type: 'message', text, attachments }, space, messageName: message?.name };
    }
    case 'ADDED_TO_SPACE':
      return { event: { ...base, type: 'installed', welcome: true }, space };
    case 'REMOVED_FROM_SPACE':
      // Nothing is said (the app is gone); a later ADDED_TO_SPACE welcomes again.
      return { event: { ...base, type: 'uninstalled' }, space };
    case 'CARD_CLICKED': {
      const verb = common?.invokedFunction ?? raw.action?.actionMethodName;
      if (!verb) return null;
      const data: Record<string, unknown> = {
        ...Object.fromEntries((raw.action?.parameters ?? []).map((p) => [p.key, p.value])),
        ...common?.parameters,
      };
      for (const [name, input] of Object.entries(common?.formInputs ?? {})) data[name] = formValue(input);
      const messageId = message?.name;
      return {
        event: { ...base, type: 'cardAction', verb, data, ...(messageId ? { messageId } : {}) },
        space,
        messageName: messageId,
      };
    }
    default:
      return null;
  }
}
