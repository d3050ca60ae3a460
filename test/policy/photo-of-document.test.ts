import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';

const pack = getPack('kumamoto');
const ids = (q: string) => parseQuestion(pack, q).items.map((i) => i.id);

describe('a picture taken of a document is that document, not a photo of lessons or events', () => {
  test('「帳簿、写真に撮って」 photographs the attendance book (Ⅰ)', () => {
    const a = ask(pack, '毎時間の出欠をつけてる正式な帳簿、写真に撮って非常勤の先生のスマホに送ってあげてもいい？');
    expect(a.class).toBe('I');
    expect(a.asset?.id).not.toBe('activity_records');
  });

  test('a newsletter photographed is the newsletter (Ⅳ)', () => {
    expect(ids('学級通信を写真に撮って、自分のFacebookに載せていいですか。')).toEqual(['newsletters']);
  });

  test('photos of an event, or pictures taken with no document before them, stay photos', () => {
    expect(ids('運動会の写真を撮って学級だよりに載せたい')).toContain('activity_records');
    expect(ids('授業中に写真を撮ってもいいですか')).toEqual(['activity_records']);
  });
});
