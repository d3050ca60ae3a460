import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A record named with its schedule (三者面談日程, 個人面談予定表) is a timetable of who comes when: names
 * and times are a 名列表 at most, not the 面談's record. What the schedule says of a pupil still counts.
 */
const classify = (text: string, name: string) => classifyDocument(getPack('kumamoto'), { name, type: 'docx', text });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('a record’s schedule', () => {
  it('names and times under 三者面談日程 are no record of the 面談', () => {
    const text = ['三者面談日程', '7月22日（火）', '14:00 藤田 蒼', '14:20 池田 美月', '14:40 原田 結翔'].join('\n');
    expect(high(classify(text, '三者面談日程.docx').class)).toBe(false);
  });

  it('a note in the schedule about a pupil’s family still is their record', () => {
    const text = ['三者面談日程', '14:00 藤田 蒼さん（母は入院中のため祖母が来校。両親は離婚協議中）', '14:20 池田 美月'].join(
      '\n',
    );
    expect(classify(text, '三者面談日程_メモ入り.docx').class).toBe('I');
  });
});
