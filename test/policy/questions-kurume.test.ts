import { describe, expect, test } from 'vitest';
import { type ActionId, ask, type ClassId, type DecisionValue, getPack } from '../../policy/index.js';

/**
 * Questions answered from Kurume's pack (久留米市教育委員会学校情報セキュリティ規則). Its catalog
 * and handling are mamoru's editable default (既定の取扱い); the rule's own articles are cited
 * where they apply (第16条 業務以外の目的で利用しない, 第15条 the principal's management).
 */
const pack = getPack('kurume');

const rows: [
  q: string,
  decision: DecisionValue,
  cls: ClassId | null,
  action: ActionId | null,
  asset: string | null,
  cites: string[],
][] = [
  [
    '通知表をメールで保護者に送ってもいいですか？',
    'conditional',
    'II',
    'email_external',
    'report_card',
    ['既定の取扱い', '第16条'],
  ],
  // The catalog's words follow Kumamoto's where the classes correspond.
  ['まだ配っていないきずなアンケートの用紙をコピーしたい', 'allowed', 'IV', 'copy', 'blank_survey', ['既定の取扱い']],
  ['未配布の心のアンケートをクラウドに保存していい？', 'allowed', 'IV', 'cloud_store', 'blank_survey', ['既定の取扱い']],
  ['去年の定期テストの問題をクラウドに保存していい？', 'allowed', 'III', 'cloud_store', 'past_tests', ['既定の取扱い']],
  ["Can I upload last year's exam to Google Classroom?", 'allowed', 'III', 'cloud_store', 'past_tests', ['既定の取扱い']],
  [
    '承諾書をもらった児童の作品を学校HPに掲載してもいい？',
    'allowed',
    'IV',
    'publish',
    'learning_records_public',
    ['既定の取扱い'],
  ],
  ['掲載許可のある写真をホームページに載せたい', 'allowed', 'IV', 'publish', 'activity_records_public', ['既定の取扱い']],
  ['授業の資料をクラウドに保存してもいいですか', 'allowed', 'III', 'cloud_store', 'teaching_materials', ['既定の取扱い']],
  ['通知表の様式をクラウドに置いてもいい？', 'allowed', 'IV', 'cloud_store', 'form_templates', ['既定の取扱い']],
  // Use outside work is Kurume's own article.
  ['児童の住所を年賀状のために教えてもらっていい？', 'prohibited', 'I', 'provide_external', 'student_personal_info', ['第16条']],
  ['学校のメールを個人のGmailに自動転送したい', 'prohibited', null, 'personal_cloud', null, ['既定の取扱い', '第16条']],
  ['私物のスマホでTeamsを使っていい？', 'permit_required', null, 'private_device', null, ['第15条']],
  ['Can I send the class photos on LINE?', 'prohibited', 'III', 'personal_cloud', 'activity_records', ['第16条']],
  ['オンラインで授業資料を共有していい？', 'allowed', 'III', 'cloud_store', 'teaching_materials', ['既定の取扱い']],
];

describe('teachers’ questions, Kurume', () => {
  test.each(rows)('%s → %s / %s / %s', (q, decision, cls, action, asset, cites) => {
    const d = ask(pack, q);
    expect({ decision: d.decision, class: d.class, action: d.action, asset: d.asset?.id ?? null }).toEqual({
      decision,
      class: cls,
      action,
      asset,
    });
    expect(d.citations).toEqual(expect.arrayContaining(cites));
    if (asset) expect(d.citations).toContain(pack.meta.catalog_citation);
    expect(d.policy).toBe('kurume');
  });

  test('English answers name Kurume’s articles in English; the citations keep their ids', () => {
    const d = ask(pack, 'Can I take the report cards out of school?');
    expect(d.answer).toContain('Sources: Article 11, default handling, Article 12(2), Article 15, Article 16');
    expect(d.citations).toEqual(expect.arrayContaining(['第11条', '既定の取扱い', '第15条', '第16条']));
  });
});
