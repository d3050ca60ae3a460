import { describe, expect, test } from 'vitest';
import { ask, getPack, lexiconFor } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { normalize } from '../../policy/understand/normalize.js';
import { othersAct } from '../../policy/understand/others-act.js';

const pack = getPack('kumamoto');
const lexicon = lexiconFor(pack);

/** Whether the act said by `word` in `text` is read as someone else's. */
function others(text: string, word: string): boolean {
  const t = normalize(text);
  const at = t.indexOf(normalize(word));
  expect(at).toBeGreaterThanOrEqual(0);
  return othersAct(analyze(t), at, at + normalize(word).length, lexicon.people);
}

describe('whose act a sentence says', () => {
  test('a person (〜者, さん, a name, 生徒) then が or は is the doer', () => {
    expect(others('前任者が個人のUSBに入れて持ち歩いていました。', '個人のUSB')).toBe(true);
    expect(others('業者さんは名簿をメールで送りました。', 'メールで')).toBe(true);
    expect(others('生徒が写真をSNSに載せていました。', 'SNSに')).toBe(true);
  });

  test('sent toward the teacher (送ってきた) is another’s act', () => {
    expect(others('写真をメールで送ってきました。', '送って')).toBe(true);
  });

  test('the teacher’s own act, or one on a thing another made, is the teacher’s', () => {
    expect(others('私はUSBに入れて持ち帰りました。', 'USB')).toBe(false);
    expect(others('生徒が撮った写真をSNSに載せてしまいました。', 'SNSに')).toBe(false);
    expect(others('名簿をメールで送ってしまいました。', 'メールで')).toBe(false);
  });
});

describe('another’s past act in a long message is its story, not the teacher’s act done', () => {
  test('sent to the teacher by a guardian, then asked where to keep it', () => {
    const a = ask(
      pack,
      '中学校の担任です。面談のあと、ある保護者がお子さんの通院の様子を細かく書いて送ってきました。これを学年で使っているGoogleスプレッドシートに貼っておいてもいいでしょうか？',
    );
    expect(a.decision).not.toBe('incident');
    expect(a.action).toBe('cloud_store');
  });

  test('the one before kept it on a USB; may I too?', () => {
    const a = ask(
      pack,
      '高校の保健室担当です。健康診断の結果をまとめています。去年までは前の担当者がエクセルに入力して、個人のUSBに入れて持ち歩いていたようです。私も同じようにUSBで管理していいのか、それとも別の方法があるのか教えてください。',
    );
    expect(a.decision).not.toBe('incident');
    expect(a.action).toBe('usb');
  });

  test('the teacher’s own act said done is still done', () => {
    const a = ask(pack, '生徒の成績一覧を、間違えて別の保護者にメールで送ってしまいました。');
    expect(a.decision).toBe('incident');
  });
});
