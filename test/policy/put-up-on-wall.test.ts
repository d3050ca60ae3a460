import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * Stuck up on a wall or a board inside the school (黒板に貼る, 廊下に張り出す): it lies open to whoever
 * passes, as on a desk (第3表 机上への置き去り): the place, its particle and the verb's dictionary form.
 */
const pack = getPack('kumamoto');

describe('put up on a wall', () => {
  test('class I list put up in a corridor: prohibited', () => {
    const d = ask(pack, '健康診断票の一覧を職員室の壁に貼り出してもいいですか');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });

  test('class II sheet stuck on the staff-room door: prohibited', () => {
    const d = ask(pack, '通知表の下書きを職員室のドアに貼っといていい？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });

  test('class III seating chart stuck on the classroom board: conditional', () => {
    const d = ask(pack, '座席表を教室のホワイトボードに張っておいてもいいですか');
    expect(d.decision).toBe('conditional');
    expect(d.action).toBe('leave_on_desk');
  });

  test('stuck into an AI is no wall', () => {
    const d = ask(pack, '学級だよりの下書きをAIに貼り付けて直してもらってもいい？');
    expect(d.action).not.toBe('leave_on_desk');
  });

  test('put on the school website is still publishing, not a wall', () => {
    const d = ask(pack, '運動会の写真を学校のホームページに貼ってもいいですか');
    expect(d.action).toBe('publish');
  });
});
