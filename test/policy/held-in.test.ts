import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A question that names no document but the system whose information the seed defines (学習系
 * クラウド holds 学習系情報, class Ⅲ in 第2表) is about that information (catalog `held_in`).
 */
const pack = getPack('kumamoto');

describe('the system named says what information it holds', () => {
  test('私物のスマホで学習系クラウド: class Ⅲ learning records, 許可が必要 with the declarations', () => {
    const d = ask(pack, '私物のスマホで学習系クラウドに入るのに、申請なんかいらないよね？');
    expect(d.decision).toBe('permit_required');
    expect(d.class).toBe('III');
    expect(d.action).toBe('private_device');
    expect(d.asset?.id).toBe('learning_records');
  });

  test('read in kana too: がくしゅうけい くらうど', () => {
    const d = ask(pack, 'しぶつの すまほで じたくから がくしゅうけい くらうど みたい しんせい いる？');
    expect(d.class).toBe('III');
  });

  test('a document named wins over the system: 成績 in the 学習系クラウド is still 成績', () => {
    const d = ask(pack, '成績一覧を学習系クラウドに置いていい？');
    expect(d.class).not.toBe('III');
    expect(d.decision).toBe('prohibited');
  });

  test('no act, no answer about the information: the system alone is not a document', () => {
    const d = ask(pack, '学習系クラウドって何ですか？');
    expect(d.class).toBeNull();
  });
});
