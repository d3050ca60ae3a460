import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A note that points at a pupil by class and surname, as staff write in a chat or a memo
 * (「2-3の本田、今日も来てないです」): the name after the class is the pupil told about.
 */
const classify = (text: string, name = 'IMG_3402.png') =>
  classifyDocument(getPack('kumamoto'), { name, text, ocr: { pages: 1 } });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('a pupil by class, then a name', () => {
  it('a chat about 「2-3の本田」 and the child guidance centre is a record about the pupil', () => {
    const r = classify(['2-3の本田、今日も来てないです。', '母と連絡つかず', '教頭先生と児相に相談します'].join('\n'));
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a class and a word that is no name (2-3の授業) points at no one', () => {
    const r = classify(['2-3の授業、今日は自習です。', '教頭先生と児相の研修に行きます'].join('\n'));
    expect(high(r.class), r.reasons.join('\n')).toBe(false);
  });

  it('a date or a section (2-2(7)) before a word is no class', () => {
    const r = classify(['規程2-2の本文、児童相談所への通告について定める。'].join('\n'), 'memo.txt');
    expect(high(r.class), r.reasons.join('\n')).toBe(false);
  });
});

describe('a class, then a place', () => {
  it('「3-2の熊本」 is where the class goes, no pupil', () => {
    const r = classify(['3-2の熊本、見学の日程。', '児相の見学は中止します'].join('\n'));
    expect(high(r.class), r.reasons.join('\n')).toBe(false);
  });
});
