import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * 「まだ許可もらってないけど持ち出していい？」: asked before the act, the permission not yet had is
 * what the answer asks for (許可が必要). Said done without it (「運んだけど、許可とってなかった」), the
 * measure was broken: 禁止 as described.
 */
const pack = getPack('kumamoto');

describe('permission not yet had', () => {
  test('asked before the act: 許可が必要', () => {
    for (const q of [
      'まだ許可もらってないけど通知表を校外に持ち出していい？',
      '申請してない私物PCで家から学習系のTeamsを使っていい？',
    ]) {
      expect(ask(pack, q).decision, q).toBe('permit_required');
    }
  });

  test('said done without it: 禁止 as described', () => {
    const d = ask(pack, '出勤簿を車で本校に運んだけど、許可とってなかった');
    expect(d.decision).toBe('prohibited');
  });
});
