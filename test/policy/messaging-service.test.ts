import { expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

test('a school-to-home messaging service keeps what is sent on it: a cloud service (2-2(7)⑤)', () => {
  const letter = ask(pack, '学級だよりを保護者連絡アプリで配信していいですか');
  expect(letter.action).toBe('cloud_store');
  expect(letter.decision).toBe('allowed');
  const allergies = ask(pack, '食物アレルギーの子の一覧を保護者連絡アプリで流す');
  expect(allergies.action).toBe('cloud_store');
  expect(allergies.decision).toBe('prohibited');
});
