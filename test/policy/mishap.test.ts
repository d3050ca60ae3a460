import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { doneByNoOne, mistakeDone, resultNotReached } from '../../policy/understand/mishap.js';
import { normalize } from '../../policy/understand/normalize.js';
import { outsiderDid } from '../../policy/understand/outsider-did.js';
import { doneAfter } from '../../policy/understand/said-done.js';
import { wentOtherwise } from '../../policy/understand/went-otherwise.js';

const pack = getPack('kumamoto');

/** A mishap read from the sentence's structure (mishap.ts), no incident word said. */
describe('an act marked as a mistake, said done', () => {
  test('間違えて / まちがえて / 間違って / うっかり, then an act done', () => {
    expect(mistakeDone(analyze('学級の名簿を間違えて保護者も入っているチームに投稿してしまいました'))).toBe(true);
    expect(mistakeDone(analyze('番号を1桁まちがえて知らないところに送ってしまった'))).toBe(true);
    expect(mistakeDone(analyze('学校HPに間違って名簿のPDF載せてた'))).toBe(true);
    expect(mistakeDone(analyze('昨日うっかり家に持って帰っちゃいました。'))).toBe(true);
    expect(mistakeDone(analyze('うっかり送信してしまいました'))).toBe(true);
  });
  test('a plan, a supposition or a way asked is not done', () => {
    expect(mistakeDone(analyze('間違えて送らないようにするにはどうすればいい？'))).toBe(false);
    expect(mistakeDone(analyze('うっかり出しちゃおうかな'))).toBe(false);
    expect(mistakeDone(analyze('間違えて送ったらどうなりますか'))).toBe(false);
  });
});

describe('an expected result said not reached', () => {
  test('the thing sent the subject (が) of a state negated, after an act done', () => {
    expect(resultNotReached(analyze('郵送した調査書が、相手の中学校に届いていないと連絡がありました。'))).toBe(true);
    expect(resultNotReached(analyze('先週郵送した調査書が届いていないと、高校から連絡がありました'))).toBe(true);
  });
  test('the speaker’s own act left undone is no mishap', () => {
    expect(resultNotReached(analyze('変なメールが届きました。開いていません。'))).toBe(false);
    expect(resultNotReached(analyze('調査書を送ったが、まだ返事を書いていない'))).toBe(false);
  });
});

describe('a change no one made, or done to it without leave', () => {
  test('誰も…ないのに, a change in a state; 勝手に, a passive done or in a state', () => {
    expect(doneByNoOne(analyze('校務支援システムの成績が、誰も触ってないのに書き換わってるんです'))).toBe(true);
    expect(doneByNoOne(analyze('生徒が「自分の端末が勝手に操作されている」と言ってきました。'))).toBe(true);
  });
  test('a plan against it is no change', () => {
    expect(doneByNoOne(analyze('勝手に使われないように設定したいです'))).toBe(false);
    expect(doneByNoOne(analyze('誰も見ていないのに送るのはだめですか'))).toBe(false);
  });
});

describe('done otherwise than believed (したつもりが)', () => {
  test('た, つもり, が, then a verb done', () => {
    expect(wentOtherwise(analyze('病院に結果をFAXしたつもりが番号1桁違ってたみたいで、知らない会社に届いたっぽいです'))).toBe(
      true,
    );
    expect(wentOtherwise(analyze('FAXしたつもりの記録を確認しました'))).toBe(false);
  });
});

describe('one reading of "said done" (said-done.ts) for every reader', () => {
  test('ちゃ/じゃ on the chain, as the analyzer splits ちゃいました, counts as done after はず too', () => {
    expect(doneAfter(analyze('送っちゃいました'), 0)).toBe(true);
    expect(doneAfter(analyze('送っちゃったら'), 0)).toBe(false);
    // An outsider's act told in 〜ちゃいました (帰っ|ちゃ|い|まし|た) is done, as mishap.ts read it already.
    const told = normalize('業者さんが名簿を持って帰っちゃいました');
    expect(outsiderDid(told, analyze(told), ['業者'], ['帰る'])).toBe(true);
    expect(wentOtherwise(analyze('Aさんに送るはずが、Bさんに送っちゃいました'))).toBe(true);
  });
});

describe('answered as an incident, not as leave', () => {
  test('a mistake done with non-public information', () => {
    expect(ask(pack, 'Teamsで、学級の名簿を間違えて保護者も入っているチームに投稿してしまいました。').decision).toBe('incident');
    expect(ask(pack, '郵送した調査書が、相手の中学校に届いていないと連絡がありました。').decision).toBe('incident');
  });
  test('public information (class Ⅳ) taken by mistake leaks nothing: the act is answered', () => {
    expect(ask(pack, '学校要覧、うっかり自宅に持って帰っちゃった').decision).not.toBe('incident');
  });
});
