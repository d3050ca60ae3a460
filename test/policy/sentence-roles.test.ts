import { describe, expect, test } from 'vitest';
import { ask, getPack, lexiconFor } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { clauseRoles } from '../../policy/understand/clause-roles.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';
import { sentenceRoles } from '../../policy/understand/sentence-roles.js';

const pack = getPack('kumamoto');
const lexicon = lexiconFor(pack);
const roles = (text: string) => sentenceRoles(analyze(text), lexicon).map((s) => s.role);

describe('the roles of the sentences of a long message', () => {
  test('a self-introduction, what someone else asked, and the question', () => {
    expect(
      roles('小学校の教頭です。卒業生の保護者から、1冊譲ってほしいと連絡がありました。郵送で渡しても問題ないでしょうか。'),
    ).toEqual(['plain', 'told', 'asks']);
  });

  test('told in the passive, sent toward the teacher, asked as 〜いいのか教えてください', () => {
    expect(
      roles('名簿を送ってほしいと頼まれました。保護者が写真を送ってきました。USBで管理していいのか教えてください。'),
    ).toEqual(['told', 'told', 'asks']);
  });

  test('what the teacher plans is no one else’s words', () => {
    expect(roles('紙で持っていくつもりです。')).toEqual(['plain']);
  });
});

describe('an incident told in a background sentence is the setting of the question, not a report', () => {
  const q =
    '小学校の教頭です。昨年度の卒業アルバムの残部が事務室に数冊あります。卒業生の保護者から、なくしてしまったので1冊譲ってほしいと連絡がありました。郵送で渡しても問題ないでしょうか。';

  test('parsed as no incident', () => {
    expect(parseQuestion(pack, q).incident).toBeNull();
  });

  test('answered as a question about posting the album', () => {
    const d = ask(pack, q);
    expect(d.decision).not.toBe('incident');
    expect(d.action).toBe('post_paper');
  });

  test('a loss the teacher reports still is one', () => {
    expect(parseQuestion(pack, '卒業アルバムをなくしてしまいました。どうしたらいいですか。').incident).not.toBeNull();
  });
});

describe('the clauses of a sentence: what someone else said is the story, not the act asked', () => {
  const clauses = (text: string) => clauseRoles(analyze(text), lexicon).map((c) => c.role);

  test('〜と言っていますが、どちらが… : a told clause, then the asking one', () => {
    expect(clauses('ほかの先生は自分のスマホで写真を撮っていくと言っていますが、どちらがいいのでしょうか。')).toEqual([
      'told',
      'asks',
    ]);
  });

  test('持って帰ってもらう: an act another does for the teacher', () => {
    expect(clauses('シートを渡す予定ですが、紙はそのまま持って帰ってもらうつもりです。大丈夫ですか？')).toEqual([
      'plain',
      'told',
      'asks',
    ]);
  });

  test('the act reported is the teacher’s own, the stricter act told still rules', () => {
    const q =
      '修学旅行の引率で、夜に健康観察をまとめる必要があります。子どもたちの持病やアレルギーが載った一覧を紙で持っていくつもりです。ほかの先生は自分のスマホで写真を撮っていくと言っていますが、どちらがいいのでしょうか。';
    expect(parseQuestion(pack, q).told).toEqual(['private_device']);
    const d = ask(pack, q);
    expect(d.action).toBe('take_out');
    expect(d.decision).toBe('prohibited');
  });

  test('what a parent asked for on a blog still rules; handing the photos over is reported', () => {
    const d = ask(
      pack,
      '高校の吹奏楽部の顧問です。定期演奏会の写真を、保護者会のブログで紹介したいと保護者会長から頼まれました。部員の顔がはっきり写っていて、公開の承諾はまだ取っていません。写真を渡していいですか。',
    );
    expect(d.action).toBe('provide_external');
    expect(d.decision).toBe('prohibited');
  });
});
