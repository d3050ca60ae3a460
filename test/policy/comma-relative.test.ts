import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('a relative clause cut off by a comma describes the document', () => {
  test('「保護者に配る、…用紙、メールで配っていい？」 asks about the e-mail, not a copy', () => {
    const d = ask(pack, '保護者に配る、まだ誰も何も書き込んでいない意見を聞くための用紙、PDFにしてメールで配っていい？');
    expect(d.action).toBe('email_external');
    expect(d.decision).toBe('allowed');
  });

  test('a verb before a comma that asks on (持って帰る、それでいい？) stays the act', () => {
    const d = ask(pack, '通知表を家に持って帰る、それでいい？');
    expect(d.action).toBe('take_home');
    expect(d.decision).toBe('prohibited');
  });
});
