import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A message that tells what happened and asks no leave is no permission question: it is never
 * answered 可 or 条件付きで可 (told-not-asked.ts), but taken as a report (4-4).
 */
const pack = getPack('kumamoto');

describe('a story told, not a permission asked', () => {
  test('a posted record said not to have arrived is a report', () => {
    const d = ask(pack, '今月はじめに郵送した調査書が、まだ相手の高校に着いていないみたいです');
    expect(['allowed', 'conditional']).not.toContain(d.decision);
    expect(d.decision).toBe('incident');
  });

  test('work on the cloud said to have been seen by others is a report', () => {
    const d = ask(
      pack,
      '学級のワークシートを学習用クラウドに置いていたら、共有の設定が全体になっていて他のクラスの子にも見えていたみたいです',
    );
    expect(d.decision).toBe('incident');
  });

  test('the act itself told done is judged as it was done', () => {
    const d = ask(pack, '学校要覧を地域の方にメールで送っておきました');
    expect(d.decision).toBe('allowed');
  });

  test('the same act asked is still answered', () => {
    const d = ask(pack, '通知表をメールで保護者に送ってもいいですか？');
    expect(d.decision).toBe('conditional');
  });

  test('a plan told is still answered', () => {
    const d = ask(pack, '学年だよりを保護者にメールで送りたいです');
    expect(['allowed', 'conditional']).toContain(d.decision);
  });
});
