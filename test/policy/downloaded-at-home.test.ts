import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A device of the teacher's home is also where the work is done (decide.ts atHome): class Ⅲ
 * downloaded onto it (家のPCにダウンロードして編集) breaks work outside's own condition (4-1(1)③エ),
 * so the answer is 外部での情報処理; opened from the cloud without downloading, the device rules.
 */
const pack = getPack('kumamoto');

describe('class Ⅲ on a home PC', () => {
  test('downloaded onto it: 禁止 as work outside', () => {
    const d = ask(pack, '教材研究資料、家のパソコンにダウンロードして編集していい？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('process_outside');
  });

  test('opened from the cloud, no download said: the private device rules', () => {
    const d = ask(pack, '授業用教材を、学校のクラウドに保存したファイルを自宅の私物パソコンで開いてもいいですか');
    expect(d.action).toBe('private_device');
    expect(d.decision).toBe('permit_required');
  });
});
