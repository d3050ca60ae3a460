import { ask, type Pack, previousOf } from '../../policy/index.js';

type Answer = ReturnType<typeof ask>;

/** The answers to the messages of one conversation, each continuing the one before (as the bot's `Previous`). */
export function conversation(pack: Pack, ...messages: string[]): Answer[] & Record<1 | 2, Answer> {
  const answers = [] as unknown as Answer[] & Record<1 | 2, Answer>;
  for (const m of messages) answers.push(ask(pack, m, answers.length ? { previous: previousOf(answers.at(-1)!) } : {}));
  return answers;
}
