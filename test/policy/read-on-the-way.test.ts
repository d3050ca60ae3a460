import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * 「帰りの電車で見直す」「カフェで目を通す」: a document read over on the way or in town, with nothing
 * said about how, is paper carried there: 外部持ち出し (第3表), not work on data outside. Work there
 * (カフェで仕上げる) stays 外部での情報処理; work at home stays taking it home.
 */
const pack = getPack('kumamoto');

describe('read over outside the school', () => {
  test('a class Ⅰ record read on the train home (its potential form too): take_out, permit', () => {
    for (const q of [
      '調査書の清書、帰りの電車で見直したいんだよね',
      '進路の調査書、帰りの電車で見直せるようにカバンに入れとこ',
    ]) {
      const d = ask(pack, q);
      expect(d.action, q).toBe('take_out');
      expect(d.decision, q).toBe('permit_required');
    }
  });

  test('class Ⅲ looked through at a café: take_out', () => {
    const d = ask(pack, '職員会議の資料、ちょっと駅前のカフェで目を通してから出勤したい');
    expect(d.action).toBe('take_out');
  });

  test('finished at a café: still work outside, 禁止 for class Ⅱ', () => {
    const d = ask(pack, '成績一覧、カフェで仕上げちゃおっかな');
    expect(d.action).toBe('process_outside');
    expect(d.decision).toBe('prohibited');
  });

  test('written at home: taking it home', () => {
    expect(ask(pack, '通知表を家で書きたい').action).toBe('take_home');
  });
});
