import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { handsOut } from '../../policy/understand/hand-out.js';
import { lexiconFor } from '../../policy/understand/lexicon.js';

const pack = getPack('kumamoto');

describe('copies handed out of an open document and a class Ⅰ・Ⅱ one together (2-2(5)③)', () => {
  test('handing out is read by dictionary form, not when negated', () => {
    const lexicon = lexiconFor(pack);
    expect(handsOut(analyze('学校だよりを来賓に配りたい'), lexicon)).toBe(true);
    expect(handsOut(analyze('資料を配布します'), lexicon)).toBe(true);
    expect(handsOut(analyze('資料は配らないで保管します'), lexicon)).toBe(false);
  });

  test('a school brochure with a class Ⅰ record handed out at an event is not a copy to permit: 禁止', () => {
    const d = ask(pack, '学校要覧と、生徒指導記録簿のコピーを一緒に学校見学会で配りたい');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('provide_external');
  });

  test('the class Ⅰ record alone handed out stays the table’s copy row', () => {
    const d = ask(pack, '生徒指導記録簿をコピーして配りたい');
    expect(d.decision).not.toBe('prohibited');
  });

  test('handed out to the staff who need it (職員間で) is not sent to anyone', () => {
    const d = ask(pack, '学校要覧と生徒指導記録簿を職員間で配布したい');
    expect(d.decision).not.toBe('prohibited');
  });

  test('handed to every member of staff (全職員分) is copied inside the school: the copy row', () => {
    const d = ask(pack, '学校要覧に生徒指導記録簿の抜粋を付けて、全職員分コピーして配りたい');
    expect(d.decision).toBe('permit_required');
  });
});
