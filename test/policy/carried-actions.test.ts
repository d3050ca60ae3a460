import { describe, expect, test } from 'vitest';
import { answerFor, ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('an act a situation takes over (a school laptop taken home)', () => {
  test('the situation rules and the act is reported', () => {
    const d = ask(pack, '学校のタブレット、週末だけ家に持って帰ってもいい？');
    expect(d.decision).toBe('permit_required');
    // The device taken home has left the school: reported as taken out (handling.yaml `reports`).
    expect(d.action).toBe('take_out');
    expect(d.situation?.id).toBe('work_device_out');
  });

  test('answered again from what was kept (feedback, a refined card), the same answer', () => {
    const again = answerFor(pack, { actionId: 'take_home', situationId: 'work_device_out', language: 'ja' });
    expect(again.decision).toBe('permit_required');
    expect(again.action).toBe('take_home');
    expect(again.citations).toEqual(expect.arrayContaining(['3-5⑩', '4-1(1)⑤']));
  });
});
