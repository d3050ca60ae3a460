import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A note headed by a pupil's name in their own script and their year (PHAM VAN DUC（夜間2年）,
 * 최 수빈（1年）, Tran Thi Lan 4nen): the person the matters are told about.
 */
const classify = (text: string, name = 'メモ_1.txt', more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'txt', text, ...more });

describe('a name in any script heading a note, then the year', () => {
  it.each([
    'PHAM VAN DUC（夜間2年）母語ベトナム語。職場で労災事故、右手に障害。生活保護申請中。',
    '최 수빈（1年）日本語指導 週3。父の在留資格更新が不許可、帰国の可能性。',
    '陈 晓明（3年）父が単身赴任、母は夜勤で帰国も考えている。',
    'Tran Thi Lan 4nen\n母：腹痛で休みます。\n母：医師が先天性心疾患と言った、再受診が必要。',
  ])('is class I: %s', (text) => {
    expect(classify(text).class).toBe('I');
  });

  it('still reads a Latin name before さん', () => {
    expect(classify('Santos Mariaさんは喘息で通院しています。').class).toBe('I');
  });

  it('stays lower for an event headed by its grade', () => {
    expect(classify('体育大会（3年）の練習で熱中症に注意。病院の連絡先を確認する。').class).not.toBe('I');
  });
});
