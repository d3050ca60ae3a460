/** The Google Chat front: the only place (with its tests) that imports the Chat client. */

export { type GoogleChatOptions, googleChatFromEnv } from './config-from-env.js';
export { type ChatFront, chatCard, createChatFront } from './create-chat-front.js';
export { type ChatReference, type ChatSender, createChatSender } from './create-chat-sender.js';
export { type ChatEvent, SLASH_COMMANDS, toEvent } from './to-event.js';
export { type ChatAuthConfig, ChatAuthError, createChatVerifier } from './verify-token.js';
