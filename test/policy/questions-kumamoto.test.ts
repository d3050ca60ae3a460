import { describe, expect, test } from 'vitest';
import { type ActionId, ask, type ClassId, type DecisionValue, getPack } from '../../policy/index.js';

/**
 * Questions a teacher would really type, with the answer decided by hand from the seed
 * (熊本市立学校情報セキュリティ対策基準: 第2表 for the class, 第3表 and 2-2 / 4-1 / 5-1 / 8-3
 * for the decision), never copied from the engine's output.
 *
 * Handling used below (stricter of table and clause):
 *   email_external Ⅰ–Ⅲ conditional (第3表, 2-2(9)①), Ⅳ allowed
 *   take_out Ⅰ・Ⅱ permit_required (第3表, 2-2(8)①, 4-1(1)③ア), Ⅲ conditional (2-2(8)②), Ⅳ allowed
 *   take_home Ⅰ・Ⅱ prohibited (第3表), Ⅲ・Ⅳ conditional (4-1(1)③エ)
 *   post_media / post_paper Ⅰ–Ⅲ conditional (2-2(10)①), Ⅳ allowed
 *   fax all conditional (2-2(9)②) · personal_cloud all prohibited (第3表, 5-1(14)⑤)
 *   provide_external Ⅰ・Ⅱ conditional, Ⅲ・Ⅳ allowed (第3表) · usb all consult (第3表, 4-1(1)④)
 *   cloud_store Ⅰ・Ⅱ prohibited, Ⅲ・Ⅳ allowed (2-2(7)⑤) · copy Ⅰ・Ⅱ permit_required (2-2(6)②)
 *   dispose all permit_required (2-2(12)①) · process_outside Ⅰ・Ⅱ prohibited, Ⅲ・Ⅳ conditional
 *   private_device Ⅰ・Ⅱ prohibited, Ⅲ・Ⅳ permit_required (4-1(1)③ウ)
 *   sns_post Ⅰ–Ⅲ prohibited, Ⅳ allowed (8-3②) · publish Ⅰ・Ⅱ prohibited, Ⅲ consult (2-2(11)②), Ⅳ allowed
 *   leave_on_desk Ⅰ・Ⅱ prohibited, Ⅲ・Ⅳ conditional (4-1(1)⑥) · transport Ⅰ–Ⅲ permit_required (2-2(10)②)
 * Mixed content takes the highest class (2-2(5)③); unclassifiable information goes to the
 * principal (2-2(4)③).
 */
interface Row {
  q: string;
  decision: DecisionValue;
  cls: ClassId | null;
  action: ActionId | null;
  /** Catalog item id; undefined = not asserted, null = no item expected. */
  asset?: string | null;
  cites: string[];
  /** Follow-up choices that must be offered (unknown answers). */
  choices?: string[];
  /** Words the answer text must contain (a condition, a scope). */
  says?: string[];
  /** Citations that must not be there (a row the question does not touch). */
  notCites?: string[];
}

type Extra = Pick<Row, 'choices' | 'says' | 'notCites'>;
const r = (
  q: string,
  decision: DecisionValue,
  cls: ClassId | null,
  action: ActionId | null,
  asset: string | null | undefined,
  cites: string[],
  extra: Extra = {},
): Row => ({ q, decision, cls, action, asset, cites, ...extra });

// Citations per cell, from the seed (see the header).
const MAIL_I = ['第3表', '2-2(9)①'];
const TAKEOUT_I = ['第3表', '2-2(8)①', '4-1(1)③ア'];
const TAKEOUT_III = ['2-2(8)②'];
const HOME_I = ['第3表'];
const HOME_III = ['4-1(1)③エ'];
const POST_I = ['第3表', '2-2(10)①'];
const POST_III = ['2-2(10)①'];
const FAX = ['2-2(9)②'];
const PERSONAL = ['第3表', '5-1(14)⑤'];
const T3 = ['第3表'];
const USB = ['第3表', '4-1(1)④'];
const CLOUD = ['第3表', '2-2(7)⑤'];
const COPY_I = ['2-2(6)②'];
const DISPOSE = ['2-2(12)①'];
const OUTSIDE_III = ['4-1(1)③エ'];
const DEVICE_III = ['4-1(1)③ウ'];
const SNS = ['8-3②'];
const PUBLISH_III = ['2-2(11)②'];
const DESK_III = ['4-1(1)⑥'];
const TRANSPORT = ['2-2(10)②'];
const UNKNOWN = ['2-2(4)③'];
const MIXED = '2-2(5)③';

