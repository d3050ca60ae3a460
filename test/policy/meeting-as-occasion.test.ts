import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { namesOccasion } from '../../policy/understand/names-time.js';

/**
 * 「先日の職員会議で、体育大会の写真を…載せる話になりました」: the meeting is where it was said, the
 * photos are what the question is about. 「…アップしていいか聞いてきています。どう答えれば」: the leave a
 * colleague asked for is the question, not a way of answering.
 */
const pack = getPack('kumamoto');
const occasion = (q: string, w: string) => {
  const at = q.indexOf(w);
  return namesOccasion(analyze(q), at, at + w.length, sharedLexicon());
};

describe('an event said as where something happened', () => {
  test('a meeting with a locative で is the occasion; its papers described are not', () => {
    expect(occasion('先日の職員会議で、写真を載せる話になりました', '職員会議')).toBe(true);
    expect(occasion('三者面談で、保護者に通知表のコピーを頼まれた', '三者面談')).toBe(true);
    expect(occasion('三者面談で聞いた内容をメモした', '三者面談')).toBe(false);
    expect(occasion('職員会議で配った資料を送っていい？', '職員会議')).toBe(false);
    expect(occasion('通知表で確認した', '通知表')).toBe(false);
    expect(occasion('来週の三者面談に向けて準備している', '三者面談')).toBe(true);
    expect(occasion('三者面談に出る', '三者面談')).toBe(false);
  });

  test('the relayed question about photos with consent is answered, the meeting only its setting', () => {
    const d = ask(
      pack,
      '教頭です。先日の職員会議で、体育大会の写真を学校ホームページに載せる話になりました。保護者全員から掲載の承諾書を提出済みです。ホームページ担当の先生がアップしていいか聞いてきていますが、どう答えればいいでしょうか。',
    );
    expect(d.decision).toBe('allowed');
    expect(d.class).toBe('IV');
    expect(d.action).toBe('publish');
  });

  test('a way of speaking asked alone is still no leave', () => {
    const d = ask(pack, '保健調査票の提出が遅い家庭にどう声をかければいいでしょう');
    expect(d.decision).toBe('unknown');
  });
});
