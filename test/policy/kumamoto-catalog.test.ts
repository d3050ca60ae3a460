import { describe, expect, test } from 'vitest';
import { ask, type ClassId, getPack } from '../../policy/index.js';

/**
 * 第2表 情報資産の例示, by hand from the seed: every example, the class the table gives it, and
 * how a teacher would name it. In the seed's text the blocks run Ⅱ, Ⅲ, Ⅳ, Ⅰ.
 * Each is asked as 「…をクラウドに保存してもいいですか？」: 2-2(7)⑤ prohibits Ⅰ・Ⅱ in the cloud.
 */
const CATALOG: [id: string, cls: ClassId, phrase: string][] = [
  // 重要性分類Ⅰ
  ['cumulative_record', 'I', '指導要録原本'],
  ['staff_personnel', 'I', '教職員の人事情報'],
  ['diploma_register', 'I', '卒業証書授与台帳'],
  ['aid_register', 'I', '要・準要保護児童生徒認定台帳'],
  ['school_aid_docs', 'I', '校内就学援助関係書類'],
  ['grade_summary', 'I', '評定一覧表'],
  ['promotion_docs', 'I', '進級・卒業認定資料'],
  ['guidance_record', 'I', '生徒指導記録簿'],
  ['counseling_record', 'I', '教育相談・面接の記録'],
  ['support_plan', 'I', '個別の教育支援計画'],
  ['individual_teaching_plan', 'I', '個別指導計画'],
  ['human_rights_report', 'I', '人権レポート'],
  ['kizuna_survey', 'I', 'きずなアンケート'],
  ['kokoro_survey', 'I', '心のアンケート'],
  ['school_report', 'I', '調査書'],
  ['entrance_grade_list', 'I', '公立高校入学者選抜に係る成績一覧表'],
  ['admission_forms', 'I', '入学者選抜に関する表簿（願書等）'],
  ['student_personal_info', 'I', '生活歴や心身の状況'],
  ['staff_personal_info', 'I', '教職員の個人情報'],
  ['health_exam', 'I', '健康診断票'],
  ['dental_exam', 'I', '歯の検査表'],
  ['life_guidance_form', 'I', '学校生活管理指導表'],
  ['preschool_health_exam', 'I', '就学時健康診断票'],
  ['attendance_book', 'I', '出席簿'],
  ['student_address_book', 'I', '児童生徒の住所録'],
  ['staff_emergency_contacts', 'I', '職員緊急連絡網'],
  ['staff_address_book', 'I', '職員住所録'],
  // 重要性分類Ⅱ
  ['transfer_out_register', 'II', '転退学受付（整理）簿'],
  ['transfer_in_register', 'II', '転入学受付（整理）簿'],
  ['enrollment_change_report', 'II', '就学児童生徒異動報告書'],
  ['leave_request_register', 'II', '休学・退学願等受付簿'],
  ['textbook_recipient_list', 'II', '教科用図書給付児童生徒名簿'],
  ['report_card', 'II', '通知表'],
  ['regular_exam', 'II', '定期考査'],
  ['answer_sheets', 'II', 'テスト等の答案用紙（児童生徒が記入済のもの）'],
  ['raw_score_sheet', 'II', '定期考査素点表'],
  ['grade_records', 'II', '成績に関する個票'],
  ['accident_report', 'II', '事故報告書'],
  ['home_visit_record', 'II', '家庭訪問記録'],
  ['teacher_notebook', 'II', '教務手帳'],
  ['graduate_destinations', 'II', '卒業生進路先一覧'],
  ['career_survey', 'II', '進路希望調査'],
  ['system_credentials', 'II', '情報システムログインID/PW管理台帳'],
  ['device_credentials', 'II', '情報端末ログインID/PW管理台帳'],
  ['staff_attendance', 'II', '出勤簿'],
  ['temperature_check', 'II', '体温チェック表'],
  ['school_lunch_docs', 'II', '給食関係書類'],
  ['entrance_exam_questions', 'II', '入学者選抜問題'],
  ['system_specs', 'II', '教育情報システム仕様書'],
  // 重要性分類Ⅲ
  ['class_list', 'III', '名列表'],
  ['student_names', 'III', '児童生徒の氏名'],
  ['seating_chart', 'III', '座席表'],
  ['committee_list', 'III', '委員会・係名簿'],
  ['club_list', 'III', '部活動名簿'],
  ['attendance_sub_book', 'III', '出席簿補助簿'],
  ['birthdate_gender', 'III', '児童生徒の生年月日と性別'],
  ['school_management_plan', 'III', '学校経営案'],
  ['staff_meeting_docs', 'III', '職員会議の資料'],
  ['teaching_materials', 'III', '授業用教材'],
  ['material_research', 'III', '教材研究資料'],
  ['past_tests', 'III', '過去のテスト問題'],
  ['confirmation_test', 'III', '確認テスト'],
  ['graduation_album', 'III', '卒業アルバム'],
  ['learning_records', 'III', '学習記録（ワークシート・レポート・作品等）'],
  ['activity_records', 'III', '授業や学校行事等の活動記録（動画・写真）'],
  // 重要性分類Ⅳ
  ['school_profile', 'IV', '学校要覧'],
  ['school_brochure', 'IV', '学校紹介パンフレット'],
  ['textbook_list', 'IV', '使用教科書一覧'],
  ['curriculum_plan', 'IV', '教育課程編成表'],
  ['blank_survey', 'IV', '記入前のアンケート'],
  ['elective_notification', 'IV', '学校設定科目の届け出'],
  ['fee_ledger', 'IV', '学校徴収金会計簿（学年費等）'],
  ['event_plan', 'IV', '学校行事実施計画（体育大会実施計画等）'],
  ['parent_handouts', 'IV', '保護者等への配布文書'],
  ['form_templates', 'IV', '各種届雛形'],
  ['duty_assignment', 'IV', '校務分掌表'],
  ['newsletters', 'IV', '学校・学年・学級だより'],
  ['event_booklet', 'IV', '学校行事のしおり'],
  ['learning_records_public', 'IV', '保護者の承諾を得たワークシート'],
  ['activity_records_public', 'IV', '保護者の同意を得た運動会の写真'],
];

const pack = getPack('kumamoto');

describe('第2表: every catalog item is recognised with its class', () => {
  test('the table above names every item in the pack', () => {
    expect(CATALOG.map(([id]) => id).sort()).toEqual([...pack.items.keys()].sort());
  });

  test.each(CATALOG)('%s (class %s): 「%s」', (id, cls, phrase) => {
    const answer = ask(pack, `${phrase}をクラウドに保存してもいいですか？`);
    expect(answer.asset?.id).toBe(id);
    expect(answer.class).toBe(cls);
    expect(answer.action).toBe('cloud_store');
    expect(answer.decision).toBe(cls === 'I' || cls === 'II' ? 'prohibited' : 'allowed');
    expect(answer.citations).toEqual(expect.arrayContaining(['第2表', '2-2(7)⑤']));
  });
});