const JA: Row[] = [
  // ---- 外部電子メール -------------------------------------------------------
  r('通知表をメールで保護者に送ってもいいですか？', 'conditional', 'II', 'email_external', 'report_card', MAIL_I),
  r('健康診断票の結果を保護者にメールで送りたいです', 'conditional', 'I', 'email_external', 'health_exam', MAIL_I),
  r('座席表をメールに添付して外部に送っても大丈夫？', 'conditional', 'III', 'email_external', 'seating_chart', MAIL_I),
  r('学級だよりを地域の方にメールで送ってもいい？', 'allowed', 'IV', 'email_external', 'newsletters', T3),
  r('進路希望調査をＥメールで送信してもいいですか', 'conditional', 'II', 'email_external', 'career_survey', MAIL_I),
  r('職員会議の資料をメールで外部の講師に送っていい？', 'conditional', 'III', 'email_external', 'staff_meeting_docs', MAIL_I),
  r('成績一覧を教育委員会にメールで送ってもよいでしょうか', 'conditional', 'II', 'email_external', 'grade_records', MAIL_I),
  r('学校紹介パンフレットのPDFを、メールで中学校に送ってもいいですか', 'allowed', 'IV', 'email_external', 'school_brochure', T3),
  r('指導要録をメールで転校先に送ってもいいですか？', 'conditional', 'I', 'email_external', 'cumulative_record', MAIL_I),
  r('通知票をメールで送付していい？', 'conditional', 'II', 'email_external', 'report_card', MAIL_I),
  r('内申書をメールで高校に送りたい', 'conditional', 'I', 'email_external', 'school_report', MAIL_I),
  r('歯科検診の結果をメールで送信したい', 'conditional', 'I', 'email_external', 'dental_exam', MAIL_I),
  r('入試問題をメールで送ってもいいですか', 'conditional', 'II', 'email_external', 'entrance_exam_questions', MAIL_I),
  r('学校設定科目の届け出をメールで送りたい', 'allowed', 'IV', 'email_external', 'elective_notification', T3),
  r('生年月日と性別のデータをメールで送ってもいい？', 'conditional', 'III', 'email_external', 'birthdate_gender', MAIL_I),
  r('座席表をﾒｰﾙで送信したい', 'conditional', 'III', 'email_external', 'seating_chart', MAIL_I),

  // ---- 外部持ち出し ---------------------------------------------------------
  r('通知表を学校の外に持ち出してもいいですか', 'permit_required', 'II', 'take_out', 'report_card', TAKEOUT_I),
  r('出席簿を校外に持ち出したい', 'permit_required', 'I', 'take_out', 'attendance_book', TAKEOUT_I),
  r('座席表を持ち出してもいい？', 'conditional', 'III', 'take_out', 'seating_chart', TAKEOUT_III),
  r('学校要覧を外部に持ち出すのは問題ありますか', 'allowed', 'IV', 'take_out', 'school_profile', T3),
  r('指導案を研修会場に持ち出したい', 'conditional', 'III', 'take_out', 'material_research', TAKEOUT_III),
  r('教務手帳を持ち出して出張に行っても大丈夫？', 'permit_required', 'II', 'take_out', 'teacher_notebook', TAKEOUT_I),
  r('生徒指導の記録を校外へ持ち出す必要があります', 'permit_required', 'I', 'take_out', 'guidance_record', TAKEOUT_I),
  r('部活動名簿を遠征先に持ち出してもいいですか', 'conditional', 'III', 'take_out', 'club_list', TAKEOUT_III),
  r('要保護の認定台帳を持ち出したい', 'permit_required', 'I', 'take_out', 'aid_register', TAKEOUT_I),
  r('学年費の会計簿を持ち出してもいいですか', 'allowed', 'IV', 'take_out', 'fee_ledger', T3),

  // ---- 自宅持ち帰り ---------------------------------------------------------
  r('通知表を家に持ち帰って書いてもいいですか', 'prohibited', 'II', 'take_home', 'report_card', HOME_I),
  r('テストの答案を持ち帰って採点したい', 'prohibited', 'II', 'take_home', 'answer_sheets', HOME_I),
  r('採点済みの答案を自宅に持って帰ってもいいですか', 'prohibited', 'II', 'take_home', 'answer_sheets', HOME_I),
  r('授業プリントを持ち帰ってもいいですか？', 'conditional', 'III', 'take_home', 'teaching_materials', HOME_III),
  r('学年だよりの原稿を家に持ち帰りたい', 'conditional', 'IV', 'take_home', 'newsletters', HOME_III),
  r('確認テストの問題を持ち帰って作りたい', 'conditional', 'III', 'take_home', 'confirmation_test', HOME_III),
  r('健康診断票を持ち帰ってもいいですか', 'prohibited', 'I', 'take_home', 'health_exam', HOME_I),
  r('指導要録を家に持ち帰って仕上げたいのですが', 'prohibited', 'I', 'take_home', 'cumulative_record', HOME_I),
  r('心のアンケートの結果を家に持って帰ってもいい？', 'prohibited', 'I', 'take_home', 'kokoro_survey', HOME_I),
  r('あゆみを持ち帰ってもいいでしょうか', 'prohibited', 'II', 'take_home', 'report_card', HOME_I),
  r('えんま帳を家に持って帰ってもいい？', 'prohibited', 'II', 'take_home', 'teacher_notebook', HOME_I),
  r('人権作文を持ち帰って読んでもいいですか', 'prohibited', 'I', 'take_home', 'human_rights_report', HOME_I),
  r('校務分掌表を持ち帰りたい', 'conditional', 'IV', 'take_home', 'duty_assignment', HOME_III),
  r(
    '職員緊急連絡網を自宅に持ち帰ってもいいですか？緊急時に必要なので',
    'prohibited',
    'I',
    'take_home',
    'staff_emergency_contacts',
    HOME_I,
  ),

  // ---- 郵送・宅配（紙） -----------------------------------------------------
  r('通知表を郵送してもいいですか', 'conditional', 'II', 'post_paper', 'report_card', POST_I),
  r('調査書を高校に郵送します。注意点は？', 'conditional', 'I', 'post_paper', 'school_report', POST_I),
  r('学校だよりを保護者に郵送したい', 'allowed', 'IV', 'post_paper', 'newsletters', T3),
  r('卒業アルバムを宅配便で送ってもいい？', 'conditional', 'III', 'post_paper', 'graduation_album', POST_III),
  r('願書をレターパックで送っていいですか', 'conditional', 'I', 'post_paper', 'admission_forms', POST_I),
  r('通信簿を宅急便で送る', 'conditional', 'II', 'post_paper', 'report_card', POST_I),
  r('給食費の書類を郵送したい', 'conditional', 'II', 'post_paper', 'school_lunch_docs', POST_I),
  r('遠足のしおりを郵送しても大丈夫？', 'allowed', 'IV', 'post_paper', 'event_booklet', T3),

  // ---- 郵送・宅配（外部記録媒体） -------------------------------------------
  // Post + a medium is post_media alone: 第3表 has its own row for posting media.
  r('成績データをUSBに入れて郵送してもいいですか', 'conditional', 'II', 'post_media', 'grade_records', POST_I, {}),
  r('授業の動画をDVDに焼いて保護者に郵送してもいい？', 'conditional', 'III', 'post_media', 'activity_records', POST_III, {}),
  r('教育課程編成表をUSBメモリで郵送します', 'allowed', 'IV', 'post_media', 'curriculum_plan', T3, {}),
  r('体温チェック表をSDカードに入れて宅配で送る', 'conditional', 'II', 'post_media', 'temperature_check', POST_I, {}),

  // ---- FAX ------------------------------------------------------------------
  r('出席簿をFAXで教育委員会に送ってもいい？', 'conditional', 'I', 'fax', 'attendance_book', FAX),
  r('事故報告書をファックスで送ってもいいですか', 'conditional', 'II', 'fax', 'accident_report', FAX),
  r('行事計画をＦＡＸしてもいいですか', 'conditional', 'IV', 'fax', 'event_plan', FAX),
  r('病院から求められたので健康診断の結果をファクスで送りたい', 'conditional', 'I', 'fax', 'health_exam', FAX),
  r('ＦＡＸで送ってもいいですか？', 'conditional', null, 'fax', null, FAX),
  r('出勤簿をＦＡＸで送ってもいいですか', 'conditional', 'II', 'fax', 'staff_attendance', FAX),
  r('使用教科書一覧をFAXで送っていい？', 'conditional', 'IV', 'fax', 'textbook_list', FAX),

  // ---- 個人契約のサービス（LINE・個人Gmail など） ---------------------------
  r('通知表の所見をLINEで保護者に送ってもいい？', 'prohibited', 'II', 'personal_cloud', 'report_card', PERSONAL),
  r('クラスの写真をLINEで送ってもいいですか', 'prohibited', 'III', 'personal_cloud', 'activity_records', PERSONAL),
  r('学級だよりをLINEで配ってもいい？', 'prohibited', 'IV', 'personal_cloud', 'newsletters', PERSONAL),
  r('個人のGmailに成績を転送してもいいですか', 'prohibited', 'II', 'personal_cloud', 'grade_records', PERSONAL),
  r('LINEで送ってもいい？', 'prohibited', null, 'personal_cloud', null, PERSONAL),
  r('自分のGoogleドライブに座席表を保存してもいいですか', 'prohibited', 'III', 'personal_cloud', 'seating_chart', PERSONAL),
  r('ギガファイル便で動画を保護者に共有したい', 'prohibited', 'III', 'personal_cloud', 'activity_records', PERSONAL),
  r('Dropboxに教材を置いてもいいですか', 'prohibited', 'III', 'personal_cloud', 'teaching_materials', PERSONAL),
  r('教職員の住所録をLINEで共有', 'prohibited', 'I', 'personal_cloud', 'staff_address_book', PERSONAL),

  // ---- 外部への情報提供 -----------------------------------------------------
  r('成績を塾に提供してもいいですか', 'conditional', 'II', 'provide_external', 'grade_records', T3),
  r('学校要覧を地域の方に渡してもいいですか', 'allowed', 'IV', 'provide_external', 'school_profile', T3),
  r('部活動名簿を大会の主催者に提出してもいいですか', 'allowed', 'III', 'provide_external', 'club_list', T3),
  r('児童の住所録を業者に渡してもいいですか', 'conditional', 'I', 'provide_external', 'student_address_book', T3),
  r('進路希望調査の結果を高校に提供したい', 'conditional', 'II', 'provide_external', 'career_survey', T3),
  r('卒業生進路先一覧を外部の方に見せても大丈夫？', 'conditional', 'II', 'provide_external', 'graduate_destinations', T3),
  r('ネットワーク構成図を業者に提供してもいいか', 'conditional', 'II', 'provide_external', 'system_specs', T3),

  // ---- USBメモリ等 ----------------------------------------------------------
  r('通知表のデータをUSBメモリに保存してもいいですか', 'consult', 'II', 'usb', 'report_card', USB),
  r('USBメモリは使ってもいいですか', 'consult', null, 'usb', null, USB),
  r('座席表をUSBにコピーしたい', 'consult', 'III', 'usb', 'seating_chart', USB),
  r('学級だよりのデータを外付けハードディスクにバックアップしてもいい？', 'consult', 'IV', 'usb', 'newsletters', USB),
  r('ＳＤカードに授業の写真を入れてもいい？', 'consult', 'III', 'usb', 'activity_records', USB),
  r('ＵＳＢメモリに通知表を入れていい？', 'consult', 'II', 'usb', 'report_card', USB),
  r('職員住所録をUSBに保存してもいいですか', 'consult', 'I', 'usb', 'staff_address_book', USB),

  // ---- クラウドサービスに保管 -----------------------------------------------
  r('通知表をOneDriveに保存してもいいですか', 'prohibited', 'II', 'cloud_store', 'report_card', CLOUD),
  r('健康診断票をGoogleドライブに置いてもいい？', 'prohibited', 'I', 'cloud_store', 'health_exam', CLOUD),
  r('授業の資料をクラウドに保存してもいいですか', 'allowed', 'III', 'cloud_store', 'teaching_materials', CLOUD),
  r('座席表をTeamsに上げてもいいですか', 'allowed', 'III', 'cloud_store', 'seating_chart', CLOUD),
  r('学年だよりをグーグルドライブで共有してもいいですか', 'allowed', 'IV', 'cloud_store', 'newsletters', CLOUD),
  r('生徒の住所をクラウドに上げていい？', 'prohibited', 'I', 'cloud_store', 'student_personal_info', CLOUD),
  r('評定一覧表をTeamsのチャットに添付してもいいですか', 'prohibited', 'I', 'cloud_store', 'grade_summary', CLOUD),
  r('過去のテスト問題をクラウドに保存していいですか', 'allowed', 'III', 'cloud_store', 'past_tests', CLOUD),
  r('きずなアンケートの回答をロイロノートで集めてもいい？', 'prohibited', 'I', 'cloud_store', 'kizuna_survey', CLOUD),
  r('記入前のきずなアンケートをロイロノートで配りたい', 'allowed', 'IV', 'cloud_store', 'blank_survey', CLOUD),
  r('ヒヤリハットの報告をクラウドにアップしてもいいですか', 'prohibited', 'II', 'cloud_store', 'accident_report', CLOUD),
  r('委員会名簿をTeamsで共有していいですか', 'allowed', 'III', 'cloud_store', 'committee_list', CLOUD),
  r('ｸﾗｳﾄﾞに健康診断票を保存してもいい？', 'prohibited', 'I', 'cloud_store', 'health_exam', CLOUD),
  r('Ｇｏｏｇｌｅドライブに時間割を置いてもいい？', 'allowed', 'IV', 'cloud_store', 'curriculum_plan', CLOUD),
  r('２年３組の座席表をＴｅａｍｓに上げていい？', 'allowed', 'III', 'cloud_store', 'seating_chart', CLOUD),

  // ---- 複製・配布 -----------------------------------------------------------
  r('通知表をコピーしてもいいですか', 'permit_required', 'II', 'copy', 'report_card', COPY_I),
  r('健康診断票を複写して保健室で保管したい', 'permit_required', 'I', 'copy', 'health_exam', COPY_I),
  r('学級名簿をコピーして配ってもいいですか', 'allowed', 'III', 'copy', 'class_list', T3),
  r('学年だよりを印刷して配布したい', 'allowed', 'IV', 'copy', 'newsletters', T3),
  r('素点表をコピーしていい？', 'permit_required', 'II', 'copy', 'raw_score_sheet', COPY_I),
  r('個別の教育支援計画を複製して関係機関に渡してもいいですか', 'permit_required', 'I', 'copy', 'support_plan', COPY_I),
  r('過去問をコピーして生徒に配りたい', 'allowed', 'III', 'copy', 'past_tests', T3),
  r('卒業証書授与台帳をコピーしてもいいですか', 'permit_required', 'I', 'copy', 'diploma_register', COPY_I),
  r('運動会実施計画を保護者に配布していい？', 'allowed', 'IV', 'copy', 'event_plan', T3),

  // ---- 廃棄 -----------------------------------------------------------------
  r('古い通知表の控えを廃棄してもいいですか', 'permit_required', 'II', 'dispose', 'report_card', DISPOSE),
  r('去年の出席簿を捨ててもいい？', 'permit_required', 'I', 'dispose', 'attendance_book', DISPOSE),
  r('学級だよりの余りを捨ててもいいですか', 'permit_required', 'IV', 'dispose', 'newsletters', DISPOSE),
  r('答案用紙をシュレッダーにかけてもいいですか', 'permit_required', 'II', 'dispose', 'answer_sheets', DISPOSE),
  r('職員会議の資料を処分してもいいですか', 'permit_required', 'III', 'dispose', 'staff_meeting_docs', DISPOSE),
  r('期末テストの答案を溶解処分に出したい', 'permit_required', 'II', 'dispose', 'answer_sheets', DISPOSE),
  r('いじめアンケートをシュレッダーで捨てたい', 'permit_required', 'I', 'dispose', 'kizuna_survey', DISPOSE),
  // 2-2(12)①: every disposal needs the principal's permission, whatever the class, so no class is needed.
  r('古い書類をシュレッダーで処分してもいいですか', 'permit_required', null, 'dispose', null, DISPOSE, {}),

  // ---- 外部での情報処理 -----------------------------------------------------
  // Work at home said with nothing about how (自宅で書く) takes the papers home; a café, telework or
  // the cloud from home stays work outside (4-1(1)③).
  r('通知表の所見を自宅で書いてもいいですか', 'prohibited', 'II', 'take_home', 'report_card', T3),
  r('家で成績処理をしてもいいですか', 'prohibited', 'II', 'take_home', 'grade_records', T3),
  r('授業プリントを家で作成してもいい？', 'conditional', 'III', 'take_home', 'teaching_materials', OUTSIDE_III),
  r('学級だよりを自宅で作ってもいいですか', 'conditional', 'IV', 'take_home', 'newsletters', OUTSIDE_III),
  r('テレワークで指導要録を入力してもいいですか', 'prohibited', 'I', 'process_outside', 'cumulative_record', T3),
  r('カフェで教材研究の資料を作ってもいい？', 'conditional', 'III', 'process_outside', 'material_research', OUTSIDE_III),
  r('家庭訪問の記録を自宅で書いてもいい？', 'prohibited', 'II', 'take_home', 'home_visit_record', T3),

  // ---- 私物端末 -------------------------------------------------------------
  r('私物のパソコンで通知表を作ってもいいですか', 'prohibited', 'II', 'private_device', 'report_card', T3),
  r('自分のスマホで授業の写真を撮ってもいいですか', 'permit_required', 'III', 'private_device', 'activity_records', DEVICE_III),
  r('私物のiPadで座席表を見てもいい？', 'permit_required', 'III', 'private_device', 'seating_chart', DEVICE_III),
  r('個人のスマホに生徒の電話番号を登録してもいいですか', 'prohibited', 'I', 'private_device', 'student_personal_info', T3),
  r('自宅のパソコンで学年だよりを作りたい', 'permit_required', 'IV', 'private_device', 'newsletters', DEVICE_III),

  // ---- SNS ------------------------------------------------------------------
  r('運動会の写真をインスタに載せてもいいですか', 'prohibited', 'III', 'sns_post', 'activity_records', SNS),
  r('保護者の承諾がある写真をSNSに投稿してもいいですか', 'allowed', 'IV', 'sns_post', 'activity_records_public', SNS),
  r('学校だよりをフェイスブックで発信してもいいですか', 'allowed', 'IV', 'sns_post', 'newsletters', SNS),
  r('生徒の作品をX(旧Twitter)に投稿してもいい？', 'prohibited', 'III', 'sns_post', 'learning_records', SNS),
  r('修学旅行の写真をブログに載せたい（保護者の同意済み）', 'allowed', 'IV', 'sns_post', 'activity_records_public', SNS),
  r('学習指導案をブログに載せてもいい？', 'prohibited', 'III', 'sns_post', 'material_research', SNS),
  r('授業の様子の動画をYouTubeにアップしていい？', 'prohibited', 'III', 'sns_post', 'activity_records', SNS),
  r('保護者の同意がない児童の作品をSNSに載せたい', 'prohibited', 'III', 'sns_post', 'learning_records', SNS),

  // ---- ホームページ等での公開 -----------------------------------------------
  r('学校だよりをホームページに掲載してもいいですか', 'allowed', 'IV', 'publish', 'newsletters', T3),
  r('運動会の写真をホームページに載せてもいいですか', 'consult', 'III', 'publish', 'activity_records', PUBLISH_III),
  r('保護者の承諾を得た児童の作品を学校のホームページで公開したい', 'allowed', 'IV', 'publish', 'learning_records_public', T3),
  r('承諾がない写真をホームページに掲載してもいい？', 'consult', 'III', 'publish', 'activity_records', PUBLISH_III),
  r('テストの結果をホームページで公開してもいいですか', 'prohibited', 'II', 'publish', 'grade_records', T3),
  r('学校行事のしおりをHPに載せても大丈夫？', 'allowed', 'IV', 'publish', 'event_booklet', T3),
  r('卒業アルバムの写真をWebサイトに公開してもいいですか', 'consult', 'III', 'publish', 'graduation_album', PUBLISH_III),
  r('時間割をホームページで公開してもいい？', 'allowed', 'IV', 'publish', 'curriculum_plan', T3),
  r('学校経営案をホームページに載せたい', 'consult', 'III', 'publish', 'school_management_plan', PUBLISH_III),
  r(
    '作文コンクールの作品を、保護者の同意を得てホームページに載せてもいいですか',
    'allowed',
    'IV',
    'publish',
    'learning_records_public',
    T3,
  ),
  r('各種届の雛形をホームページに掲載してもいいですか', 'allowed', 'IV', 'publish', 'form_templates', T3),

  // ---- 机上への置き去り -----------------------------------------------------
  r('通知表を机の上に置いたまま帰ってもいいですか', 'prohibited', 'II', 'leave_on_desk', 'report_card', T3),
  r('出席簿を教卓に置きっぱなしにしてもいい？', 'prohibited', 'I', 'leave_on_desk', 'attendance_book', T3),
  r('座席表を机上に置いておいても大丈夫ですか', 'conditional', 'III', 'leave_on_desk', 'seating_chart', DESK_III),
  r('学年だよりを机の上に置いておいてもいい？', 'conditional', 'IV', 'leave_on_desk', 'newsletters', DESK_III),
  r('採点済みのテストを机に置いたまま離席してもいいですか', 'prohibited', 'II', 'leave_on_desk', 'answer_sheets', T3),
  r('パスワード一覧を机に置いておいてもいいですか', 'prohibited', 'II', 'leave_on_desk', 'system_credentials', T3),
  r('食物アレルギーの一覧を机の上に置いておいてもいい？', 'prohibited', 'I', 'leave_on_desk', 'life_guidance_form', T3),

  // ---- 搬送・運搬 -----------------------------------------------------------
  r('通知表を車で運んでもいいですか', 'permit_required', 'II', 'transport', 'report_card', TRANSPORT),
  r('指導要録を教育委員会まで車で運搬したい', 'permit_required', 'I', 'transport', 'cumulative_record', TRANSPORT),
  r('授業用教材を車に積んで運んでもいい？', 'permit_required', 'III', 'transport', 'teaching_materials', TRANSPORT),
  r('学校要覧を車で運んでもいいですか', 'allowed', 'IV', 'transport', 'school_profile', TRANSPORT),
  r('卒業証書授与台帳を会場まで運びたい', 'permit_required', 'I', 'transport', 'diploma_register', TRANSPORT),
  r('卒業アルバムを車で運んでもいいですか', 'permit_required', 'III', 'transport', 'graduation_album', TRANSPORT),

  // ---- 紛らわしい組（第2表の但し書き） ---------------------------------------
  r('記入前のアンケートをメールで送ってもいいですか', 'allowed', 'IV', 'email_external', 'blank_survey', T3),
  r('きずなアンケートをメールで送ってもいいですか', 'conditional', 'I', 'email_external', 'kizuna_survey', MAIL_I),
  r('記入済みのきずなアンケートを持ち帰ってもいいですか', 'prohibited', 'I', 'take_home', 'kizuna_survey', HOME_I),
  r('白紙のきずなアンケートを持ち帰ってもいいですか', 'conditional', 'IV', 'take_home', 'blank_survey', HOME_III),
  r('心のアンケートをクラウドに保存してもいいですか', 'prohibited', 'I', 'cloud_store', 'kokoro_survey', CLOUD),
  r('未記入の心のアンケートをクラウドに保存してもいいですか', 'allowed', 'IV', 'cloud_store', 'blank_survey', CLOUD),
  r('出席簿補助簿を持ち帰ってもいいですか', 'conditional', 'III', 'take_home', 'attendance_sub_book', HOME_III),
  r('出席簿を持ち帰ってもいいですか', 'prohibited', 'I', 'take_home', 'attendance_book', HOME_I),
  r('出席簿補助簿をクラウドで管理してもいいですか', 'allowed', 'III', 'cloud_store', 'attendance_sub_book', CLOUD),
  r('出席簿をクラウドで管理してもいいですか', 'prohibited', 'I', 'cloud_store', 'attendance_book', CLOUD),
  r('答案用紙をクラウドに保存していい？', 'prohibited', 'II', 'cloud_store', 'answer_sheets', CLOUD),
  r('確認テストの問題をクラウドに保存していい？', 'allowed', 'III', 'cloud_store', 'confirmation_test', CLOUD),
  r('活動記録の写真をホームページに載せたい', 'consult', 'III', 'publish', 'activity_records', PUBLISH_III),
  r('保護者の承諾がない写真をSNSに上げてもいい？', 'prohibited', 'III', 'sns_post', 'activity_records', SNS),
  r('就学時健康診断票をコピーしてもいいですか', 'permit_required', 'I', 'copy', 'preschool_health_exam', COPY_I),
  r('健康診断票をコピーしてもいいですか', 'permit_required', 'I', 'copy', 'health_exam', COPY_I),
  r('住所録をメールで送ってもいいですか', 'conditional', 'I', 'email_external', 'student_address_book', MAIL_I),
  r('学校の住所をメールで送ってもいいですか', 'unknown', null, 'email_external', null, UNKNOWN),
  r('本校の電話番号を載せた学級だよりをメールで送信したい', 'allowed', 'IV', 'email_external', 'newsletters', T3),

  // ---- 分類を上げる内容（2-2(5)③）・複数の資産 -------------------------------
  r('学級だよりに生徒の電話番号を載せてメールで送ってもいいですか', 'conditional', 'I', 'email_external', 'newsletters', [
    ...MAIL_I,
    MIXED,
  ]),
  r('生徒の電話番号入りの学級だよりを印刷して配ってもいい？', 'permit_required', 'I', 'copy', 'newsletters', [...COPY_I, MIXED]),
  r('住所入りの座席表をクラウドに保存してもいい？', 'prohibited', 'I', 'cloud_store', 'seating_chart', [...CLOUD, MIXED]),
  r('部活動名簿に保護者の連絡先を追加したものを持ち出したい', 'permit_required', 'I', 'take_out', 'club_list', [
    ...TAKEOUT_I,
    MIXED,
  ]),
  r('学年だよりと通知表を一緒に郵送してもいいですか', 'conditional', 'II', 'post_paper', 'report_card', [...POST_I, MIXED]),
  r('座席表と健康診断票をクラウドに保存したい', 'prohibited', 'I', 'cloud_store', 'health_exam', [...CLOUD, MIXED]),
  r('分類Ⅱの資料をメールで送っていいですか', 'conditional', 'II', 'email_external', null, MAIL_I),
  r('重要性分類Ⅲの文書を持ち出したい', 'conditional', 'III', 'take_out', null, TAKEOUT_III),
  r('分類Ⅲの資料をＵＳＢに入れてもいい？', 'consult', 'III', 'usb', null, USB),

  // ---- 複数の行為（いちばん厳しいもの） --------------------------------------
  r('通知表をUSBに入れて家に持ち帰ってもいいですか', 'prohibited', 'II', 'take_home', 'report_card', HOME_I),
  r('指導要録をUSBに入れて持ち帰ってもいいですか', 'prohibited', 'I', 'take_home', 'cumulative_record', HOME_I),
  r('座席表をUSBに入れて持ち帰りたい', 'consult', 'III', 'usb', 'seating_chart', USB),
  r('教材をコピーしてUSBで持ち出したい', 'consult', 'III', 'usb', 'teaching_materials', USB),
  r('学級だよりを印刷してFAXしてもいいですか', 'conditional', 'IV', 'fax', 'newsletters', FAX),
  r('授業プリントを持ち帰って自宅で作業してもいい？', 'conditional', 'III', 'take_home', 'teaching_materials', HOME_III),
  r('成績をメールで送って、印刷して配ってもいいですか', 'permit_required', 'II', 'copy', 'grade_records', COPY_I),

  // ---- 言い回しのゆれ ---------------------------------------------------------
  r('通知表ってもちかえっていいんだっけ？', 'prohibited', 'II', 'take_home', 'report_card', HOME_I),
  r('成績表を保護者にメール送信してOK？', 'conditional', 'II', 'email_external', 'report_card', MAIL_I),
  r('テスト結果をメールで送りたい', 'conditional', 'II', 'email_external', 'grade_records', MAIL_I),
  // 写し = 複製: making the copy needs permission (第3表 複製・配布, 2-2(6)②), stricter than posting it.
  r('指導要録の写しを中学校に送付したい', 'permit_required', 'I', 'copy', 'cumulative_record', COPY_I),
  r('生徒の写真をインスタグラムに投稿していいですか', 'prohibited', 'III', 'sns_post', 'activity_records', SNS),
  r('児童の顔写真をホームページにのせてもいい？', 'consult', 'III', 'publish', 'activity_records', PUBLISH_III),
  r('スキャンした通知表をPDFでTeamsに送ってもいい？', 'prohibited', 'II', 'cloud_store', 'report_card', CLOUD),
  r('学年通信をプリントして配っていいですか', 'allowed', 'IV', 'copy', 'newsletters', T3),
  r('成績処理のファイルを自宅PCで作業したい', 'prohibited', 'II', 'private_device', 'grade_records', T3),
  r('三者面談の記録をUSBで持ち帰りたい', 'prohibited', 'I', 'take_home', 'counseling_record', HOME_I),
  r('健康観察カードをシュレッダーしていい？', 'permit_required', 'I', 'dispose', 'health_exam', DISPOSE),
  r('学級通信を保護者にLINEで送りたい', 'prohibited', 'IV', 'personal_cloud', 'newsletters', PERSONAL),
  r('卒アルの写真データをギガファイル便で業者に送りたい', 'prohibited', 'III', 'personal_cloud', 'graduation_album', PERSONAL),
  r('生徒のレポートを家で採点してもいいですか', 'conditional', 'III', 'take_home', 'learning_records', OUTSIDE_III),
  r('児童の作文を自宅に持ち帰って添削したい', 'conditional', 'III', 'take_home', 'learning_records', HOME_III),
  r('授業で撮った動画を個人のスマホに保存していい？', 'permit_required', 'III', 'private_device', 'activity_records', DEVICE_III),
  r('体温表をFAXしてもいい？', 'conditional', 'II', 'fax', 'temperature_check', FAX),
  r('給食だよりをホームページにアップしていい？', 'allowed', 'IV', 'publish', 'newsletters', T3),
  r('職員会議録を自宅で読んでもいい？', 'conditional', 'III', 'take_home', 'staff_meeting_docs', OUTSIDE_III),
  r('教職員の人事評価の資料を持ち出したい', 'permit_required', 'I', 'take_out', 'staff_personnel', TAKEOUT_I),
  r('いじめの記録をクラウドで共有してもいいですか', 'prohibited', 'I', 'cloud_store', 'guidance_record', CLOUD),
  r('指導記録簿を机に出しっぱなしにしていい？', 'prohibited', 'I', 'leave_on_desk', 'guidance_record', T3),
  r('就学援助の書類を郵送で返送してもいい？', 'conditional', 'I', 'post_paper', 'school_aid_docs', POST_I),
  r('学校徴収金の会計報告を保護者に配ってもいい？', 'allowed', 'IV', 'copy', 'fee_ledger', T3),
  r('連絡網を作ってLINEグループで共有していい？', 'prohibited', 'I', 'personal_cloud', 'student_address_book', PERSONAL),
  r('転入生の書類をメールで前の学校に送ってもいい？', 'conditional', 'II', 'email_external', 'transfer_in_register', MAIL_I),
  r('入試の願書をコピーしていいですか', 'permit_required', 'I', 'copy', 'admission_forms', COPY_I),
  r('学習プリントをロイロで配信していい？', 'allowed', 'III', 'cloud_store', 'teaching_materials', CLOUD),
  r('研究授業の指導案を他校の先生にメールで送りたい', 'conditional', 'III', 'email_external', 'material_research', MAIL_I),

  r('保護者から公開の許可をもらっている写真をHPに載せたい', 'allowed', 'IV', 'publish', 'activity_records_public', T3),
  r('承諾書をもらった児童の作品を学校HPに掲載してもいい？', 'allowed', 'IV', 'publish', 'learning_records_public', T3),
  r(
    '掲載に同意していない家庭の子が写っている写真をホームページに載せたい',
    'consult',
    'III',
    'publish',
    'activity_records',
    PUBLISH_III,
  ),
  r('記入済みの心のアンケートをスキャンしてOneDriveに入れたい', 'prohibited', 'I', 'cloud_store', 'kokoro_survey', CLOUD),
  r('まだ配っていないきずなアンケートの用紙をコピーしたい', 'allowed', 'IV', 'copy', 'blank_survey', T3),
  r('出席簿の補助簿をTeamsに置いてもいい？', 'allowed', 'III', 'cloud_store', 'attendance_sub_book', CLOUD),
  r('去年の定期テストの問題をクラウドに保存していい？', 'allowed', 'III', 'cloud_store', 'past_tests', CLOUD),
  r('期末テストの問題用紙を作ったので自宅で見直したい', 'prohibited', 'II', 'take_home', 'regular_exam', T3),

  // ---- 監査で見つかった誤り（2-2(5)①④, 4-1(1)②③ウ, 5-1(14)①, 第2表の雛形・配布文書） ----------
  // 「ライン」 inside オンライン / ガイドライン is not LINE; LINE and ライン still are.
  r('オンラインで授業資料を共有していい？', 'allowed', 'III', 'cloud_store', 'teaching_materials', CLOUD),
  r('指導案をオンラインストレージに保存', 'allowed', 'III', 'cloud_store', 'material_research', CLOUD),
  r('ｵﾝﾗｲﾝ会議で名簿を画面共有', 'unknown', null, 'provide_external', null, UNKNOWN, { choices: ['class_list'] }),
  r('ガイドラインをUSBに保存したい', 'consult', null, 'usb', null, USB),
  r('ラインで学級だよりを送っていい？', 'prohibited', 'IV', 'personal_cloud', 'newsletters', PERSONAL),
  // A blank form (様式, テンプレート, 記入前) is 各種届雛形, class Ⅳ.
  r('通知表の様式をクラウドに置いてもいい？', 'allowed', 'IV', 'cloud_store', 'form_templates', CLOUD, { notCites: [MIXED] }),
  r('通知表のテンプレートをTeamsで共有', 'allowed', 'IV', 'cloud_store', 'form_templates', CLOUD),
  r('記入前の保健調査票を配る', 'allowed', 'IV', 'copy', 'form_templates', T3),
  r('出席簿の様式をコピー', 'allowed', 'IV', 'copy', 'form_templates', T3),
  r('白紙の通知表をコピーしたい', 'allowed', 'IV', 'copy', 'form_templates', T3),
  r('記入済みの様式をクラウドに保存したい', 'unknown', null, 'cloud_store', null, UNKNOWN),
  // The event's schedule or notice is a letter to parents (保護者等への配布文書, Ⅳ), not its record.
  r('健康診断のお知らせをHPに載せたい', 'allowed', 'IV', 'publish', 'parent_handouts', T3),
  r('個人面談の日程表を配布', 'allowed', 'IV', 'copy', 'parent_handouts', T3),
  r('家庭訪問の日程表を配って', 'allowed', 'IV', 'copy', 'parent_handouts', T3),
  r('三者面談の予定を保護者にメールで送りたい', 'allowed', 'IV', 'email_external', 'parent_handouts', T3),
  r('健康診断の結果のお知らせをメールで送りたい', 'conditional', 'I', 'email_external', 'health_exam', MAIL_I),
  // Use outside work (2-2(5)①, 4-1(1)②) and telling others' sensitive information (第3表, 2-2(5)④).
  r('児童の住所を年賀状のために教えてもらっていい？', 'prohibited', 'I', 'provide_external', 'student_personal_info', [
    '2-2(5)①',
    '4-1(1)②',
  ]),
  r('年賀状を出すのに住所録を使ってもいい？', 'prohibited', 'I', null, 'student_address_book', ['2-2(5)①', '4-1(1)②']),
  r('他の生徒の点数を保護者に教えてもいい？', 'prohibited', 'II', 'provide_external', 'grade_records', ['第3表', '2-2(5)④']),
  r('他の生徒の成績をメールで教育委員会に送る', 'conditional', 'II', 'email_external', 'grade_records', MAIL_I),
  // A rule that holds for every class answers without one (5-1(14)① auto-forwarding, 5-1(14)⑤).
  r('学校のメールを個人のGmailに自動転送したい', 'prohibited', null, 'personal_cloud', null, ['5-1(14)①', ...PERSONAL]),
  r('メールを自動転送してもいいですか', 'prohibited', null, 'email_external', null, ['5-1(14)①']),
  // A private stick is brought from outside and plugged into a work device (3-5⑪): the rule, not the table.
  r('私物のUSBを使ってもいい？', 'prohibited', null, 'usb', null, ['3-5⑪']),
  r('個人で購入したUSBメモリに面接記録を保存したい', 'prohibited', 'I', 'usb', 'counseling_record', ['3-5⑪']),
  r('USBメモリを捨てたいけど中に成績', 'permit_required', 'II', 'dispose', 'grade_records', DISPOSE),
  // A personal device with no information named: 4-1(1)③ウ for the city's cloud, class Ⅲ or lower.
  r('私物のスマホでTeamsを使っていい？', 'permit_required', null, 'private_device', null, [...DEVICE_III, '2-2(7)⑤'], {
    says: ['申告', '重要性分類Ⅰ・Ⅱの情報'],
  }),
  r('自宅の私用PCからTeamsにアクセスしていい？', 'permit_required', null, 'private_device', null, DEVICE_III, {
    says: ['重要性分類Ⅲ・Ⅳの情報'],
  }),
  r('個人の携帯で保護者に連絡してもいい？', 'permit_required', null, 'private_device', null, DEVICE_III),
  r('スマホで授業の写真を撮っていい？', 'permit_required', 'III', 'private_device', 'activity_records', DEVICE_III),
  r('私のスマホに保護者の電話番号を登録していい？', 'prohibited', 'I', 'private_device', 'student_personal_info', T3),
  r('保護者がスマホで見られるように学級だよりをHPに載せたい', 'allowed', 'IV', 'publish', 'newsletters', T3),
  // Word collisions.
  r('ＵＳＢドライブに成績を入れたい', 'consult', 'II', 'usb', 'grade_records', USB),
  r('住所と郵便番号の一覧をUSBに', 'consult', 'I', 'usb', 'student_personal_info', USB),
  r('通知表のPDFをメールで送付', 'conditional', 'II', 'email_external', 'report_card', MAIL_I, { notCites: ['2-2(10)①'] }),
  r('通知表を郵送で送付したい', 'conditional', 'II', 'post_paper', 'report_card', POST_I),
  r('公開授業の指導案を他校の先生にメール', 'conditional', 'III', 'email_external', 'material_research', MAIL_I),
  r('家庭訪問に住所録を持って行ってもいい？', 'permit_required', 'I', 'take_out', 'student_address_book', TAKEOUT_I),
  // Marking means students' filled-in answers (答案用紙, Ⅱ).
  r('漢字テストの採点を家でやりたい', 'prohibited', 'II', 'take_home', 'answer_sheets', T3),
  r('テストの丸つけを家で', 'prohibited', 'II', 'take_home', 'answer_sheets', T3),
  // Missing words.
  r('通知表を印刷してもいいですか', 'permit_required', 'II', 'copy', 'report_card', COPY_I),
  r('成績一覧をプリントアウトしたい', 'permit_required', 'II', 'copy', 'grade_records', COPY_I),
  r('健康診断票をスキャンしていい？', 'permit_required', 'I', 'copy', 'health_exam', COPY_I),
  r('生徒指導の記録を教育委員会に提出したい', 'conditional', 'I', 'provide_external', 'guidance_record', T3),
  r('進路希望調査をGoogleフォームで集めて', 'prohibited', 'II', 'cloud_store', 'career_survey', CLOUD),
  r('運動会の写真をGoogleフォトで共有したい', 'allowed', 'III', 'cloud_store', 'activity_records', CLOUD),
  r('自宅のメールアドレスに学級名簿を送りたい', 'prohibited', 'III', 'personal_cloud', 'class_list', PERSONAL),
  r('家のメールに成績を送っていい？', 'prohibited', 'II', 'personal_cloud', 'grade_records', PERSONAL),
  r('宿題をクラウドに保存していい？', 'allowed', 'III', 'cloud_store', 'learning_records', CLOUD),
  r('生徒のノートを持ち帰って見てもいい？', 'conditional', 'III', 'take_home', 'learning_records', HOME_III),
  r('日記を家に持ち帰って読みたい', 'conditional', 'III', 'take_home', 'learning_records', HOME_III),
  r('不登校の生徒の情報をメールで送りたい', 'conditional', 'I', 'email_external', 'student_personal_info', MAIL_I),
  r('発達検査の結果をコピーしたい', 'permit_required', 'I', 'copy', 'student_personal_info', COPY_I),
  r('部活の名簿を持ち出したい', 'conditional', 'III', 'take_out', 'club_list', TAKEOUT_III),
  r('出席薄を持ち帰りたい', 'prohibited', 'I', 'take_home', 'attendance_book', HOME_I),
  r('職員の緊急連絡網を家に持ち帰ってもいい？', 'prohibited', 'I', 'take_home', 'staff_emergency_contacts', HOME_I),
  // 第3表 取扱い者制限: class Ⅰ・Ⅱ only for staff who need it, never shown to students.
  r('成績を教室に掲示してもいい？', 'prohibited', 'II', null, 'grade_records', T3),
  // Showing a colleague who needs it is handling inside the school, not 外部への情報提供 (no encryption).
  r('通知表を校長に見せてもいい？', 'conditional', 'II', null, 'report_card', T3, { says: ['業務上必要な教職員'] }),
  r('学年主任に成績を共有したい', 'conditional', 'II', null, 'grade_records', T3, { says: ['業務上必要な教職員'] }),

  // ---- 分からないとき --------------------------------------------------------
  r('このファイルをメールで送ってもいいですか', 'unknown', null, 'email_external', null, UNKNOWN),
  r('持ち帰ってもいいですか', 'unknown', null, 'take_home', null, UNKNOWN),
  r('アンケートをメールで送ってもいいですか', 'unknown', null, 'email_external', null, UNKNOWN, {
    choices: ['blank_survey', 'kizuna_survey'],
  }),
  r('テストを持ち帰ってもいいですか', 'unknown', null, 'take_home', null, UNKNOWN, {
    choices: ['answer_sheets', 'past_tests'],
  }),
  r('名簿を持ち出してもいい？', 'unknown', null, 'take_out', null, UNKNOWN, {
    choices: ['class_list', 'student_address_book'],
  }),
  r('個人情報をクラウドに保存してもいいですか', 'unknown', null, 'cloud_store', null, UNKNOWN, {
    choices: ['student_personal_info'],
  }),
  // USB is 原則禁止 for every class, so the vague 名簿 needs no follow-up.
  r('名簿をUSBに入れてもいいですか', 'consult', null, 'usb', null, USB),
  r('通知表の取り扱いについて知りたい', 'unknown', 'II', null, 'report_card', ['第2表']),
  r('出席簿補助簿ってどの分類ですか', 'unknown', 'III', null, 'attendance_sub_book', ['第2表']),
];

