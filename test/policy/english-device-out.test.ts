import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('English: the school device taken home is the device taken out (4-1(1)③ア, 3-5⑩)', () => {
  test('the verb and its particle around the device (take my school-issued tablet home)', () => {
    const d = ask(pack, 'Can I take my school-issued teacher tablet home over the weekend?');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('take_out');
  });

  test('a work laptop brought home', () => {
    const d = ask(pack, 'Is it okay to bring my work laptop back home tonight?');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('take_out');
  });

  test('the Japanese device taken home is reported as taken out too', () => {
    const d = ask(pack, '校務用のノートPCを家に持って帰って作業してもいい？');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('take_out');
  });

  test('information taken home stays taken home (not the device)', () => {
    const d = ask(pack, 'Can I take the class newsletter home to finish it?');
    expect(d.action).toBe('take_home');
  });
});
