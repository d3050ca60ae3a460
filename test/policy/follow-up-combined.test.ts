import { beforeAll, describe, expect, test } from 'vitest';
import { ask, getPack, warmUp } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { conversation as converse } from '../helpers/conversation.js';

/**
 * A later message of a conversation read together with the answer before it (carry-previous.ts):
 * a medium that makes a more specific act with the act of before, a recipient told after the
 * channel, a new fact told in the 〜んでした of an explanation, not a negation.
 */
const pack = getPack('kumamoto');

beforeAll(() => {
  warmUp(pack);
}, 120_000);

const conversation = (...messages: string[]) => converse(pack, ...messages);

describe('ん read by the form before it', () => {
  test('after a plain form it is the の of an explanation (ある|ん|でし|た), not a negation', () => {
    const n = analyze('欄にあるんでした').find((m) => m.surface === 'ん');
    expect(n).toMatchObject({ pos: '名詞', pos1: '非自立' });
  });

  test('after a 未然形 it negates (書いとら|ん|です)', () => {
    const n = analyze('住所は書いとらんです').find((m) => m.surface === 'ん');
    expect(n).toMatchObject({ pos: '助動詞', base: 'ん' });
  });

  test('a document said to be there with 〜んでした is there', () => {
    const d = ask(pack, '部活の名簿をメールで送りたい。保護者の緊急連絡先も欄にあるんでした');
    expect(d.class).toBe('I');
  });
});

describe('a follow-up combined with the act of before', () => {
  test('a medium sent after posting papers: the medium is posted (merges)', () => {
    const [, media] = conversation('調査書を高校に郵送したいんですが', 'CD-Rに入れて送る場合は？');
    expect(media).toMatchObject({ decision: 'conditional', class: 'I', action: 'post_media' });
  });

  test('the recipient told after the channel: still sent by that channel', () => {
    const [, to] = conversation(
      '生徒の名簿をメールで送りたいんですが',
      '部活の大会の申込で、名前と学年だけです。送り先は高体連です',
    );
    expect(to).toMatchObject({ decision: 'conditional', class: 'III', action: 'email_external' });
  });

  test('a new fact that raises the class, told as an explanation, raises it', () => {
    const [, , raised] = conversation(
      '生徒の名簿をメールで送りたいんですが',
      '部活の大会の申込で、名前と学年だけです。送り先は高体連です',
      'あ、でも保護者の緊急連絡先も欄にあるんでした',
    );
    expect(raised).toMatchObject({ class: 'I', action: 'email_external' });
    expect(['conditional', 'permit_required']).toContain(raised.decision);
  });

  test('a channel told after another channel replaces it (FAXなら？ after e-mail)', () => {
    const [, fax] = conversation('健康診断票を学校医にメールで送りたいです', 'FAXなら？');
    expect(fax.action).toBe('fax');
  });
});

describe('the quoting と read after a comma', () => {
  test('「FAXで、と」: the と is the particle that quotes, not a filler', () => {
    const to = analyze('FAXで、と先方が').find((m) => m.surface === 'と');
    expect(to).toMatchObject({ pos: '助詞', pos2: '引用' });
  });
});

describe('a measure said of what the document holds, in a follow-up', () => {
  test('consent not had for children in the photos of a newsletter e-mailed: still e-mailed, not published', () => {
    const [, photos] = conversation(
      '学級だよりを保護者にメールで送ってもいいですか？',
      '写真が入ってて、公開の同意をもらってない子も写ってる場合は？',
    );
    expect(photos).toMatchObject({ decision: 'conditional', class: 'III', action: 'email_external' });
  });

  test('asked alone, the measure still names the act it is taken for', () => {
    const d = ask(pack, '掲載の同意書をもらっていない子の写真は、HPに載せないほうがいいんでしょうか？');
    expect(d).toMatchObject({ decision: 'prohibited', class: 'III', action: 'publish' });
  });
});
