/** The policy engine: packs as data, question understanding, and cited decisions. No I/O but reading packs. */
export { type AskOptions, answerFor, ask, type Previous, previousOf, warmUp } from './ask.js';
export {
  type Classification,
  type ClassifyInput,
  classifyDocument,
  DETECTOR_KINDS,
  type DetectorKind,
  detectPersonalData,
  type Evidence,
  isValidMyNumber,
} from './classify/index.js';
export type { Pack, Ruling } from './compile-pack.js';
export * from './contract.js';
export { formatIssue, PackInvalidError, type PackIssue, PolicyError, QuestionError } from './errors.js';
export { DEFAULT_POLICY, getPack, listPackIds, loadPack, packsDir } from './load-pack.js';
export { answerSummary } from './render-answer.js';
export { type Lexicon, lexiconFor } from './understand/lexicon.js';
export { MAX_QUESTION_CHARS } from './understand/validate-question.js';
