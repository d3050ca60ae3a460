import { type AdaptiveCard, adaptiveCard, type Element, facts, text } from './adaptive-card.js';
import type { StaffLeftModel } from './permit-life-models.js';
import { LIFE_WORDS } from './permit-life-words.js';

/** 4-1(5): the principal is told what is still open in the name of someone the roster no longer lists. */
export function staffLeftCard(model: StaffLeftModel): AdaptiveCard {
  const w = LIFE_WORDS[model.language];
  const body: Element[] = [
    text(w.staffLeftTitle(model.name), { size: 'Medium', weight: 'Bolder' }),
    facts([
      { title: model.language === 'ja' ? 'メール' : 'E-mail', value: model.email },
      ...(model.schoolName ? [{ title: model.language === 'ja' ? '学校' : 'School', value: model.schoolName }] : []),
      { title: model.language === 'ja' ? '役割' : 'Role', value: model.role },
      { title: model.language === 'ja' ? '名簿から外れた日時' : 'Left the roster', value: model.leftAt },
    ]),
    text(w.staffLeftIntro, { isSubtle: true }),
  ];
  if (model.cancelled.length > 0) body.push(text(w.cancelled(model.cancelled.length), { weight: 'Bolder' }));
  if (model.groups.length === 0) body.push(text(w.nothingOpen));
  for (const group of model.groups) {
    body.push(
      text(group.title, { weight: 'Bolder', spacing: 'Medium' }),
      ...group.lines.slice(0, 20).map((line) => text(`・${line}`, { spacing: 'None', size: 'Small' })),
    );
  }
  body.push(text(model.citation, { size: 'Small', isSubtle: true }));
  return adaptiveCard(body);
}
