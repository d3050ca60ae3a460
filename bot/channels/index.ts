/**
 * The channels mamoru answers on, one line each. A channel is a folder exporting the names of
 * ChannelModule (see docs/architecture.md, "How to add a channel"); the server serves each on its
 * path, start-up builds each front from the configuration, and the notifier sends through them.
 */
import type { ChannelModule } from './channel.js';
import * as googleChat from './google-chat/index.js';
import * as teams from './teams/index.js';

export const CHANNELS: ChannelModule[] = [teams, googleChat];

export type { ChannelFront, ChannelModule, ChannelSender, Located } from './channel.js';
export { MAX_BODY, readJson } from './read-json.js';
