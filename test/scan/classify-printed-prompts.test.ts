import { describe, expect, it } from 'vitest';
import { isFilledValue, isPrintedChoices } from '../../policy/classify/match-labels.js';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');
const classify = (input: Partial<ClassifyInput> & { name: string }) => classifyDocument(pack, { text: '', ...input });
const form = (name: string, rows: string[][]) =>
  classify({ name, text: rows.map((r) => r.join('\t')).join('\n'), tables: [{ rows }] });

describe("a form's printed questions and choices are not answers", () => {
  it.each([
    ['はい ・ いいえ'],
    ['ある ・ ない'],
    ['とても・まあまあ・あまり・たのしくない'],
    ['校区の中学校 ・ 校区外の中学校 ・ 私立・県立中学校'],
  ])('%s is printed choices', (cell) => {
    expect(isPrintedChoices(cell)).toBe(true);
    expect(isFilledValue(cell)).toBe(false);
  });

  it.each([['○はい ・ いいえ'], ['2012/04/02'], ['2000/01/01'], ['山田 太郎']])('%s is written in', (cell) => {
    expect(isPrintedChoices(cell)).toBe(false);
  });

  it('a bonds survey sheet of questions and printed choices is the blank survey (Ⅳ)', () => {
    const r = form('きずなアンケート_R8.docx', [
      ['1 学校は楽しいですか', 'はい ・ いいえ'],
      ['2 いやな思いをしたことがありますか', 'はい ・ いいえ'],
      ['3 それはどんなことですか', ''],
      ['4 先生に相談したいですか', 'はい ・ いいえ'],
    ]);
    expect(r.class).toBe('IV');
  });

  it('a heart survey sheet with a scale of choices is the blank survey (Ⅳ)', () => {
    const r = form('心のアンケート_用紙.docx', [
      ['1. 学校はたのしいですか', 'とても・まあまあ・あまり・たのしくない'],
      ['2. このごろ、いやなことをされたり言われたりしたことがありますか', 'ある ・ ない'],
      ['3. それはどんなことですか', ''],
      ['4. だれにされましたか（書けたら）', ''],
    ]);
    expect(r.class).toBe('IV');
  });
});
