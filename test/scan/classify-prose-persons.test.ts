import { describe, expect, it } from 'vitest';
import { findNames } from '../../policy/classify/read-names.js';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A short note naming a pupil and telling their body or their family's life in plain words (a
 * nurse's note, a 日本語指導 record): the pupil as a school writes them (年組 and a name, in
 * katakana or romaji too), the matter by meaning (a symptom, where the family comes from).
 */
const classify = (text: string, name = 'メモ.docx', more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'docx', text, ...more });

const SYMPTOMS = '腹痛を訴え保健室へ。昨夜から嘔吐あり。母に連絡し早退。';

describe('symptoms told about a pupil named with the class', () => {
  it.each(['4年2組 山田太郎', '4年2組 グエン・ヴァン・アン', '4年2組 Maria Santos', '4年2組 王 浩然'])(
    'is class I under 「%s」',
    (head) => {
      expect(classify(`${head}\n${SYMPTOMS}`).class).toBe('I');
    },
  );

  it('stays lower in a health newsletter about symptoms in general', () => {
    const text = [
      '保健だより 11月号',
      '最近、腹痛を訴えて保健室に来る人が増えています。嘔吐や下痢がある場合は無理をせず休みましょう。',
      '養護教諭 山田花子',
    ].join('\n');
    expect(classify(text, '保健だより11月.docx').class).not.toBe('I');
  });

  it('stays lower for counts of symptoms (an aggregate)', () => {
    expect(classify('11月 保健室利用状況\n腹痛 5名\n頭痛 3名\nけが 12名\n発熱 2名').class).not.toBe('I');
  });

  it('stays lower for an invented pupil in a training example', () => {
    const text = [
      '校内研修資料',
      '事例（架空の児童）',
      '4年2組 山田太郎（架空）',
      SYMPTOMS,
      '対応のポイントを考えましょう。',
    ].join('\n');
    expect(classify(text, '研修資料.docx').class).not.toBe('I');
  });

  it('stays lower for an initial right after the mark (事例（架空）Aさん)', () => {
    const text = [
      '校内研修資料',
      '事例（架空）Aさん：腕にあざがあり、「お父さんに叩かれた」と話した。',
      '児童相談所への通告を考える。',
    ].join('\n');
    expect(classify(text, '研修資料.docx').class).not.toBe('I');
  });

  it('is class I when the mark makes up a school and the pupil follows by class and initials', () => {
    const text = [
      '支援会議メモ 11/12',
      '対象：東町小（架空）5年 R.T.',
      '担任より：腕にあざ。本人は「お父さんに叩かれた」と話した',
      '方針：本日中に児童相談所へ通告',
    ].join('\n');
    expect(classify(text, '支援会議メモ.md').class).toBe('I');
  });
});

describe('a family’s life told in a 日本語指導 record', () => {
  it('is class I (生活歴, 家庭の様子)', () => {
    const text = [
      '日本語指導 個別記録',
      '児童: 山田 太郎（4年2組）',
      '来日 2025年4月。母語はベトナム語。家庭では父が夜勤のため、連絡は母へ。',
    ].join('\n');
    expect(classify(text).class).toBe('I');
  });
});

describe('names the dictionary does not know, where a school writes a pupil', () => {
  const suffixes = ['さん', 'くん', 'ちゃん', '先生'];
  const keys = (s: string) => findNames(s, suffixes).map((n) => n.key);
  it('reads katakana and romaji names after the class, a label, or before a suffix', () => {
    expect(keys('4年2組 グエン・ヴァン・アン')).toEqual(['グエン・ヴァン・アン']);
    expect(keys('4年2組 Maria Santos')).toEqual(['MariaSantos']);
    expect(keys('児童: Maria Santos（4年2組）')).toEqual(['MariaSantos']);
    expect(keys('サントスくんが')).toEqual(['サントス']);
  });
  it('does not read a katakana word the dictionary knows', () => {
    expect(keys('4年2組 クラブ活動')).toEqual([]);
    expect(keys('4年2組 リレー')).toEqual([]);
  });
});
