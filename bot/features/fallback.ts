import { VERBS } from '../../adaptive-cards/index.js';
import { type Bot, languageOf, matchVerb, onlyCardActions } from '../core/index.js';
import { TEXT } from './texts.js';

/** Last routes: the permit button until permits are wired, and verbs nobody handles. */
export function fallbackFeature(bot: Bot): void {
  bot
    .route([onlyCardActions, matchVerb(VERBS.PERMIT_REQUEST)], (ctx) => {
      ctx.reply({ text: TEXT[languageOf(ctx.event)].permitNotReady });
    })
    .route([onlyCardActions], (ctx) => {
      ctx.reply({ text: TEXT[languageOf(ctx.event)].unknownAction });
    });
}
