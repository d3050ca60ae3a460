import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { peopleSaid } from '../../policy/understand/people-said.js';

/**
 * A described record of the staff is not the pupils' (先生たちの出勤の記録 is the 出勤簿, not the
 * 出席簿): the describer weighs down items whose names and description say the other people.
 */
describe('whose a described record is', () => {
  test('peopleSaid: staff, pupils, both, and persons who are not whose', () => {
    expect(peopleSaid(analyze('先生たちが毎日出勤したかどうかの記録'))).toBe('staff');
    expect(peopleSaid(analyze('子どもの家の住所の一覧'))).toBe('pupils');
    expect(peopleSaid(analyze('先生が書いた子どもの記録'))).toBe('pupils');
    expect(peopleSaid(analyze('子どもの作品に先生がつけた評価点'))).toBe('pupils');
    expect(peopleSaid(analyze('先生の出勤簿や子どもの出席簿'))).toBeNull();
    expect(peopleSaid(analyze('子どもの名簿を担任の先生に渡す'))).toBe('pupils');
    expect(peopleSaid(analyze('事務職員でございます。授業料の納付状況一覧'))).toBeNull();
  });

  test('marks a teacher gave a pupil’s work are still the pupils’ grades', () => {
    const d = ask(getPack('kumamoto'), '図工の作品と、その作品に先生がつけた評価点をいっしょに学校のホームページで紹介したい');
    expect(d.class).toBe('II');
    expect(d.decision).toBe('prohibited');
  });

  test('the staff’s attendance record is the 出勤簿 (Ⅱ), not the pupils’ 出席簿 (Ⅰ)', () => {
    const d = ask(getPack('kumamoto'), '先生たちの毎日の出勤と休暇を記録した帳簿、クラウドにバックアップしたい');
    expect(d.asset?.id).toBe('staff_attendance');
    expect(d.class).toBe('II');
    expect(d.decision).toBe('prohibited');
  });
});
