/** What a question is understood to name and say, as the decision reads it. */
import type { Situation } from './compile-pack.js';
import type { ActionId, ClassId, Language } from './contract.js';
import type { CatalogItem, VagueTerm } from './schema.js';
import type { ParsedQuestion } from './understand/parse-question.js';

export interface Understood {
  items: CatalogItem[];
  actions: ActionId[];
  situations: Situation[];
  classes: ClassId[];
  vague: VagueTerm[];
  language: Language;
  /** The actions the last sentence of a story names: what is asked, between rulings equally strict. */
  asked: ActionId[];
  /** Actions only someone else's words or acts in the story name: never the act reported when one of the teacher's own is. */
  told?: ActionId[];
  /** The actions by where they are last said, the latest first: between rulings equally strict, the act the sentence ends on. */
  saidLast?: ActionId[];
  /** Actions a situation took over while carrying the information (校務用PCを持ち帰る): reported when no other is. */
  carried?: ActionId[];
  /** The device said is the teacher's home one (家のパソコン): where the work is done, too. */
  deviceAtHome?: boolean;
  /** The information is on paper (印刷して持ち帰る): the pack's paper rulings apply where it has them. */
  onPaper?: boolean;
}

/** What the question says beyond what it names: measures taken or not, and whether it was already done. */
export type Said = Pick<ParsedQuestion, 'measures' | 'done'> & {
  askedRule?: boolean;
  /** It says something of handling (扱う, 保管, 分類): about information, whatever it names. */
  handling?: boolean;
  /** It asks how far a rule reaches (どこまで, 何なら, 毎回) in the sentence of the act (understand/extent-asked.ts). */
  extentAsked?: boolean;
};
export const NOTHING_SAID: Said = { measures: { met: [], unmet: [] }, done: false };

/** The actions the answer may report: those said, then those a situation carrying the information took over. */
export const namedActions = (u: Understood): ActionId[] => [...u.actions, ...(u.carried ?? [])];

/** Whether it names information: a document, a vague word for one, or a class. */
export const namesInformation = (u: Understood): boolean => u.items.length > 0 || u.vague.length > 0 || u.classes.length > 0;
