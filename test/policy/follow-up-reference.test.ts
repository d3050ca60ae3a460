import { beforeAll, describe, expect, test } from 'vitest';
import { ask, getPack, warmUp } from '../../policy/index.js';
import { conversation as converse } from '../helpers/conversation.js';

/**
 * A later message of a conversation that points back at the document of before (同じ写真) means it
 * as the conversation told it (same-as-before.ts), and one that only supposes a condition
 * (「全員から承諾をもらえたら？」) asks the answer of before with the condition holding.
 */
const pack = getPack('kumamoto');

beforeAll(() => {
  warmUp(pack);
}, 120_000);

const conversation = (...messages: string[]) => converse(pack, ...messages);

describe('a document pointed back at (同じ, その)', () => {
  test('the photos said before to have consent stay the consented ones', () => {
    const [, consented, same] = conversation(
      '写真をホームページに載せたいです',
      '体育大会の写真で、保護者の同意書は全員分とってます',
      '同じ写真を学校のInstagramにも載せていい？',
    );
    expect(consented).toMatchObject({ class: 'IV', asset: { id: 'activity_records_public' } });
    expect(same).toMatchObject({
      decision: 'allowed',
      class: 'IV',
      action: 'sns_post',
      carried: { asset: { id: 'activity_records_public' } },
    });
  });

  test('speaking of the consent again reads it as said, not as before', () => {
    const [, , same] = conversation(
      '写真をホームページに載せたいです',
      '体育大会の写真で、保護者の同意書は全員分とってます',
      '同じ写真、承諾のない子も写ってたらInstagramに載せていい？',
    );
    expect(same.class).toBe('III');
    expect(['allowed', 'conditional']).not.toContain(same.decision);
  });

  test('without a demonstrative the photos are read as named', () => {
    const [, , other] = conversation(
      '写真をホームページに載せたいです',
      '体育大会の写真で、保護者の同意書は全員分とってます',
      '遠足の写真を学校のInstagramに載せていい？',
    );
    expect(other.class).toBe('III');
  });
});

describe('a follow-up that only supposes a condition', () => {
  test('consent supposed: the photos of before as consented ones', () => {
    const [, , supposed] = conversation(
      '学級だよりを学校のホームページに載せたいです。',
      '子どもの写真も入れたいんですが、保護者の承諾はまだ取っていません。',
      '全員から承諾をもらえたら？',
    );
    expect(supposed).toMatchObject({ decision: 'allowed', class: 'IV', action: 'publish' });
  });

  test('consent supposed absent stays class Ⅲ', () => {
    const [, absent] = conversation('運動会の写真をホームページに載せたい', '承諾がなかったら？');
    expect(absent.class).toBe('III');
    expect(['allowed', 'conditional']).not.toContain(absent.decision);
  });

  test('a question of its own keeps a supposition supposed', () => {
    const d = ask(pack, '運動会の写真、承諾があればホームページに載せていい？');
    expect(d.class).toBe('III');
  });
});

describe('an act done before the one asked (…した後の)', () => {
  test('the way to dispose of what was handed out: disposing is asked', () => {
    const [, after] = conversation('評定一覧表を印刷して学年の先生に配りたいです', '配り終わった後の捨て方は？');
    expect(after).toMatchObject({ decision: 'permit_required', class: 'I', action: 'dispose' });
  });

  test('the act before still rules when it is the stricter', () => {
    // Taken home already (class Ⅱ: prohibited), so never allowed however the disposal is done.
    const d = ask(pack, '通知表を家に持ち帰った後、シュレッダーで捨てていい？');
    expect(['prohibited', 'incident']).toContain(d.decision);
  });
});

describe('the device of before, told how it is used', () => {
  test('the school cloud used on the home PC of before stays the private device', () => {
    const [, only] = conversation('家のパソコン使ってもいいですか', 'Teamsで学年だよりを作るだけです、ダウンロードはしません');
    expect(only).toMatchObject({ decision: 'permit_required', class: 'IV', action: 'private_device' });
  });

  test('a question of its own about the cloud from home is read as it stands', () => {
    const d = ask(pack, 'Teamsで学年だよりを作るだけです、ダウンロードはしません');
    expect(d.action).not.toBe('private_device');
  });

  test('a new document with its own act after one about another document keeps nothing of before', () => {
    const [, own] = conversation('授業用教材をUSBに入れて持ち帰りたい', '健康診断票をGoogleドライブに保存してもいい？');
    expect(own).toMatchObject({ decision: 'prohibited', class: 'I', action: 'cloud_store' });
  });
});

describe('a medium named alone (USBならどう？)', () => {
  test('keeps the act of before that the medium carries', () => {
    const [, usb] = conversation('通知表の所見、家で書きたいんだけど持ち帰ってもいい？', 'USBならどう？');
    expect(usb).toMatchObject({ class: 'II', action: 'take_home', decision: 'prohibited' });
  });

  test('with a verb of its own, is the act asked', () => {
    const [, usb] = conversation('家庭訪問記録、家に持って帰って清書したいんだけど', 'じゃあUSBに入れて学校の中だけで使うのは？');
    expect(usb).toMatchObject({ action: 'usb' });
  });
});
