import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';

/**
 * What a tool does decides the action (a posting service seen only through its link is a store
 * handed round, 5-1(14)⑤), and a rule without a document is found in a dialect's verb forms
 * (Kyushu's しとる for している) as in the standard ones.
 */
const pack = getPack('kumamoto');

describe("Kyushu's しとる read as する and the helping verb とる", () => {
  test('同じにしとる is する then とる, as コピーしとった is read', () => {
    const parts = analyze('同じにしとる').map((m) => `${m.surface}/${m.base}`);
    expect(parts).toEqual(['同じ/同じ', 'に/に', 'し/する', 'とる/とる']);
  });

  test('passwords made the same in dialect: password reuse, prohibited, no class', () => {
    const d = ask(pack, '面倒やけん、メールと校務支援のパスワードば全部同じにしとってもよかと？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBeNull();
    expect(d.situation?.id).toBe('password_reuse');
  });
});

describe('a posting service seen only by those given its link', () => {
  test('an unlisted video handed round by its URL is a personal service, prohibited', () => {
    const d = ask(pack, '遠足の動画、YouTubeで限定公開にして保護者にURLを送ろうかな');
    expect(d.action).toBe('personal_cloud');
    expect(d.decision).toBe('prohibited');
  });

  test("the school's own channel set to unlisted stays the school's posting", () => {
    const d = ask(pack, '学校のYouTubeチャンネルに、合唱の動画を限定公開で上げたい。同意はまだです');
    expect(d.action).not.toBe('personal_cloud');
    expect(d.decision).toBe('prohibited');
  });

  test('a public video on YouTube stays social media', () => {
    const d = ask(pack, '合唱コンクールの動画、YouTubeにあげてもいい？同意はまだです');
    expect(d.action).toBe('sns_post');
  });
});

describe("a service's free version or account is contracted by the teacher", () => {
  test('a free version of a chat service used to pass papers round: a personal service', () => {
    const d = ask(pack, '職員会議の資料、無料版のチャットツールで先生たちに回していい？');
    expect(d.action).toBe('personal_cloud');
    expect(d.decision).toBe('prohibited');
  });

  test("the teacher's own free account of a design service: a personal service", () => {
    const d = ask(pack, '運動会の写真を、自分の無料アカウントのデザインサービスに入れて学年だよりを作りたい');
    expect(d.action).toBe('personal_cloud');
  });

  test('free software installed stays software to install, not a service', () => {
    const d = ask(pack, '無料の画像編集ソフトを校務用パソコンに入れてもいい？');
    expect(d.situation?.id).toBe('install_software');
    expect(d.action).toBeNull();
  });
});

describe('limited to those given the link, with no posting service named', () => {
  test('put on the web as unlisted stays publishing', () => {
    const d = ask(pack, '学芸会の動画を、保護者だけが見られる限定公開でネットに載せたい');
    expect(d.action).toBe('publish');
  });
});
