import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A matter told in plain words written in kana, as a child answers a form or a chat is typed
 * (部活の先輩にたたかれる, びょういんに行った): the analyzer reads the head as it reads its kanji.
 */
const classify = (rows: string[][], name = 'Forms回答_10.xlsx') => {
  const text = `Sheet1\n${rows.map((r) => r.join('\t')).join('\n')}`;
  const input: ClassifyInput = {
    name,
    type: 'xlsx',
    text,
    tables: [{ name: 'Sheet1', rows, headerRow: 0 }],
    headings: ['Sheet1'],
  };
  return classifyDocument(getPack('kumamoto'), input);
};

// Questions without their numbers: under Q1, Q5 the answers by 出席番号 are a filled survey (Ⅰ) by
// their columns, whatever the free answers tell (classify-survey-answers.test.ts).
const answers = (free: string) => [
  ['出席番号', '学校は楽しい', 'いやなことをされた', '自由記述'],
  ['1', 'はい', 'ない', ''],
  ['2', 'いいえ', 'ない', '特になし'],
  ['3', 'どちらでもない', 'ある', free],
  ['4', 'はい', 'ない', ''],
];

describe('a head written in kana in a pupil-numbered table', () => {
  it.each(['部活の先輩にたたかれる', '兄になぐられた', '休み時間に友だちにけられた'])(
    'reads 「%s」 as violence told about the pupil',
    (free) => {
      expect(classify(answers(free)).class).toBe('I');
    },
  );

  it('reads the kanji form as before', () => {
    expect(classify(answers('部活の先輩に叩かれる')).class).toBe('I');
  });

  it('stays lower for answers that tell no matter', () => {
    expect(classify(answers('たたみの部屋で休みたい')).class).not.toBe('I');
    expect(classify(answers('けれど楽しい')).class).not.toBe('I');
  });
});