const EN: Row[] = [
  // ---- external e-mail ------------------------------------------------------
  r('Can I email report cards to parents?', 'conditional', 'II', 'email_external', 'report_card', MAIL_I),
  r(
    'Is it OK to send the seating chart by email to an outside tutor?',
    'conditional',
    'III',
    'email_external',
    'seating_chart',
    MAIL_I,
  ),
  r('Can I email the school newsletter to the community center?', 'allowed', 'IV', 'email_external', 'newsletters', T3),
  r('Can I email health check results to a parent?', 'conditional', 'I', 'email_external', 'health_exam', MAIL_I),
  r('Can I email a blank survey to parents?', 'allowed', 'IV', 'email_external', 'blank_survey', T3),
  r('Can I email the completed bullying survey results?', 'conditional', 'I', 'email_external', 'kizuna_survey', MAIL_I),
  r(
    'Can I email the pre-school health examination records?',
    'conditional',
    'I',
    'email_external',
    'preschool_health_exam',
    MAIL_I,
  ),
  r('Can I email the address book?', 'conditional', 'I', 'email_external', 'student_address_book', MAIL_I),
  r('Can I email the school address to a parent?', 'unknown', null, 'email_external', null, UNKNOWN),
  r("Can I email the class newsletter with students' phone numbers in it?", 'conditional', 'I', 'email_external', 'newsletters', [
    ...MAIL_I,
    MIXED,
  ]),
  r('Can I email class II documents?', 'conditional', 'II', 'email_external', null, MAIL_I),
  r('Can I email this file?', 'unknown', null, 'email_external', null, UNKNOWN),

  // ---- taking out -----------------------------------------------------------
  r('May I take report cards out of school?', 'permit_required', 'II', 'take_out', 'report_card', TAKEOUT_I),
  r('Can I take the attendance book off campus?', 'permit_required', 'I', 'take_out', 'attendance_book', TAKEOUT_I),
  r('Can I take the class list out of the school for a field trip?', 'conditional', 'III', 'take_out', 'class_list', TAKEOUT_III),
  r('Can I take school brochures off-site for an open day?', 'allowed', 'IV', 'take_out', 'school_brochure', T3),
  r('Can I take the report card and the seating chart out of school?', 'permit_required', 'II', 'take_out', 'report_card', [
    ...TAKEOUT_I,
    MIXED,
  ]),

  // ---- taking home ----------------------------------------------------------
  r('Can I take graded tests home to mark?', 'prohibited', 'II', 'take_home', 'answer_sheets', HOME_I),
  r('Can I bring the report cards home to write comments?', 'prohibited', 'II', 'take_home', 'report_card', HOME_I),
  r('Can I take lesson plans home?', 'conditional', 'III', 'take_home', 'material_research', HOME_III),
  r('Is it OK to take the class newsletter home to finish it?', 'conditional', 'IV', 'take_home', 'newsletters', HOME_III),
  r('Can I take the health records home?', 'prohibited', 'I', 'take_home', 'health_exam', HOME_I),
  r('Can I take the auxiliary attendance book home?', 'conditional', 'III', 'take_home', 'attendance_sub_book', HOME_III),
  // "take … home" split by its object is take_home, stricter than the USB stick (consult).
  r('Can I take report cards home on a USB stick?', 'prohibited', 'II', 'take_home', 'report_card', HOME_I, {}),

  // ---- post and courier -----------------------------------------------------
  r('Can I mail report cards to parents?', 'conditional', 'II', 'post_paper', 'report_card', POST_I),
  r(
    'Can I send the school report for admissions to the high school by post?',
    'conditional',
    'I',
    'post_paper',
    'school_report',
    POST_I,
  ),
  r('Can I send the yearbook by courier?', 'conditional', 'III', 'post_paper', 'graduation_album', POST_III),
  r('Can I mail a USB stick with grades to the board of education?', 'conditional', 'II', 'post_media', 'grade_records', POST_I),
  r('Can I post a DVD of the sports day videos to parents?', 'conditional', 'III', 'post_media', 'activity_records', POST_III),

  // ---- fax ------------------------------------------------------------------
  r('Can I fax the attendance register to the board of education?', 'conditional', 'I', 'fax', 'attendance_book', FAX),
  r('Can I fax the event plan?', 'conditional', 'IV', 'fax', 'event_plan', FAX),
  r('Is faxing allowed?', 'conditional', null, 'fax', null, FAX),

  // ---- personal services ----------------------------------------------------
  r('Can I send class photos to parents via LINE?', 'prohibited', 'III', 'personal_cloud', 'activity_records', PERSONAL),
  r("Can I share students' artwork in a LINE group?", 'prohibited', 'III', 'personal_cloud', 'learning_records', PERSONAL),
  r('Can I forward grades to my personal Gmail?', 'prohibited', 'II', 'personal_cloud', 'grade_records', PERSONAL),
  r('Is it OK to use Dropbox for lesson slides?', 'prohibited', 'III', 'personal_cloud', 'teaching_materials', PERSONAL),
  r('Can I use my personal Gmail?', 'prohibited', null, 'personal_cloud', null, PERSONAL),

  // ---- providing outside ----------------------------------------------------
  r('Can I give the class list to the PTA?', 'allowed', 'III', 'provide_external', 'class_list', T3),
  r("Can I provide students' grades to a cram school?", 'conditional', 'II', 'provide_external', 'grade_records', T3),
  r('Can I share the address list with the bus company?', 'conditional', 'I', 'provide_external', 'student_address_book', T3),
  r(
    'Can I hand over the counseling records to the child guidance center?',
    'conditional',
    'I',
    'provide_external',
    'counseling_record',
    T3,
  ),

  // ---- USB and storage media -----------------------------------------------
  r('Can I save report cards on a USB stick?', 'consult', 'II', 'usb', 'report_card', USB),
  r('Can I use a USB drive?', 'consult', null, 'usb', null, USB),
  r('Can I put the lesson slides on a flash drive?', 'consult', 'III', 'usb', 'teaching_materials', USB),
  r('Can I save the seating chart on an external hard drive?', 'consult', 'III', 'usb', 'seating_chart', USB),
  r('Can I put the roster on a USB?', 'consult', null, 'usb', null, USB),
  r('Can I copy the student list and put it on a USB stick to take home?', 'consult', 'III', 'usb', 'class_list', USB),

  // ---- cloud ----------------------------------------------------------------
  r('Can I upload report cards to OneDrive?', 'prohibited', 'II', 'cloud_store', 'report_card', CLOUD),
  r('Can I store the attendance book in Google Drive?', 'prohibited', 'I', 'cloud_store', 'attendance_book', CLOUD),
  r('Can I put the auxiliary attendance book in the cloud?', 'allowed', 'III', 'cloud_store', 'attendance_sub_book', CLOUD),
  r('Can I upload the timetable to Teams?', 'allowed', 'IV', 'cloud_store', 'curriculum_plan', CLOUD),
  r("Can I save students' answer sheets in the cloud?", 'prohibited', 'II', 'cloud_store', 'answer_sheets', CLOUD),
  r('Can I upload past test questions to Google Classroom?', 'allowed', 'III', 'cloud_store', 'past_tests', CLOUD),
  r(
    'Can I upload the blank bullying survey template to Google Classroom?',
    'allowed',
    'IV',
    'cloud_store',
    'blank_survey',
    CLOUD,
  ),
  r('Can I upload the filled-in wellbeing survey to the cloud?', 'prohibited', 'I', 'cloud_store', 'kokoro_survey', CLOUD),
  r('Can I share a quiz with students on Google Classroom?', 'allowed', 'III', 'cloud_store', 'confirmation_test', CLOUD),

  // ---- copying --------------------------------------------------------------
  r('Can I photocopy report cards?', 'permit_required', 'II', 'copy', 'report_card', COPY_I),
  r('Can I make copies of the health examination record?', 'permit_required', 'I', 'copy', 'health_exam', COPY_I),
  r('Can I print out the class newsletter and hand it out?', 'allowed', 'IV', 'copy', 'newsletters', T3),
  r('Can I photocopy the club roster for the coaches?', 'allowed', 'III', 'copy', 'club_list', T3),

  // ---- disposal -------------------------------------------------------------
  r('Can I shred old report cards?', 'permit_required', 'II', 'dispose', 'report_card', DISPOSE),
  r('How should I dispose of old attendance books?', 'permit_required', 'I', 'dispose', 'attendance_book', DISPOSE),
  r('Can I throw away leftover school newsletters?', 'permit_required', 'IV', 'dispose', 'newsletters', DISPOSE),

  // ---- working outside ------------------------------------------------------
  r('Can I work on report cards at home?', 'prohibited', 'II', 'take_home', 'report_card', T3),
  r('Can I edit lesson plans from home?', 'conditional', 'III', 'process_outside', 'material_research', OUTSIDE_III),
  r('Can I work on the school newsletter remotely?', 'conditional', 'IV', 'process_outside', 'newsletters', OUTSIDE_III),
  // Grading means students' filled-in answers (第2表: テスト等の答案用紙（児童生徒が記入済のもの）, Ⅱ).
  r('Can I grade tests at home?', 'prohibited', 'II', 'take_home', 'answer_sheets', T3),

  // ---- personal devices -----------------------------------------------------
  r('Can I use my own laptop to write report cards?', 'prohibited', 'II', 'private_device', 'report_card', T3),
  r('Can I take photos of the class with my phone?', 'permit_required', 'III', 'private_device', 'activity_records', DEVICE_III),
  r(
    'Can I check the seating chart on my personal phone?',
    'permit_required',
    'III',
    'private_device',
    'seating_chart',
    DEVICE_III,
  ),

  // ---- social media ---------------------------------------------------------
  r('Can I post sports day photos on Instagram?', 'prohibited', 'III', 'sns_post', 'activity_records', SNS),
  r('Can I post the school newsletter on Facebook?', 'allowed', 'IV', 'sns_post', 'newsletters', SNS),

  // ---- publishing -----------------------------------------------------------
  r(
    'Can I put photos on the school website if the parents consented?',
    'allowed',
    'IV',
    'publish',
    'activity_records_public',
    T3,
  ),
  r(
    'Can I post photos on the school website without parental consent?',
    'consult',
    'III',
    'publish',
    'activity_records',
    PUBLISH_III,
  ),
  r('Can I publish test results on the website?', 'prohibited', 'II', 'publish', 'grade_records', T3),
  r('Can I publish the school profile on the homepage?', 'allowed', 'IV', 'publish', 'school_profile', T3),
  r(
    "Can I publish students' essays on the school website? They have parental consent.",
    'allowed',
    'IV',
    'publish',
    'learning_records_public',
    T3,
  ),

  // ---- leaving on a desk ----------------------------------------------------
  r('Can I leave report cards on my desk?', 'prohibited', 'II', 'leave_on_desk', 'report_card', T3),
  r(
    'Is it OK to leave the seating chart on the desk during lunch?',
    'conditional',
    'III',
    'leave_on_desk',
    'seating_chart',
    DESK_III,
  ),
  r('Can I leave the attendance book unattended in the classroom?', 'prohibited', 'I', 'leave_on_desk', 'attendance_book', T3),

  // ---- transport ------------------------------------------------------------
  r('Can I transport report cards by car?', 'permit_required', 'II', 'transport', 'report_card', TRANSPORT),
  r('Can I carry the school handbook to the other campus?', 'allowed', 'IV', 'transport', 'school_profile', TRANSPORT),
  r('Can I take the yearbooks to the printer in my car?', 'permit_required', 'III', 'transport', 'graduation_album', TRANSPORT),

  // ---- other ways of saying it ---------------------------------------------
  r(
    'Is it okay to e-mail the seating plan to a substitute teacher?',
    'conditional',
    'III',
    'email_external',
    'seating_chart',
    MAIL_I,
  ),
  r('Can I attach the class list to an email to the PTA?', 'conditional', 'III', 'email_external', 'class_list', MAIL_I),
  r('Can I email the attendance record to the board?', 'conditional', 'I', 'email_external', 'attendance_book', MAIL_I),
  r("Can I keep students' health records on my personal laptop?", 'prohibited', 'I', 'private_device', 'health_exam', T3),
  r('Can I put the newsletter on the school homepage?', 'allowed', 'IV', 'publish', 'newsletters', T3),
  r('Can I tweet photos from the sports day?', 'prohibited', 'III', 'sns_post', 'activity_records', SNS),
  r('Can I leave the answer sheets on my desk while I go to lunch?', 'prohibited', 'II', 'leave_on_desk', 'answer_sheets', T3),
  r("Can I deliver report cards to a student's home by car?", 'permit_required', 'II', 'transport', 'report_card', TRANSPORT),
  r('Can I throw the old seating charts in the trash?', 'permit_required', 'III', 'dispose', 'seating_chart', DISPOSE),
  r('Can I upload the lesson plan to SharePoint?', 'allowed', 'III', 'cloud_store', 'material_research', CLOUD),
  r('Is it OK to work on the timetable from a cafe?', 'conditional', 'IV', 'process_outside', 'curriculum_plan', OUTSIDE_III),
  r('Can I put exam scripts in my bag and take them home?', 'prohibited', 'II', 'take_home', 'answer_sheets', HOME_I),
  r(
    'May I send the staff phone tree to my private email?',
    'prohibited',
    'I',
    'personal_cloud',
    'staff_emergency_contacts',
    PERSONAL,
  ),
  r(
    'Can I share the yearbook photos on our class LINE group?',
    'prohibited',
    'III',
    'personal_cloud',
    'graduation_album',
    PERSONAL,
  ),
  r('Can I use a personal USB stick for teaching materials?', 'prohibited', 'III', 'usb', 'teaching_materials', ['3-5⑪']),
  r('Can I use the school USB stick for teaching materials?', 'consult', 'III', 'usb', 'teaching_materials', USB),
  r('Can I print copies of the club roster?', 'allowed', 'III', 'copy', 'club_list', T3),
  r('Can I store medical records on Google Drive?', 'prohibited', 'I', 'cloud_store', 'health_exam', CLOUD),
  r('Can I send the individual education support plan to the hospital by fax?', 'conditional', 'I', 'fax', 'support_plan', FAX),
  r('Can I take the staff address list home?', 'prohibited', 'I', 'take_home', 'staff_address_book', HOME_I),
  r("Can I take students' work home to grade it?", 'conditional', 'III', 'take_home', 'learning_records', HOME_III),
  r('Can I send the school brochure by snail mail?', 'allowed', 'IV', 'post_paper', 'school_brochure', T3),

  r(
    'Can I post photos of students whose parents gave permission on the school website?',
    'allowed',
    'IV',
    'publish',
    'activity_records_public',
    T3,
  ),
  r(
    "Can I upload last year's exam papers to Google Classroom for revision?",
    'allowed',
    'III',
    'cloud_store',
    'past_tests',
    CLOUD,
  ),
  r(
    'Can I send the bullying survey forms before students fill them in?',
    'allowed',
    'IV',
    'provide_external',
    'blank_survey',
    T3,
  ),
  r('Is a blank kizuna survey class IV?', 'unknown', 'IV', null, 'blank_survey', ['第2表']),

  // ---- from the audit -------------------------------------------------------
  r('Can I send the class photos on LINE?', 'prohibited', 'III', 'personal_cloud', 'activity_records', PERSONAL),
  r('Can I share the timetable on LINE?', 'prohibited', 'IV', 'personal_cloud', 'curriculum_plan', PERSONAL),
  r('Can I contact parents using LINE?', 'prohibited', null, 'personal_cloud', null, PERSONAL),
  r('Is LINE ok for contacting parents?', 'prohibited', null, 'personal_cloud', null, PERSONAL),
  r('Can I email the timetable for the online lesson?', 'allowed', 'IV', 'email_external', 'curriculum_plan', T3),
  r('Can I use the class list to send New Year cards?', 'prohibited', 'III', 'provide_external', 'class_list', [
    '2-2(5)①',
    '4-1(1)②',
  ]),
  r("Can I tell a parent another student's grades?", 'prohibited', 'II', 'provide_external', 'grade_records', [
    '第3表',
    '2-2(5)④',
  ]),
  r('Can I forward my work email to my personal Gmail?', 'prohibited', null, 'personal_cloud', null, PERSONAL),
  r('Can I use my own laptop to access OneDrive from home?', 'permit_required', null, 'private_device', null, DEVICE_III, {
    says: ['class III or IV information', 'class I or II'],
  }),
  r('Can I post the report cards to parents?', 'conditional', 'II', 'post_paper', 'report_card', POST_I),
  r('Can I post the newsletter to families?', 'allowed', 'IV', 'post_paper', 'newsletters', T3),
  r('Can I send report cards home with students?', 'permit_required', 'II', 'copy', 'report_card', COPY_I),
  r(
    'Can I carry the student address book to home visits?',
    'permit_required',
    'I',
    'take_out',
    'student_address_book',
    TAKEOUT_I,
  ),
  r('Can I mark the quizzes at home?', 'prohibited', 'II', 'take_home', 'answer_sheets', T3),
  r('Can I send grades via Gmail?', 'prohibited', 'II', 'personal_cloud', 'grade_records', PERSONAL),
  r('Can I email the attendance sheet?', 'conditional', 'I', 'email_external', 'attendance_book', MAIL_I),
  r('Can I email a test score to a parent?', 'conditional', 'II', 'email_external', 'grade_records', MAIL_I),
  r('Can I put the report card template on Teams?', 'allowed', 'IV', 'cloud_store', 'form_templates', CLOUD),
  r('Can I email the home visit schedule to parents?', 'allowed', 'IV', 'email_external', 'parent_handouts', T3),
  r('Can I share the class list with my colleagues?', 'conditional', 'III', null, 'class_list', T3),

  // ---- follow-ups -----------------------------------------------------------
  r('Can I take the survey home?', 'unknown', null, 'take_home', null, UNKNOWN, {
    choices: ['blank_survey', 'kizuna_survey'],
  }),
  r('What class is the seating chart?', 'unknown', 'III', null, 'seating_chart', ['第2表']),
];

