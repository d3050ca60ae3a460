import { type Bot, languageOf, onlyCardActions } from '../core/index.js';
import { TEXT } from './texts.js';

/** The last route: card actions with a verb no feature handles. */
export function fallbackFeature(bot: Bot): void {
  bot.route([onlyCardActions], (ctx) => {
    ctx.reply({ text: TEXT[languageOf(ctx.event)].unknownAction });
  });
}
