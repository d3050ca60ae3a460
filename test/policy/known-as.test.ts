import { describe, expect, test } from 'vitest';
import { ask, classifyDocument, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

/** Names schools use for a catalog item (catalog.yaml `known_as`): found as written or in kana only. */
describe('a document named in the school’s own words', () => {
  test('a dormitory’s overnight leave form holds a family’s whereabouts: class Ⅰ, not in the cloud', () => {
    const d = ask(pack, '寮の外泊届を保護者の方から受け取りましたが、クラウドで保管して差し支えないでしょうか。');
    expect([d.decision, d.class]).toEqual(['prohibited', 'I']);
  });

  test('a menu sent to every family is a newsletter: class Ⅳ, mailed freely', () => {
    const d = ask(pack, '給食の献立表、保護者にメールで一斉送信していい？');
    expect([d.decision, d.class]).toEqual(['allowed', 'IV']);
    expect(ask(pack, 'こんだてひょう こぴーして くばってもいい').class).toBe('IV');
  });

  test('a name is not said another way: 家庭訪問カード gives 家庭訪問 no class Ⅰ', () => {
    expect(pack.items.get('student_personal_info')?.known_as?.ja).toContain('家庭訪問カード');
    expect(ask(pack, '家庭訪問のメモ、自分のLINEのKeepに残しとくのはまずい？').class).toBe('II');
  });

  test('a file titled by such a name is that item; the same lines untitled are not', () => {
    const rows = ['氏名　山田 太郎', '8/10 年休 1日', '8/12 年休 半日'];
    const classify = (title: string) =>
      classifyDocument(pack, { name: 'scan.txt', type: 'txt', text: [title, ...rows].join('\n') }).class;
    expect(classify('年休簿')).toBe('II');
    expect(classify('休みの記録')).not.toBe('II');
  });
});
