import { describe, expect, it } from 'vitest';
import { compileMisreads, repairMisread, repairMisreads } from '../../policy/classify/read-misread-titles.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * OCR reads a kanji of a title or a matter word as one that looks like it (事故報告 → 事故報吾,
 * 病気休暇 → 病気休策): in a photo or a scan the word is read as it was; text read from the file is not.
 */
const classify = (text: string, ocr = true) =>
  classifyDocument(getPack('kumamoto'), { name: 'IMG_2547.jpg', text, ...(ocr ? { ocr: { pages: 1 } } : {}) });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('terms misread by one kanji', () => {
  const index = compileMisreads(['事故報告', '病気休暇', '出席簿', 'ケース会議']);

  it('puts right a kanji read as another in a term of four letters or more', () => {
    expect(repairMisread(index, '事故報吾めも')).toBe('事故報告めも');
    expect(repairMisreads(index, '氏名 緒方\n病気休策 R7.4.10')).toBe('氏名 緒方\n病気休暇 R7.4.10');
  });

  it('leaves shorter terms, the first letter, kana and the words themselves alone', () => {
    expect(repairMisread(index, '出席者')).toBeNull();
    expect(repairMisread(index, '気故報告')).toBeNull();
    expect(repairMisread(index, 'ケース会義')).toBe('ケース会議');
    expect(repairMisread(index, 'ケーヌ会議')).toBeNull();
    expect(repairMisread(index, '事故報告')).toBeNull();
  });

  it('drops a key two terms share: no telling which was meant', () => {
    const shared = compileMisreads(['人事評価', '人事評定']);
    expect(repairMisread(shared, '人事評x')).toBeNull();
    expect(repairMisread(shared, '人事評価')).toBeNull();
  });
});

describe('photos whose title or matter OCR misread', () => {
  const accident = ['事故報吾 メモ', '6/14 10:20 運動場 サッカー部', '2-4 村上美咲 左手首', '母に連絡済 11:05'].join('\n');

  it('a title misread by a kanji names the record, and the reason says it was put right', () => {
    const r = classify(accident);
    expect(high(r.class), r.reasons.join('\n')).toBe(true);
    expect(r.reasons.join('\n')).toContain('読み違い');
  });

  it('the same letters in a file’s own text are what they say', () => {
    expect(high(classify(accident, false).class)).toBe(false);
  });

  it('a matter word misread by a kanji is told about the person named', () => {
    const r = classify(['教職員 人事資料', '氏名 緒方 机 数学', '病気休策 R7.4.10~R7.5.31'].join('\n'));
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a meeting’s attendance (出席者) is no attendance book', () => {
    expect(high(classify(['出席者 校長 教頭', '議題 運動会について'].join('\n')).class)).toBe(false);
  });
});
