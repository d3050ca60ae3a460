import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { stem } from '../../policy/understand/english.js';

const pack = getPack('kumamoto');

describe('English morphology: every form of a word is one word', () => {
  test("a plural possessive is the plural (students' → student, kids' → kid)", () => {
    expect(stem("students'")).toBe(stem('students'));
    expect(stem("kids'")).toBe(stem('kid'));
    expect(stem("teacher's")).toBe(stem('teacher'));
  });
});

describe('English: put in a bin or a recycling box is disposal', () => {
  test('old answer sheets put in the recycling box', () => {
    const d = ask(pack, "Can I put last term's answer sheets in the paper recycling box?");
    expect(d.action).toBe('dispose');
  });

  test('dropped into the garbage after grading', () => {
    const d = ask(pack, 'After grading, can I drop the quiz answer sheets into the garbage?');
    expect(d.action).toBe('dispose');
  });
});

describe('English: recordings of students are records of activities (class Ⅲ)', () => {
  test('audio recordings of speeches saved to the cloud', () => {
    const d = ask(pack, "May I upload the students' audio recordings of their presentations to OneDrive?");
    expect(d.class).toBe('III');
    expect(d.action).toBe('cloud_store');
  });
});
