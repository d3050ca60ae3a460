/**
 * The Teams channel: the only place (with its tests) that imports botbuilder or teams-ai. It
 * exports what every channel exports (bot/channels/channel.ts: ChannelModule).
 */
import type { Configuration } from '../../../config/index.js';
import type { Bot, Logger } from '../../core/index.js';
import { createTeamsFront, TEAMS_PATH, type TeamsFront } from './create-teams-front.js';
import { TEAMS } from './to-event.js';

export { createTeamsFront, type TeamsFront, type TeamsReference } from './create-teams-front.js';

export const name = TEAMS;
export const path = TEAMS_PATH;
/** Never said: Teams is always on (without an app id, in local mode on loopback). */
export const notConfigured = 'Teams is not configured: set MicrosoftAppId (see docs/teams.md)';

/** Teams is always on: with an app id every request must carry a Bot Framework token; without, local mode. */
export function fromConfig(config: Configuration, bot: Bot, log: Logger): TeamsFront {
  return createTeamsFront(bot, config.teams, log);
}
