import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { contentClause } from '../../policy/understand/content-clause.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { normalizeKeepKatakana } from '../../policy/understand/normalize.js';

const pack = getPack('kumamoto');

describe('a document described by what it holds', () => {
  const held = (text: string) => {
    const c = contentClause(analyze(normalizeKeepKatakana(text)), sharedLexicon());
    return c && { content: c.content.map((m) => m.surface).join(''), only: c.only };
  };

  test('the clause before a verb of holding is the content; the verb and its time are the frame', () => {
    expect(held('どの子が給食で何を食べられないかが書いてある紙を置く')).toEqual({
      content: 'どの子が給食で何を食べられないか',
      only: false,
    });
    expect(held('職員の朝の体温を毎日書き込んでいる表を捨てる')?.content).toBe('職員の朝の体温');
  });

  test('the noun the verb modifies is the document, whatever word it is (Excel, 帳面)', () => {
    expect(held('生徒がどの高校を第一志望にしているかをまとめたExcelを置く')?.content).toBe(
      '生徒がどの高校を第一志望にしているか',
    );
  });

  test('「だけ」 limits the content to what it closes', () => {
    expect(held('子どもたちの誕生日と性別だけが並んだリストを貼る')).toEqual({ content: '子どもたちの誕生日と性別', only: true });
  });

  test('nothing written yet (書き込んでいない用紙) is a blank form, no content', () => {
    expect(held('まだ誰も何も書き込んでいない意見を聞くための用紙を配る')).toBeNull();
  });

  test('no verb of holding before a noun: no content clause', () => {
    expect(held('保護者に配ったプリントを捨てる')).toBeNull();
  });
});

describe('a described document is classed as its content is', () => {
  test('what pupils cannot eat at lunch is allergy information (Ⅰ), not a seating chart', () => {
    const d = ask(pack, 'どの子が給食で何を食べられないかが書いてある紙を、調理員さんの休憩室の机に置いておいていいですか。');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });

  test('which high school each pupil wants (an Excel) is the career survey (Ⅱ)', () => {
    const d = ask(pack, '生徒がどの高校を第一志望にしているかをまとめたExcelを、学年のOneDriveに置いていいですか。');
    expect(d.class).toBe('II');
    expect(d.decision).toBe('prohibited');
  });

  test('staff temperatures written every morning are the temperature check (Ⅱ), not the attendance book', () => {
    const d = ask(pack, '職員の朝の体温を毎日書き込んでいる表を、記入期間が終わったので捨てたいです。');
    expect(d.class).toBe('II');
  });

  test('a register of who transferred out, read from its content (Ⅱ), never as an open class', () => {
    const d = ask(
      pack,
      'どの生徒が転校していったか、いつ受け付けたかを書いている帳面を、コピーして新しい担当者に渡していいですか。',
    );
    expect(d.class).toBe('II');
    expect(d.decision).toBe('permit_required');
  });

  test('a content read as an open class never replaces a stricter reading of the whole (引き継ぎのシート)', () => {
    const d = ask(
      pack,
      '気になる子の生活の様子や家庭のことをまとめたシートを渡す予定ですが、中学校の先生にはその場で見てもらって、紙はそのまま持って帰ってもらうつもりです。それで大丈夫ですか？',
    );
    expect(d.decision).not.toBe('allowed');
  });
});
