import { describe, expect, test } from 'vitest';
import { z } from 'zod/v4';
import { ask, CLASS_IDS, getPack } from '../../policy/index.js';
import { readTable } from '../helpers/read-table.js';

/**
 * 第2表 情報資産の例示, by hand from the seed (seed/kumamoto-catalog.yaml): every example, the
 * class the table gives it, and how a teacher would name it.
 * Each is asked as 「…をクラウドに保存してもいいですか？」: 2-2(7)⑤ prohibits Ⅰ・Ⅱ in the cloud.
 */
const CATALOG = readTable(
  new URL('./seed/kumamoto-catalog.yaml', import.meta.url),
  z.strictObject({ items: z.array(z.strictObject({ id: z.string(), cls: z.enum(CLASS_IDS), phrase: z.string() })) }),
).items.map((item) => [item.id, item.cls, item.phrase] as const);

const pack = getPack('kumamoto');

describe('第2表: every catalog item is recognised with its class', () => {
  test('the table above names every item in the pack', () => {
    expect(CATALOG.map(([id]) => id).sort()).toEqual([...pack.items.keys()].sort());
  });

  test.each(CATALOG)('%s (class %s): 「%s」', (id, cls, phrase) => {
    const answer = ask(pack, `${phrase}をクラウドに保存してもいいですか？`);
    expect(answer.asset?.id).toBe(id);
    expect(answer.class).toBe(cls);
    expect(answer.action).toBe('cloud_store');
    expect(answer.decision).toBe(cls === 'I' || cls === 'II' ? 'prohibited' : 'allowed');
    expect(answer.citations).toEqual(expect.arrayContaining(['第2表', '2-2(7)⑤']));
  });
});
