import { describe, expect, test } from 'vitest';
import { z } from 'zod/v4';
import { ACTION_IDS, ask, CLASS_IDS, DECISION_VALUES, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { modifiedNouns, saysApart, spelledCompounds } from '../../policy/understand/describe-phrases.js';
import { termsJa } from '../../policy/understand/describe-terms.js';
import { readTable } from '../helpers/read-table.js';

/**
 * The mechanisms of the language layer, one row each in questions/understanding.yaml: how a
 * question is read, not what the policy says (the question tables of questions-*.test.ts check
 * that). Each row names the mechanism it would fail without.
 */
const pack = getPack('kumamoto');

/** A field left out is not checked. */
const Row = z.strictObject({
  mechanism: z.string(),
  q: z.string(),
  decision: z.enum(DECISION_VALUES),
  cls: z.enum(CLASS_IDS).nullable().optional(),
  action: z.enum(ACTION_IDS).nullable().optional(),
  asset: z.string().nullable().optional(),
});
const { questions: rows } = readTable(
  new URL('./questions/understanding.yaml', import.meta.url),
  z.strictObject({ questions: z.array(Row) }),
);

describe('how a question is read', () => {
  test.each(rows.map((r) => [r.mechanism, r.q, r] as const))('%s: %s', (_m, q, r) => {
    const d = ask(pack, q);
    expect(d.decision).toBe(r.decision);
    if (r.cls !== undefined) expect(d.class).toBe(r.cls);
    if (r.action !== undefined) expect(d.action).toBe(r.action);
    if (r.asset !== undefined) expect(d.asset?.id ?? null).toBe(r.asset);
  });

  test('a wish a document holds (行きたいか, 就きたい仕事) is 希望; the asker’s own wish (送りたい) is not', () => {
    expect(termsJa('どこの高校に行きたいかを聞く用紙')).toContain('希望');
    expect(termsJa('将来就きたい仕事を書く紙')).toContain('希望');
    expect(termsJa('この紙をメールで送りたい')).not.toContain('希望');
    expect(termsJa('指導主事に見てもらいたいです')).not.toContain('希望');
  });

  test('a field said in plain words spells the compound a form prints (生まれた日 ~ 生年月日, 住んでいる所 ~ 住所)', () => {
    const pairs = modifiedNouns(analyze('生徒の生まれた日と住んでいる所と電話の番号'));
    expect(spelledCompounds(pairs, new Set(['生年月日', '住所', '電話番号', '出席番号']), new Set())).toEqual([
      '生年月日',
      '住所',
      '電話番号',
    ]);
    // Each word gives kanji of its own: 学校のクラウド spells no 小学校.
    expect(modifiedNouns(analyze('学校のクラウドに入れる'))).toEqual([]);
    // A compound the question says itself is not spelled again.
    expect(spelledCompounds(pairs, new Set(['住所']), new Set(['住所']))).toEqual([]);
  });

  test('a name of two words said with a clause between them (入試で使う予定の問題 ~ 入試の問題)', () => {
    const apart = (text: string) => {
      const morphemes = analyze(text);
      return saysApart(
        morphemes,
        morphemes.map((m) => (m.pos === '名詞' ? m.base : null)),
        ['入試', '問題'],
      );
    };
    expect(apart('今度の入試で使う予定の問題、家で仕上げる')).toBe(true);
    // Not across a comma: what follows it is another phrase.
    expect(apart('入試が終わった、問題は家で')).toBe(false);
    // Not side by side (入試問題 is the word itself), and not a verb's stem (問題にする).
    expect(apart('入試の問題を作る')).toBe(false);
  });

  test('done and out of hand: the answer says the rule it broke, then the first steps, and cites both', () => {
    const d = ask(pack, 'さっき通知表を自分のGmailに送っちゃった');
    expect(d.decision).toBe('incident');
    expect(d.done).toBe(true);
    expect(d.incident?.kinds.map((k) => k.id)).toEqual(['leaked']);
    const lines = d.answer.split('\n');
    expect(lines[1]).toMatch(/通知表（重要性分類Ⅱ）を.*禁止されています。$/);
    expect(d.citations).toEqual(expect.arrayContaining(['4-4(1)②', '5-1(14)⑤', '6-2(3)']));
    const line = ask(pack, '成績の入ったエクセル、LINEで学年の先生に送っちゃった');
    expect(line.incident?.kinds.map((k) => k.id)).toEqual(['leaked']);
  });

  test('a follow-up that states consent qualifies what it takes from before; a supposition is a follow-up', () => {
    const photos = ask(pack, '運動会の写真、学校のインスタに載せてもいいですか？');
    const previous = { assetId: photos.asset?.id, actionId: photos.action, class: photos.class };
    expect(ask(pack, '全員から掲載OKの同意書をもらってます', { previous })).toMatchObject({
      decision: 'allowed',
      class: 'IV',
      asset: { id: 'activity_records_public' },
      action: 'sns_post',
    });
    const roster = ask(pack, '部活動名簿を大会の主催者にメールで送りたいんですが');
    const before = { assetId: roster.asset?.id, actionId: roster.action, class: roster.class };
    expect(ask(pack, '名簿に保護者の携帯番号も入ってたら？', { previous: before })).toMatchObject({
      class: 'I',
      action: 'email_external',
    });
  });

  test('a follow-up takes what it does not say from the previous answer, and says so', () => {
    const first = ask(pack, '通知表をメールで保護者に送ってもいいですか？');
    const previous = { assetId: first.asset?.id, actionId: first.action, class: first.class };
    expect(ask(pack, 'じゃあUSBなら？', { previous })).toMatchObject({
      decision: 'consult',
      class: 'II',
      action: 'usb',
      carried: { asset: { id: 'report_card' } },
    });
    expect(ask(pack, '健康診断票は？', { previous })).toMatchObject({
      class: 'I',
      action: 'email_external',
      carried: { action: 'email_external' },
    });
    expect(ask(pack, 'パスワードをつければいい？', { previous })).toMatchObject({ decision: 'conditional', class: 'II' });
    // A question of its own is answered as it stands.
    expect(ask(pack, '学校のパソコンで私用のネットショッピングしていい？', { previous }).carried).toBeUndefined();
  });

  test('a message that points back (その…, それでも) or names only the action of before continues it', () => {
    const roster = ask(pack, '修学旅行の班別行動の計画書を旅行会社にメールで送りたいです');
    const before = { assetId: roster.asset?.id, actionId: roster.action, class: roster.class };
    expect(
      ask(pack, 'ちなみに、その計画書には生徒の緊急連絡先の電話番号も書いてあるのですが、それでも大丈夫ですか', {
        previous: before,
      }),
    ).toMatchObject({
      action: 'email_external',
      carried: { action: 'email_external' },
    });
    const exam = ask(pack, '健康診断票を医療機関にFAXしてもいいですか？');
    const previous = { assetId: exam.asset?.id, actionId: exam.action, class: exam.class };
    expect(ask(pack, '先方の医療機関からFAXで送ってくださいと依頼が来ているんです', { previous })).toMatchObject({
      decision: 'conditional',
      class: 'I',
      action: 'fax',
      carried: { asset: { id: 'health_exam' } },
    });
    // Another action, and no information: a question of its own.
    expect(ask(pack, '学校のパソコンで私用のネットショッピングしていい？', { previous }).carried).toBeUndefined();
  });

  test('a message that names only a new act, however it is put, does it to the information of before', () => {
    const visit = ask(pack, '家庭訪問の記録を、転出先の小学校にメールしてもいいですか');
    const previous = { assetId: visit.asset?.id, actionId: visit.action, class: visit.class };
    expect(ask(pack, 'FAXは？あちらの学校がFAXで送ってほしいと言っています', { previous })).toMatchObject({
      decision: 'conditional',
      class: 'II',
      action: 'fax',
      carried: { asset: { id: 'home_visit_record' } },
    });
    const copy = ask(pack, '指導要録の写し、コピーを取ってもいいですか');
    const before = { assetId: copy.asset?.id, actionId: copy.action, class: copy.class };
    expect(ask(pack, '印刷した分は、会議が終わったらそのままゴミ箱に捨てていい？', { previous: before })).toMatchObject({
      class: 'I',
      action: 'dispose',
    });
  });

  test('a message that names what it acts on with を is a question of its own, not a follow-up', () => {
    const card = ask(pack, '通知表を学校の外に持ち出したい');
    const previous = { assetId: card.asset?.id, actionId: card.action, class: card.class };
    const memo = ask(pack, '会議のメモを学校の外に持ち出したい', { previous });
    expect(memo.decision).toBe('unknown');
    expect(memo.carried).toBeUndefined();
    const device = ask(pack, '私物のパソコンで学校のクラウドを使いたい', { previous });
    expect(device).toMatchObject({ action: 'private_device', class: null });
    expect(device.carried).toBeUndefined();
  });

  test('a follow-up that names only where it is done keeps the device of before; one that names another channel does not', () => {
    const ipad = ask(pack, '私物のタブレットを学校の仕事に使っていい？');
    const previous = { assetId: ipad.asset?.id ?? null, actionId: ipad.action, class: ipad.class };
    expect(ask(pack, '自宅から学校のクラウドに入って座席表を直すだけなら？', { previous })).toMatchObject({
      decision: 'permit_required',
      class: 'III',
      action: 'private_device',
      carried: { action: 'private_device' },
    });
    const line = ask(pack, '通知表をLINEで送っていい？');
    const before = { assetId: line.asset?.id, actionId: line.action, class: line.class };
    expect(ask(pack, 'じゃあ通知表をメールでなら？', { previous: before })).toMatchObject({ action: 'email_external' });
  });

  test('a follow-up that says the permission is had answers the permit of before as given; asking whether it is needed does not', () => {
    const trip = ask(pack, '修学旅行に保健調査票を持っていきたいです');
    const previous = { assetId: trip.asset?.id ?? null, actionId: trip.action, class: trip.class };
    expect(trip.decision).toBe('permit_required');
    expect(ask(pack, '教頭と校長から許可をいただきました', { previous })).toMatchObject({
      decision: 'conditional',
      action: trip.action,
      class: trip.class,
    });
    expect(ask(pack, '許可ってもらわないとだめですか', { previous })).toMatchObject({ decision: 'permit_required' });
    expect(ask(pack, 'それって許可がいるの？', { previous })).toMatchObject({ decision: 'permit_required' });
  });

  test('a follow-up that names only more information is done the way of before', () => {
    const site = ask(pack, '学年だよりを学校のウェブサイトに掲載したいです');
    const previous = { assetId: site.asset?.id ?? null, actionId: site.action, class: site.class };
    expect(ask(pack, '遠足で撮った子どもたちの写真も一緒に入れたいです', { previous })).toMatchObject({
      action: 'publish',
      carried: { action: 'publish' },
    });
  });

  test('a follow-up naming a medium only as where the information is keeps the act of before', () => {
    const bin = ask(pack, '進路希望調査の紙をシュレッダーにかけて捨てたいです');
    const previous = { assetId: bin.asset?.id ?? null, actionId: bin.action, class: bin.class };
    expect(ask(pack, 'USBに残ってる同じファイルは？', { previous })).toMatchObject({ action: 'dispose', class: bin.class });
    expect(ask(pack, 'じゃあUSBなら？', { previous })).toMatchObject({ action: 'usb' });
  });
});
