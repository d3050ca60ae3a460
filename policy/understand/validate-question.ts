import { QuestionError } from '../errors.js';

/** Teachers' questions are a sentence or two; anything longer is pasted text, not a question. */
export const MAX_QUESTION_CHARS = 2000;

// C0 controls other than tab and line breaks, and U+FFFD from undecodable bytes.
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Throws a QuestionError that says how to fix a question that cannot be answered as it is. */
export function validateQuestion(question: unknown): string {
  if (typeof question !== 'string' || question.trim().length === 0) {
    throw new QuestionError('EMPTY', 'the question is empty: write what you want to do with which information');
  }
  if (question.length > MAX_QUESTION_CHARS) {
    throw new QuestionError(
      'TOO_LONG',
      `the question is ${question.length} characters long; keep it under ${MAX_QUESTION_CHARS} (to check a whole file, use --file)`,
    );
  }
  if (BINARY.test(question)) {
    throw new QuestionError('BINARY', 'the question contains binary data or control characters; send plain text');
  }
  if (!LETTER_OR_DIGIT.test(question)) {
    throw new QuestionError('NO_TEXT', 'the question has no words (only symbols or emoji); write it in Japanese or English');
  }
  return question.trim();
}
