import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('a way asked of a verb that is no act on information (どう声をかければいい) is out of scope', () => {
  test.each([
    '保健調査票の提出が遅い家庭にどう声をかければいいでしょう',
    '健康診断票の提出が遅い家庭にどんなふうに声をかけたらいい？',
  ])('%s', (q) => {
    const d = ask(pack, q);
    expect(d.decision).toBe('unknown');
    expect(d.class).toBeNull();
    expect(d.citations).toContain('1-2');
  });

  test.each([
    ['通知表はどうしたらいい？', 'II'],
    ['健康診断票を外部にどう送ればいいですか', 'I'],
    ['保存期間を過ぎた転入学受付簿を処分いたしたく存じます。どのような手続きを踏めばよろしいでしょうか。', 'II'],
  ])('a light verb, an act or handling keeps the document: %s', (q, cls) => {
    const d = ask(pack, q);
    expect(d.class).toBe(cls);
  });
});
