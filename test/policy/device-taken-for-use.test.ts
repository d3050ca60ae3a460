import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('a school device taken out to be used there is taking the device out (3-5⑩)', () => {
  test('「出張先で使いたいので、校務用ノートPCを持って行って」: permit_required, take_out', () => {
    const d = ask(pack, '出張先で使いたいので、校務用ノートPCを持って行ってもいいですか');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('take_out');
    expect(d.citations).toContain('3-5⑩');
  });

  test('the device taken home alone still is', () => {
    const d = ask(pack, '校務用ノートPCを持って帰ってもいいですか');
    expect(d.decision).toBe('permit_required');
    expect(d.citations).toContain('3-5⑩');
  });

  test('with the grades on it, the grades still rule (class Ⅱ home is prohibited)', () => {
    const d = ask(pack, '成績一覧の入った校務用ノートPCを家に持って帰って作業してもいい？');
    expect(d.decision).toBe('prohibited');
  });
});
