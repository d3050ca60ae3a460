import type { AdaptiveCard } from './adaptive-card.js';
import { answerCard } from './answer-card.js';
import { classQuestionCard, classQuestionFormCard } from './class-cards.js';
import { disposalFormCard } from './disposal-form-card.js';
import { findingDigestCard, findingOwnerCard } from './finding-cards.js';
import type { CardModel } from './models.js';
import { permitCard, permitListCard } from './permit-card.js';
import { permitFormCard } from './permit-form-card.js';
import { staffLeftCard } from './staff-left-card.js';
import { standingFormCard, standingListCard } from './standing-cards.js';
import { helpCard, welcomeCard } from './welcome-card.js';

/** Renders any card model as an Adaptive Card 1.5. */
export function renderAdaptiveCard(model: CardModel): AdaptiveCard {
  switch (model.kind) {
    case 'answer':
      return answerCard(model);
    case 'welcome':
      return welcomeCard(model);
    case 'help':
      return helpCard(model);
    case 'permitForm':
      return permitFormCard(model);
    case 'permit':
      return permitCard(model);
    case 'permitList':
      return permitListCard(model);
    case 'findingDigest':
      return findingDigestCard(model);
    case 'findingOwner':
      return findingOwnerCard(model);
    case 'standingList':
      return standingListCard(model);
    case 'standingForm':
      return standingFormCard(model);
    case 'disposalForm':
      return disposalFormCard(model);
    case 'classQuestionForm':
      return classQuestionFormCard(model);
    case 'classQuestion':
      return classQuestionCard(model);
    case 'staffLeft':
      return staffLeftCard(model);
  }
}
