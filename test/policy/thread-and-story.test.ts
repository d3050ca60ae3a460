import { beforeAll, describe, expect, test } from 'vitest';
import { actsOfUnmet } from '../../policy/act-of-condition.js';
import { ask, getPack, previousOf, warmUp } from '../../policy/index.js';

/**
 * A conversation's later message that only describes a document describes the one asked about
 * before (the stricter of the two stands), and a story's unmet condition brings in the act it is
 * the condition of (act-of-condition.ts).
 */
const pack = getPack('kumamoto');

// The analyzer's dictionary loads once, before the first question (slow on a busy machine).
beforeAll(() => {
  warmUp(pack);
}, 120_000);

describe('a follow-up that describes a document', () => {
  test('keeps the document of before when the description is no stricter', () => {
    const first = ask(pack, 'きずなアンケート、印刷していいですか');
    expect(first).toMatchObject({ class: 'I', asset: { id: 'kizuna_survey' } });
    const next = ask(pack, '子どもが書いたやつです。学年会で使うので4部', { previous: previousOf(first) });
    expect(next).toMatchObject({
      decision: 'permit_required',
      class: 'I',
      action: 'copy',
      carried: { asset: { id: 'kizuna_survey' } },
    });
  });

  test('takes the description when it raises the class', () => {
    const first = ask(pack, '部活の名簿持って帰っていいですか');
    const next = ask(pack, 'あ、あと保護者の携帯番号も書いてありました', { previous: previousOf(first) });
    expect(next).toMatchObject({ decision: 'prohibited', class: 'I', action: 'take_home' });
  });
});

describe('the act an unmet condition belongs to', () => {
  test('consent to publish not had, the photos handed out for a newsletter to every family: publishing', () => {
    const d = ask(
      pack,
      'PTA副会長から頼まれたので、教頭として確認させてください。PTAの広報誌に、学校行事で撮った子どもたちの写真を使いたいとのことです。写真は学校のカメラで撮ったもので、承諾はまだ取っていません。広報誌は全家庭と地域に配布されます。',
    );
    expect(['prohibited', 'consult']).toContain(d.decision);
    expect(d.action).toBe('publish');
  });

  test('only handed outside, by a means of the act, and stricter than every act read', () => {
    expect(actsOfUnmet(pack, ['parental_consent'], ['III'], ['copy', 'provide_external'])).toEqual(['publish']);
    // Shared inside the school, or shown to teachers elsewhere: not published.
    expect(actsOfUnmet(pack, ['parental_consent'], ['III'], ['cloud_store'])).toEqual([]);
    expect(actsOfUnmet(pack, ['parental_consent'], ['III'], ['take_out', 'provide_external'])).toEqual([]);
    // Publishing class Ⅳ is allowed: no stricter than copying it.
    expect(actsOfUnmet(pack, ['parental_consent'], ['IV'], ['copy', 'provide_external'])).toEqual([]);
    // An exception of another act's ruling read by mistake (FAX not designated) adds nothing to storing.
    expect(actsOfUnmet(pack, ['fax_designated'], ['IV'], ['cloud_store'])).toEqual([]);
    // A condition that lifts a prohibition (FAX the recipient designated) names a case of that act.
    expect(actsOfUnmet(pack, ['fax_designated'], ['III'], ['provide_external'])).toEqual([]);
  });

  test('copies handed out (配った) are handed to others too: consent not had makes it publishing', () => {
    expect(actsOfUnmet(pack, ['parental_consent'], ['III'], ['copy'])).toEqual(['publish']);
    const d = ask(pack, '保護者の同意がない子の写った写真を、学級通信に入れて配ってしまいました');
    expect(['incident', 'prohibited']).toContain(d.decision);
  });
});
