import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * Carried to a place no word of the lexicon names (医院へお持ちする): a place that is neither a room
 * of the school nor one of its staff is outside it (外部持ち出し, 2-2(8)①).
 */
const pack = getPack('kumamoto');

describe('carried to a place outside the school', () => {
  test('a dental record taken to the school doctor’s clinic: 持ち出し, 許可が必要', () => {
    const d = ask(pack, '歯の検査表を校医の先生の医院へお持ちすることは可能でしょうか。');
    expect(d.action).toBe('take_out');
    expect(d.decision).toBe('permit_required');
  });

  test('to the principal’s place or a room of the school: not taken out', () => {
    expect(ask(pack, '歯の検査表を校長先生のところへお持ちすることは可能でしょうか。').action).not.toBe('take_out');
    expect(ask(pack, '歯の検査表を保健室へお持ちすることは可能でしょうか。').action).not.toBe('take_out');
  });
});
