import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { endAspect } from '../../policy/understand/end-aspect.js';

const pack = getPack('kumamoto');

/** The aspect of the last predicate, from the analyzer's auxiliaries (end-aspect.ts). */
describe('the last predicate in time', () => {
  test.each([
    ['見たことのないウィンドウが次々出てくる', 'ongoing'],
    ['データが消えてる', 'ongoing'],
    // Kyushu's ている straight after the stem, and a hedge after the predicate.
    ['ホームページが書き換えられとる', 'ongoing'],
    ['誰かに書き換えられてる気がする', 'ongoing'],
    ['私が書き換えとく', 'plain'],
    ['送っちゃった', 'perfect'],
    ['持って帰っちゃいました', 'perfect'],
    ['入れてしまったかもしれません', 'perfect'],
    ['届いたっぽいです', 'past'],
    ['消えてるんですが、誰か触った？', 'past'],
    ['送りたい', 'plain'],
    ['FAXしました。よかったですよね', 'plain'],
    ['送ります', 'plain'],
    ['開いたら', 'plain'],
    ['送ってもいいですか？', 'plain'],
  ])('%s → %s', (q, aspect) => {
    expect(endAspect(analyze(q))).toBe(aspect);
  });
});

describe('a question whose last predicate is past asks what happened', () => {
  test('「消えてるんですが、誰か触った？」 reports data gone, no permission', () => {
    expect(ask(pack, '昨日入力したはずの校務支援システムの出欠データがごっそり消えてるんですが、誰か触った？').decision).toBe(
      'incident',
    );
  });
  test('a change found, told in dialect or as a hunch, is reported', () => {
    expect(ask(pack, '学校ホームページが書き換えられとる').decision).toBe('incident');
    expect(ask(pack, '共有フォルダの成績ファイルが誰かに書き換えられてる気がする').decision).toBe('incident');
  });
  test('a past question that asks leave is still a question', () => {
    expect(ask(pack, '学級だよりをパスワードなしで保護者に送っちゃったけど大丈夫？').decision).not.toBe('incident');
  });
});

describe("a report's act is the one told last up to the event", () => {
  test('left on the copier, then another used it: left, not copied', () => {
    const d = ask(
      pack,
      '特別支援の子の個別指導計画、印刷したのをコピー機に置きっぱなしにしてて、PTAの人がそのあとコピー機使ってた',
    );
    expect(d.decision).toBe('incident');
    expect(d.action).toBe('leave_on_desk');
  });
});
