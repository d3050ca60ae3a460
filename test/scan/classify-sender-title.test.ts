import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * In a chat, a staff title heads the line as its sender (「担任 : 清水美咲 (3年) 昨夜…」): the name after
 * it is the pupil the message is about when the pupil's year follows it in brackets, not a member of staff.
 */
const classify = (text: string, name = 'スクリーンショット 2026-06-10 091522.png') =>
  classifyDocument(getPack('kumamoto'), { name, text, ocr: { pages: 1 } });

describe('a name after the sender’s title', () => {
  it('a Teams chat about a pupil taken in by the police is the 生徒指導 record (Ⅰ)', () => {
    const text = [
      'Microsoft Teams',
      '生徒指導チャネル',
      '担任 : 清水美咲 (3年) 昨夜警察に補導されました',
      '教頭・ 家庭の状況は ?',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('a teacher named with the class they lead (（3年担任）) stays a teacher', () => {
    const r = classify('研修講師：山田太郎（3年担任）　いじめ防止の取組について', 'メモ.txt');
    expect(r.class === 'I' || r.class === 'II').toBe(false);
  });
});
