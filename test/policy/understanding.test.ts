import { describe, expect, test } from 'vitest';
import { type ActionId, ask, type ClassId, type DecisionValue, getPack } from '../../policy/index.js';

/**
 * The mechanisms of the language layer, one row each: how a question is read, not what the policy
 * says (the question tables in questions-*.test.ts check that). Each row names the mechanism it
 * would fail without.
 */
const pack = getPack('kumamoto');

interface Row {
  mechanism: string;
  q: string;
  decision: DecisionValue;
  cls?: ClassId | null;
  action?: ActionId | null;
  asset?: string | null;
}

const rows: Row[] = [
  // Readings: kana only, and the wrong kanji with the same reading.
  {
    mechanism: 'reading (kana)',
    q: 'つうちひょうを めーるで おくりたい',
    decision: 'conditional',
    cls: 'II',
    action: 'email_external',
  },
  {
    mechanism: 'reading (kana)',
    q: 'しどうようろく いえにもってかえって いいですか',
    decision: 'prohibited',
    cls: 'I',
    action: 'take_home',
  },
  {
    mechanism: 'reading (same-reading kanji)',
    q: '卒業生新路先一覧をメールで送りたい',
    decision: 'conditional',
    cls: 'II',
    asset: 'graduate_destinations',
  },
  // One slip in a long word, replacing the shorter word inside it.
  { mechanism: 'typo', q: '健康診段票をクラウドに置いていい？', decision: 'prohibited', cls: 'I', asset: 'health_exam' },
  {
    mechanism: 'typo (longer wins)',
    q: '出席簿保助簿をコピーしてもいい？',
    decision: 'allowed',
    cls: 'III',
    asset: 'attendance_sub_book',
  },
  // Verbs by their dictionary form.
  {
    mechanism: 'lemma',
    q: '健康診断票、校医さんとこに預けてくる',
    decision: 'conditional',
    cls: 'I',
    action: 'provide_external',
  },
  // Negation and its reach.
  {
    mechanism: 'negation (consent not given)',
    q: '保護者の同意はもらっていないけど、運動会の写真を学校のホームページに載せていい？',
    decision: 'consult',
    cls: 'III',
  },
  {
    mechanism: 'negation (kinds not there)',
    q: '住所も電話も載ってない、名前とクラスだけの委員会名簿をTeamsに置いていい？',
    decision: 'allowed',
    cls: 'III',
  },
  {
    mechanism: 'negation (another noun’s)',
    q: '通知表をパスワードなしでメールで送っていい？',
    decision: 'prohibited',
    cls: 'II',
    asset: 'report_card',
  },
  {
    mechanism: 'negation (the question’s frame is not one)',
    q: '出席簿って教室の教卓に置きっぱなしでよくない？',
    decision: 'prohibited',
    cls: 'I',
    action: 'leave_on_desk',
  },
  {
    mechanism: 'negation (keigo frame)',
    q: '健康診断票を学校医のクリニックへ郵送させていただくことは差し支えございませんでしょうか。',
    decision: 'conditional',
    cls: 'I',
    action: 'post_paper',
  },
  {
    mechanism: 'blank by a denied 回答',
    q: '保護者アンケート、Googleフォームで作って配るのはOK？まだ誰も答えてない状態',
    decision: 'allowed',
    cls: 'IV',
  },
  // Measures and permission said not to be had.
  {
    mechanism: 'unmet measure',
    q: '相手からFAXで送ってと言われてはいないけど、家庭訪問記録をFAXしてもいい？',
    decision: 'prohibited',
    action: 'fax',
  },
  {
    mechanism: 'permission not had',
    q: '申請はしてない私物のノートPCで、家から校務支援システムに入ってもいい？',
    decision: 'prohibited',
  },
  // Reports of incidents, and what is not one.
  { mechanism: 'incident (lost)', q: 'やば、成績入ったUSBなくしたっぽい', decision: 'incident', cls: 'II' },
  {
    mechanism: 'incident (mis-sent needs a wrong recipient)',
    q: '昨日、間違えて別の保護者に面談記録を送っちゃった',
    decision: 'incident',
    cls: 'I',
  },
  { mechanism: 'incident (still missing, stated)', q: '学習者用端末が1台見当たりません', decision: 'incident' },
  {
    // Not mis-sent (the right colleague), but class Ⅱ is now in a personal service: out of hand.
    mechanism: 'not mis-sent, out of hand (the right colleague, by LINE)',
    q: '成績の入ったエクセル、LINEで学年の先生に送っちゃった',
    decision: 'incident',
    action: 'personal_cloud',
  },
  {
    mechanism: 'not an incident (a document’s name)',
    q: '事故報告書をメールで教育委員会に送っていい？',
    decision: 'conditional',
    cls: 'II',
  },
  // Rules without a document, and described documents.
  {
    mechanism: 'rule without a document',
    q: 'パスワードを付箋に書いてモニターに貼っていい？',
    decision: 'prohibited',
    cls: null,
  },
  { mechanism: 'rule without a document', q: '私物のスマホを職員室のWi-Fiにつないでいい？', decision: 'prohibited', cls: null },
  {
    mechanism: 'described document',
    q: '身長・体重・視力がまとまってる記録をUSBで保健室のPCに移したい',
    decision: 'consult',
    cls: 'I',
  },
  // A document described by what it holds, matched word by word against descriptions.yaml.
  {
    mechanism: 'described document (descriptions)',
    q: '毎年の検査で虫歯の本数や歯肉の状態を書いた票をメールで歯医者さんに送りたい',
    decision: 'conditional',
    cls: 'I',
    asset: 'dental_exam',
  },
  {
    mechanism: 'described document beside a named one (the stricter counts)',
    q: '職員会議の資料に、ある子の不登校の経過と家庭の事情をまとめたページが入ってる。家に持って帰っていい？',
    decision: 'prohibited',
    cls: 'I',
    action: 'take_home',
  },
  // Whose it is: an owner word before a device, a medium or a service.
  {
    mechanism: 'owned medium (3-5⑪)',
    q: '自分で買ったUSBメモリに教材を入れて校務用PCで使いたい',
    decision: 'prohibited',
    cls: 'III',
  },
  {
    mechanism: 'owned device (English)',
    q: 'Can I keep the seating chart on my own iPad?',
    decision: 'permit_required',
    action: 'private_device',
  },
  // A scan or a copy sent by e-mail is how it is sent.
  {
    mechanism: 'weak copy',
    q: '答案をスキャンしてメールで保護者に送りたい',
    decision: 'conditional',
    cls: 'II',
    action: 'email_external',
  },
  // A measure a permit needs, said not to be taken.
  {
    mechanism: 'unmet measure of a permit',
    q: '暗号化していないUSBで成績一覧を持ち出してもいい？',
    decision: 'prohibited',
    cls: 'II',
  },
  // Incidents: phrases by their morphemes, signs together, what a witness says in a question.
  {
    mechanism: 'incident (phrase by morphemes: 見てしまいました)',
    q: '同僚の先生が通知表を写真に撮ってLINEで送っているのを見てしまいました',
    decision: 'incident',
  },
  {
    mechanism: 'incident (signs together in one sentence)',
    q: '自分のアカウントのパスワード、隣の席の先生にたぶん知られてしまいました',
    decision: 'incident',
  },
  {
    mechanism: 'incident (signs together, English)',
    q: 'Files on the shared drive keep getting renamed by themselves.',
    decision: 'incident',
  },
  {
    mechanism: 'not an incident (a witness’s words in a question)',
    q: '業者さんから送ってほしいと言われたんですが、遠足のしおりをメールで送っていいですか',
    decision: 'allowed',
    cls: 'IV',
  },
  {
    mechanism: 'not an incident (a plan told)',
    q: 'みんなが見られるように、運動会の写真を私個人のGoogleドライブで共有しようと思っています。承諾書はとっていません。',
    decision: 'prohibited',
  },
  {
    mechanism: 'incident (how it happened)',
    q: '保護者へのメール、宛先を間違えて別の家庭に送ってしまいました',
    decision: 'incident',
    action: 'email_external',
  },
  // What describes a noun is not what is asked or told.
  {
    mechanism: 'attributive (a lost booklet is the child’s, not an incident)',
    q: '遠足のしおりをなくした子の保護者から頼まれたので、しおりのPDFをメールで送っていいですか',
    decision: 'allowed',
    action: 'email_external',
  },
  {
    mechanism: 'a request is not a denial (送ってもらえないか)',
    q: '保護者から、私の個人のLINEに写真を送ってもらえないかと言われました。送っていいですか',
    decision: 'prohibited',
    action: 'personal_cloud',
  },
  {
    mechanism: 'consent to come is not consent (承諾をもらってから)',
    q: '運動会の写真、承諾をもらってから学校のインスタに載せる予定です。今載せてもいい？',
    decision: 'prohibited',
    cls: 'III',
  },
  {
    mechanism: 'consent with words between',
    q: '運動会の写真、学校のインスタにあげていい？掲載の承諾はもう全員からもらってる',
    decision: 'allowed',
    cls: 'IV',
  },
  // English by stems.
  {
    mechanism: 'English stems',
    q: 'Is it OK if I am uploading the class address list to Google Drive?',
    decision: 'prohibited',
    cls: 'I',
    action: 'cloud_store',
  },
  {
    mechanism: 'English stems',
    q: 'Can I keep faxing the health check forms to the clinic?',
    decision: 'conditional',
    cls: 'I',
    action: 'fax',
  },
  // Work at home beside a paper copy: the papers go home (lexicon.alone beside).
  {
    mechanism: 'printed to read at home (alone beside copy)',
    q: '評定一覧を紙で印刷して、家でじっくり見たい',
    decision: 'prohibited',
    cls: 'I',
    action: 'take_home',
  },
  // A situation that carries the information leaves the actions it replaces to rule it (carries).
  {
    mechanism: 'a school PC taken home with the records on it (carries)',
    q: '週末に校務用ノートパソコンを自宅に持ち帰って通知表の所見を仕上げたい',
    decision: 'prohibited',
    cls: 'II',
    action: 'take_home',
  },
  {
    mechanism: 'a school PC taken home, no information named (the device rule)',
    q: '校務用ノートパソコンを自宅に持ち帰ってもいい？',
    decision: 'permit_required',
  },
  // Done, and out of the school's hands: a report with the rule it broke (after_the_fact.reported).
  {
    mechanism: 'done and out of hand (personal mail)',
    q: '通知表のデータを家でやろうと思って自分のGmailに送っちゃった…',
    decision: 'incident',
    cls: 'II',
    action: 'personal_cloud',
  },
  {
    mechanism: 'done and out of hand (unshredded)',
    q: '職員会議の資料、そのまま燃えるゴミに出しちゃった',
    decision: 'incident',
    cls: 'III',
    action: 'dispose',
  },
  {
    mechanism: 'done, still in hand: a breach, not a leak',
    q: '指導要録を昨日うっかり家に持って帰っちゃいました',
    decision: 'prohibited',
    cls: 'I',
    action: 'take_home',
  },
  {
    mechanism: 'done, said by a noun made a verb (返信してしまった)',
    q: '保護者から子どもの様子を聞かれて、つい自分のLINEで発達の検査結果のことを詳しく返信してしまいました',
    decision: 'incident',
    cls: 'I',
  },
];

describe('how a question is read', () => {
  test.each(rows.map((r) => [r.mechanism, r.q, r] as const))('%s: %s', (_m, q, r) => {
    const d = ask(pack, q);
    expect(d.decision).toBe(r.decision);
    if (r.cls !== undefined) expect(d.class).toBe(r.cls);
    if (r.action !== undefined) expect(d.action).toBe(r.action);
    if (r.asset !== undefined) expect(d.asset?.id ?? null).toBe(r.asset);
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
});
