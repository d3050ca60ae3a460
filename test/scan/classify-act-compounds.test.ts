import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * An act (受診, a サ変 noun the pack lists as a head) ending a compound is still that act, done where
 * the compound's first part says: 「小児科受診すすめる」 beside a pupil's 年-組-番 is about the pupil's
 * health (Ⅰ). A compound that goes on names something else (受診率, a share of all pupils).
 */
const classify = (text: string, name = 'IMG_4368.jpg') => classifyDocument(getPack('kumamoto'), { name, type: 'txt', text });

describe('an act ending a compound', () => {
  it('a pupil by class and number sent to a clinic is about their health (Ⅰ)', () => {
    const r = classify('5-2-14 3校時から登校OK\n5-2-21 小児科受診すすめる\n6-1-3 保健室冷蔵庫');
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a compound that goes on (受診率) tells nobody’s health', () => {
    expect(classify('健診受診率は98%でした。3年2組 山田さんは欠席。', 'memo.txt').class).toBeNull();
  });
});
