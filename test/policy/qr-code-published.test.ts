import { expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

test('a QR code printed or posted publishes the document it opens', () => {
  expect(ask(pack, '学校要覧のページのQRコードを名刺に刷っていいですか').action).toBe('publish');
  expect(ask(pack, '学校説明会のパンフをQRコードで地域の掲示板に貼っていいですか。').action).toBe('publish');
  // Published, a class Ⅱ record is not allowed.
  expect(ask(pack, '成績一覧のQRコードを掲示板に貼っていい？').decision).toBe('prohibited');
});
