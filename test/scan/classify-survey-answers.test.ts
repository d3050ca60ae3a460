import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A table of answers (はい | いいえ, ある | ない) under a survey's numbered questions (Q1 学校は楽しい),
 * a row a pupil by name or 出席番号: the survey filled in by them, wherever it is (a hidden sheet
 * of a file called 座席.xlsx).
 */
const classify = (rows: string[][]) =>
  classifyDocument(getPack('kumamoto'), {
    name: '座席.xlsx',
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ name: 'Sheet2', rows }],
  });
const high = (c: string | null) => c === 'I' || c === 'II';

const q1 = ['はい', 'いいえ', 'どちらでもない', 'どちらでもない', 'はい', 'いいえ', 'いいえ', 'はい'];
const q5 = ['ある', 'ある', 'ない', 'ない', 'ない', 'ない', 'ない', 'ない'];

describe('a survey answered by pupils', () => {
  it('by 出席番号, under numbered questions', () => {
    const rows = [['出席番号', 'Q1 学校は楽しい', 'Q5 いやなことをされた'], ...q1.map((a, i) => [String(i + 1), a, q5[i]!])];
    const r = classify(rows);
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('アンケートの回答');
  });

  it('by name', () => {
    const names = ['荒木 葵', '吉永 陽菜', '村上 蓮', '嶋田 結衣', '荒木 陸', '永田 陸', '古閑 莉子', '平井 颯太'];
    const rows = [['氏名', '問1', '問2'], ...q1.map((a, i) => [names[i]!, a, q5[i]!])];
    expect(classify(rows).class).toBe('I');
  });

  it('yes and no under headings that ask nothing are no survey (a consent list)', () => {
    const rows = [
      ['出席番号', '写真掲載', '名簿掲載'],
      ...q1.map((a, i) => [String(i + 1), a === 'はい' ? 'はい' : 'いいえ', q5[i] === 'ある' ? 'はい' : 'いいえ']),
    ];
    const r = classify(rows);
    expect(r.reasons.join('\n')).not.toContain('アンケートの回答');
    expect(r.class).not.toBe('I');
  });

  it('the questions alone, unanswered, are a blank survey', () => {
    const rows = [['出席番号', 'Q1 学校は楽しい', 'Q5 いやなことをされた'], ...q1.map((_, i) => [String(i + 1), '', ''])];
    expect(high(classify(rows).class)).toBe(false);
  });
});
