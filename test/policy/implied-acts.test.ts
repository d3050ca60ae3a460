import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/** The act implied, not named: reused as scrap paper, passed round, printed again. */
const pack = getPack('kumamoto');

describe('acts implied by what is done with the paper', () => {
  test('reused as scrap paper is disposal without shredding: prohibited', () => {
    const d = ask(pack, '心のアンケート、たまってきたから裏紙に回そうかな');
    expect(d.action).toBe('dispose');
    expect(d.decision).toBe('prohibited');
  });

  test('passed round among the staff (回覧) is copying and handing out', () => {
    const d = ask(pack, 'アレルギーや持病、運動の制限が書いてある医師の書類、担任の先生たちで回覧したい');
    expect(d.action).toBe('copy');
    expect(d.decision).toBe('permit_required');
  });

  test('printed again (刷り増し) is copying', () => {
    const d = ask(pack, '来月の入試で使う、まだ実施していない問題用紙、印刷室で予備を刷り増ししても大丈夫？');
    expect(d.action).toBe('copy');
    expect(d.decision).toBe('permit_required');
  });
});
