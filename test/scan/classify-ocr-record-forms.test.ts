import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Photos and scans of filled record forms the catalog does not name (医療的ケア実施記録, 現場実習日誌):
 * a title whose head is a record noun and a person written in make the record of that person.
 */
const classify = (text: string, ocr = true) =>
  classifyDocument(getPack('kumamoto'), { name: 'IMG_1235.jpg', text, ...(ocr ? { ocr: { pages: 1 } } : {}) });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('record forms read by OCR', () => {
  it('a care record with a pupil named after 氏名 is at least class Ⅱ', () => {
    const r = classify(['医療的ケア実施記録 (6月)', '氏名中村蓮 小2-2', '6/10 吸引2回', '6/11 注入200ml'].join('\n'));
    expect(high(r.class), r.reasons.join('\n')).toBe(true);
    expect(r.reasons.join('\n')).toContain('医療的ケア実施記録');
  });

  it('a title naming a family matter, filled with an address, is the pupil’s personal information (Ⅰ)', () => {
    const r = classify(
      ['家庭環境調査票', '氏名        本 閉', '住所              熊本市北区萌北台5-28-6', '家族  父 母'].join('\n'),
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a trainee named after a role (実習生橋本陽菜) fills a diary of the placement', () => {
    const r = classify(['現場実習日誌', '実習生橋本陽菜 実習先 スーパーみどり 北店', '作業  品出し・カート回収'].join('\n'));
    expect(high(r.class), r.reasons.join('\n')).toBe(true);
  });

  it('the same form with nobody written in stays below Ⅱ', () => {
    const r = classify(['医療的ケア実施記録 (  月)', '氏名', '日付  時刻  実施内容  実施者'].join('\n'));
    expect(high(r.class), r.reasons.join('\n')).toBe(false);
  });

  it('a notice about the record is no record', () => {
    const r = classify(['医療的ケア実施記録の提出について', '担任 中村蓮', '6月分を月末までに提出してください。'].join('\n'));
    expect(high(r.class), r.reasons.join('\n')).toBe(false);
  });

  it('text read from the file itself is not read this way', () => {
    const r = classify(['医療的ケア実施記録 (6月)', '氏名中村蓮 小2-2'].join('\n'), false);
    expect(r.reasons.join('\n')).not.toContain('画像の文字認識');
  });
});

describe('rosters read by OCR', () => {
  it('a photographed roster or seating chart with names stays what the catalog says (Ⅲ)', () => {
    for (const title of ['図書委員名簿', '職員室座席表']) {
      const r = classify([title, '氏名 山田太郎', '氏名 中村蓮'].join('\n'));
      expect(high(r.class), `${title}: ${r.reasons.join('\n')}`).toBe(false);
    }
  });
});
