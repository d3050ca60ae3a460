import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { verbForms } from '../../policy/understand/refine-actions.js';

const pack = getPack('kumamoto');

describe('an English phrasal verb split by its object', () => {
  test('a verb in its forms', () => {
    expect(verbForms('take')).toEqual(expect.arrayContaining(['takes', 'taking', 'took', 'taken']));
    expect(verbForms('carry')).toEqual(expect.arrayContaining(['carries', 'carried', 'carrying']));
  });

  test('"take the attendance register outside" takes it out (Ⅰ: permission)', () => {
    const a = ask(pack, 'Can I take the attendance register outside for the field trip?');
    expect(a.action).toBe('take_out');
    expect(a.decision).toBe('permit_required');
  });

  test('"took the report cards home" and "throw the old health forms away"', () => {
    expect(ask(pack, 'I took the report cards home last night.').action).toBe('take_home');
    expect(ask(pack, 'Can I throw the old health forms away?').action).toBe('dispose');
  });

  test("a particle in another sentence is not the verb's", () => {
    expect(ask(pack, 'I will take the class list. Then I go out.').action).not.toBe('take_out');
  });
});

test('a particle that begins a noun ("to home visits") is not the verb\'s', () => {
  expect(ask(pack, 'Can I carry the student address book to home visits?').action).toBe('take_out');
});
