import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A notice's schedule of examinations written in a sentence (「内科検診 5月12日、歯科検診 5月19日、
 * 視力・聴力 5月8日。」) gives each examination its day, not its result: no 健康診断票. The same
 * labels with results written in are still the record.
 */
const NOTICE = [
  '定期健康診断の日程について',
  '保護者様',
  '内科検診 5月12日、歯科検診 5月19日、視力・聴力 5月8日。結果は「健康の記録」でお知らせします。',
  '当日は体操服で登校させてください。',
].join('\n');

describe('a schedule in a sentence', () => {
  it('days after the examinations, parted by 、 and 。, are a notice (not Ⅰ)', () => {
    const r = classifyDocument(getPack('kumamoto'), { name: '保健だより.txt', type: 'txt', text: NOTICE });
    expect(r.class, r.reasons.join('\n')).not.toBe('I');
  });

  it('the results written after the same labels are the record (Ⅰ)', () => {
    const text = [
      '健康診断票',
      '氏名：岩下 陽太',
      '聴力：右 異常なし、左 要再検',
      '内科検診：心雑音あり',
      '身長：142.3',
      '体重：35.1',
    ].join('\n');
    const r = classifyDocument(getPack('kumamoto'), { name: 'kenshin.txt', type: 'txt', text });
    expect(r.class).toBe('I');
  });
});