const pack = getPack('kumamoto');

function check(row: Row, language: 'ja' | 'en') {
  const d = ask(pack, row.q);
  expect({ decision: d.decision, class: d.class, action: d.action }).toEqual({
    decision: row.decision,
    class: row.cls,
    action: row.action,
  });
  expect(d.citations).toEqual(expect.arrayContaining(row.cites));
  if (row.asset !== undefined) expect(d.asset?.id ?? null).toBe(row.asset);
  if (row.asset) expect(d.citations).toContain('第2表');
  if (row.decision === 'unknown') expect(d.followUp).toBeDefined();
  if (row.choices) expect(d.followUp?.choices.map((c) => c.id)).toEqual(expect.arrayContaining(row.choices));
  for (const words of row.says ?? []) expect(d.answer).toContain(words);
  for (const id of row.notCites ?? []) expect(d.citations).not.toContain(id);
  expect(d.language).toBe(language);
}

describe('teachers’ questions, Kumamoto', () => {
  test('enough rows', () => {
    expect(JA.length).toBeGreaterThanOrEqual(120);
    expect(EN.length).toBeGreaterThanOrEqual(60);
  });

  test.each(JA)('ja: $q → $decision / $cls / $action', (row) => check(row, 'ja'));
  test.each(EN)('en: $q → $decision / $cls / $action', (row) => check(row, 'en'));
});

