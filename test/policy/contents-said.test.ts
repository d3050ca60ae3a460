import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { containedPhrases } from '../../policy/understand/contain.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';

/**
 * A sentence that says what a document's contents are (「中身は名前と症状、対応です」) says what is
 * inside it, as 「…が入っている」 does (2-2(5)③: the higher class wins): a symptom is the pupil's
 * 心身の状況 (class Ⅰ), whatever the document's own name makes it.
 */
const kumamoto = getPack('kumamoto');
const lexicon = sharedLexicon();
const surfaces = (q: string) => containedPhrases(analyze(q), lexicon).map((p) => p.map((m) => m.surface).join(''));

describe('the contents said after 中身は', () => {
  test('the phrase after the word for the contents, up to the copula', () => {
    expect(surfaces('中身は名前と症状、対応です。')).toContain('名前と症状、対応');
    expect(surfaces('内容は行事の案内です')).toContain('行事の案内');
  });

  test('limited contents say what the document is, nothing more', () => {
    expect(surfaces('中身は名前だけです')).toEqual([]);
  });

  test('a nurse’s log with names and symptoms is class I: not to the cloud', () => {
    const d = ask(kumamoto, '保健室来室記録をOneDriveに置こうと思っています。中身は名前と症状、対応です。');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });

  test('the same log with names only stays as it is named', () => {
    const d = ask(kumamoto, '保健室来室記録をOneDriveに置こうと思っています。中身は名前だけです。');
    expect(d.decision).not.toBe('prohibited');
  });
});

describe('what a described document holds is its contents, not a rule about the thing', () => {
  const phrases = (q: string) => containedPhrases(analyze(q), sharedLexicon()).map((p) => p.map((m) => m.surface).join(''));

  test('a count or a share between the contents and the verb (全部, 全員分)', () => {
    expect(phrases('IDとパスワードを全員分まとめた表')).toContain('IDとパスワード');
    expect(phrases('住所と電話番号を全部まとめた一覧')).toContain('住所と電話番号');
  });

  test('a verb of writing in a clause describing the document (控えた表), not the act itself', () => {
    expect(phrases('IDとパスワードを控えた表')).toContain('IDとパスワード');
    expect(phrases('パスワードを手帳に控える')).toEqual([]);
  });

  test('the ID and password list put in a shared Teams folder: class II, not the password shared', () => {
    const d = ask(kumamoto, '先生用のシステムにログインするIDとパスワードを全部控えた表、Teamsの共有フォルダに置いていい？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('II');
    expect(d.citations).toContain('2-2(7)⑤');
  });

  test('a password said of the list is no password set on it', () => {
    const p = parseQuestion(kumamoto, '先生たちのログインIDとパスワードをまとめた表、外部の業者にメールで送っていい？');
    expect(p.measures.met).not.toContain('encrypt_or_password');
    expect(p.items.map((i) => i.id)).toContain('system_credentials');
  });
});
