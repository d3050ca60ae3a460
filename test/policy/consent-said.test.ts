import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyzeQuestion } from '../../policy/understand/analyze-question.js';
import { consentHad } from '../../policy/understand/consent-said.js';

const pack = getPack('kumamoto');
const NOUNS = ['承諾', '同意', '了解', '了承', '許諾', 'OK', 'おっけー', 'オッケー', 'オーケー'];
const had = (q: string, language: 'ja' | 'en' = 'ja') => consentHad(analyzeQuestion(q, language), NOUNS, language);

/** The parents' consent to publishing read from the sentence (consent-said.ts), not from phrases. */
describe('parents’ consent said had', () => {
  test('a consent noun and a verb of having it, colloquial and polite', () => {
    expect(had('保護者には公開の了解をもらっています')).toBe(true);
    expect(had('体育大会の写真、保護者のOKもろとる子の分だけ学校のホームページに載すっとはよかよね？')).toBe(true);
    expect(had('お家の人からは載せていいって返事をもらってる')).toBe(true);
  });
  test('consent that marks the pupils shown (承諾ある子だけ, OKの家庭の子だけ)', () => {
    expect(had('学級通信の写真（承諾ある子だけ）、学校のインスタに出しとこうかな')).toBe(true);
    expect(had('体育祭の写真（公開OKの家庭の子だけ）を送っていい？')).toBe(true);
    expect(had('掲載の承諾がまだ返ってきていない家庭の子は写っていない写真（承諾済みの子だけ）なら、HPに載せていい？')).toBe(
      true,
    );
  });
  test('kana typed by sound, and English', () => {
    expect(had('じどうの さくひん しゃしん がっこうの いんすた のせる ほごしゃ おっけー もらってる')).toBe(true);
    expect(had('しゅぎょうのしゃしん ほごしゃしょうだくあり ほーむぺーじ')).toBe(true);
    expect(had('Can I post photos on the school Instagram? Parents have consented to publication.', 'en')).toBe(true);
  });
  test('negated, supposed, asked or another’s permission is not had', () => {
    expect(had('承諾はもらっていないけど載せていい？')).toBe(false);
    expect(had('まだ承諾をもらってない')).toBe(false);
    expect(had('承諾をもらえたらホームページに載せていい？')).toBe(false);
    expect(had('承諾をとる必要がありますか')).toBe(false);
    expect(had('校長の了解をもらったので写真を載せます')).toBe(false);
    expect(had('ほごしゃしょうだくなし しゃしん のせる')).toBe(false);
    expect(had('Parents have not consented yet.', 'en')).toBe(false);
    expect(had('Can I post photos if parents have consented?', 'en')).toBe(false);
  });
  test('consent for some while others appear is not had', () => {
    expect(had('写っている子の中には、保護者から掲載を断られている子もいます。')).toBe(false);
    expect(had('図工の作品写真のアルバム、掲載OKの子とまだ同意書が出てない子の写真が混ざってる')).toBe(false);
    expect(had('運動会の写真で、掲載OKの子の写真とNGの子の写真が一つのフォルダに混ざってる')).toBe(false);
  });
});

describe('photos and pupils’ work with consent are class Ⅳ', () => {
  test('consent had: class Ⅳ', () => {
    expect(ask(pack, '学級通信の写真（承諾ある子だけ）、学校のインスタに出しとこうかな').class).toBe('IV');
    expect(
      ask(
        pack,
        '子どもたちがタブレットで描いた絵（保護者には公開の了解をもらっています）を、学校ホームページに載せていいですか。',
      ).class,
    ).toBe('IV');
  });
  test('consent not had: not class Ⅳ', () => {
    expect(ask(pack, '承諾はもらっていないけど運動会の写真をホームページに載せていい？').class).not.toBe('IV');
  });
});
