import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * 「どこに連絡すればいいですか」「誰に報告したら」: asking whom to tell is a report of what happened,
 * as 「誰に報告」 is, in either city's pack.
 */
describe('asking whom to tell reports what happened', () => {
  test('a virus warning that will not go away, where to call: a report (Kurume)', () => {
    const d = ask(getPack('kurume'), '校務用PCの画面に「ウイルスに感染しています」と出て消えません。どこに連絡すればいいですか');
    expect(d.decision).toBe('incident');
  });

  test('a login notice that looks like unauthorised access: a report (Kumamoto)', () => {
    const d = ask(getPack('kumamoto'), '不正アクセスっぽいログイン通知が届きました。誰に報告したらいい？');
    expect(d.decision).toBe('incident');
  });

  test('a question of leave that names no mishap stays a question', () => {
    const d = ask(getPack('kumamoto'), '通知表を家に持ち帰るときは、どこに連絡すればいいですか');
    expect(d.decision).not.toBe('incident');
  });
});