describe('how answers read', () => {
  test('English names the item with an article, one pair of brackets, and the tables in English', () => {
    const email = ask(pack, 'Can I email the report card to parents?').answer;
    expect(email).toContain('You may email the report card (Class II) outside the school');
    expect(email).toContain('Sources: Table 2, Table 3, 2-2(9)①');
    const cloud = ask(pack, "Can I save students' answer sheets in the cloud?");
    expect(cloud.answer).toContain('the answer sheets (filled in by students; Class II)');
    expect(cloud.citations).toEqual(expect.arrayContaining(['第2表', '第3表']));
  });

  test('Japanese keeps one pair of brackets too', () => {
    expect(ask(pack, '答案用紙をクラウドに保存していい？').answer).toContain(
      'テスト等の答案用紙（児童生徒が記入済のもの、重要性分類Ⅱ）',
    );
  });

  test('a consult answer says "consult the principal" once', () => {
    const d = ask(pack, 'ＵＳＢメモリに通知表を入れていい？');
    expect(d.decision).toBe('consult');
    expect(d.answer.match(/相談/g)).toHaveLength(1);
  });

  test('disposal lists each measure once: paper, media, witness, record', () => {
    const d = ask(pack, '古い通知表の控えを廃棄してもいいですか');
    expect(d.conditions).toHaveLength(4);
    expect(d.conditions.filter((c) => c.includes('電磁的記録媒体'))).toHaveLength(1);
    expect(d.conditions.filter((c) => c.includes('細断') || c.includes('裁断'))).toHaveLength(1);
  });
});
