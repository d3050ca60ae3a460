import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * Asked whether there is an exception to the rules (例外ってないの？): 6-3, a way other than the
 * rules' taken for a reasonable cause with the 教育CISO's permission (許可が必要).
 */
const pack = getPack('kumamoto');

describe('an exception asked about', () => {
  test('例外ってないんですか？: 許可が必要, 6-3, the CISO named in the condition', () => {
    const d = ask(pack, '規則どおりにすると授業が回らない場合、例外ってないんですか？');
    expect(d.decision).toBe('permit_required');
    expect(d.citations).toContain('6-3');
    expect(d.conditions.join('')).toContain('教育CISO');
  });

  test('in English', () => {
    expect(ask(pack, 'Are there any exceptions to the rules if following them stops my lessons?').decision).toBe(
      'permit_required',
    );
  });

  test('a document named keeps its own rule', () => {
    const d = ask(pack, '通知表を例外的に家に持ち帰ってもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('take_home');
  });
});
