import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * Prose that tells a named pupil's sensitive situation in plain words (memos, letters, essays,
 * comments): a person and a matter about that person, bound by the sentence or the paragraph.
 */
const classify = (text: string, name: string, more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'docx', text, ...more });

describe('a matter told in the sentence after the one naming the pupil', () => {
  it('binds to the pupil the paragraph is about (a newsletter draft with an editor’s note)', () => {
    const text = [
      '3年学級だより　第4号',
      '合唱コンクールの練習が始まりました。朝の会の後、各パートで練習しています。',
      '本番は10月28日（水）、市民会館です。ご家族の皆様もぜひお越しください。',
      '伴奏は 岡本 美月さん、指揮は 小野 蓮さんです。',
      '森田 遥さんの写真は使わないこと。両親が離婚調停中で、父親に居場所を知らせない約束。',
    ].join('\n');
    const r = classify(text, '学級だより_10月_案.docx');
    expect(r.class).toBe('I');
  });

  it('does not bind a sentence addressed to the readers', () => {
    const text = [
      '3年学級だより　第4号',
      '合唱コンクールの練習が始まりました。朝の会の後、各パートで練習しています。',
      '本番は10月28日（水）、市民会館です。',
      '伴奏は 岡本 美月さん、指揮は 小野 蓮さんです。アレルギーのある人は申し出てください。',
    ].join('\n');
    expect(classify(text, '学級だより_10月.docx').class).not.toBe('I');
  });
});

describe('a letter to one pupil’s family', () => {
  it('tells of that pupil in its requests (眼科受診をお願いします)', () => {
    const text = [
      'マリア・サントスさんの保護者様',
      'Mariaさんは健康診断で視力0.3でした。眼科受診をお願いします。',
      'Por favor, leve ao oftalmologista.',
    ].join('\n');
    const r = classify(text, '個別連絡.docx');
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(classify('山田 花子さんの保護者様\n花子さんは視力0.3でした。眼科を受診してください。', '連絡.docx').class).toBe('I');
  });

  it('a letter to every family still asks its readers', () => {
    const text = '保護者の皆様\n健康診断で視力0.3以下の人は眼科を受診してください。山田 花子さんが図書委員長です。';
    expect(classify(text, '連絡.docx').class).toBeNull();
  });
});

describe('a handout whose cases are invented', () => {
  it('points at nobody by its initials (a training slide’s example)', () => {
    const text = [
      '保健室登校への支援',
      '令和7年度 校内研修　特別支援教育部',
      '事例（架空）',
      'Bさん：2年の秋から腹痛で欠席が増える。不登校の傾向があり、保健室登校を始めた。',
      'ポイント：登校できた日を本人と一緒に確かめる。',
      '※事例は架空のものです。',
    ].join('\n');
    expect(classify(text, '研修_保健室登校.pptx', { type: 'pptx' }).class).not.toBe('I');
  });

  it('reads a pupil named beside a body marked invented (少年サポートセンター（架空）)', () => {
    const text = [
      'メモ 6/11',
      '西田 心春さん 万引きで補導（6/14 市内ドラッグストア）。少年サポートセンター（架空）から連絡あり。',
    ].join('\n');
    expect(classify(text, '気になること10.txt', { type: 'txt' }).class).toBe('I');
  });

  it('points at nobody by a name marked invented where it stands', () => {
    const text = [
      'メモ 6/11',
      '西田 心春さん（架空） 万引きで補導（6/14 市内ドラッグストア）。少年サポートセンターから連絡あり。',
    ].join('\n');
    expect(classify(text, '研修資料.txt', { type: 'txt' }).class).not.toBe('I');
  });

  it('reads the persons of a row whose place is named with the mark (架空町, 架空中: a made-up town)', () => {
    const text = [
      '青少年センター 街頭補導活動',
      '日時\t場所\t氏名\t学校・学年\t事由\t措置',
      '11/24 22:23\t架空町アーケード\t村上 芽依\t架空中3年\t喫煙\t保護者へ引渡し',
      '11/6 22:26\t架空町アーケード\t立花 陸\t架空中1年\t深夜徘徊\t保護者へ引渡し',
    ].join('\n');
    expect(classify(text, 'Sheet.xlsx', { type: 'xlsx' }).class).toBe('I');
  });

  it('still points at nobody in a case the mark makes up (架空事例：…)', () => {
    const text = ['校内研修', '架空事例：村上 芽依さんが喫煙で補導された。'].join('\n');
    expect(classify(text, '研修資料.docx').class).not.toBe('I');
  });

  it('still reads a real pupil named in full', () => {
    const text = ['事例（架空）の検討の後、', '石井 陽菜さんは2年の秋から不登校で、保健室登校を始めた。'].join('\n');
    expect(classify(text, '研修メモ.docx').class).toBe('I');
  });
});

describe('a pupil named by 年-組-番 in the file name', () => {
  it('is whom a first-person essay tells about (divorce, a parent in hospital)', () => {
    const text = [
      'ぼくの夏休み',
      'ぼくの家は、去年の春に両親が離婚して、今は父と弟の三人で暮らしています。',
      '夏休みの途中で父が体調をくずして入院したので、弟と二人で祖父母の家にあずけられました。',
      'それでも毎日宿題をして、弟のめんどうもみました。',
    ].join('\n');
    expect(classify(text, '作文_夏休み_2-3-07.docx').class).toBe('I');
  });
});

describe('a matter in plain words, read by the analyzer (pack matters’ heads and suffixes)', () => {
  it('finds a health matter by a word in any form (たおれて, 救急車, 薬) bound to the pupil', () => {
    const text = [
      '6/18 昼休み',
      '北川 葵さん、体育館でたおれて救急車で運ばれた。',
      '病院で薬の量を変えた。明日は様子を見て登校。',
    ].join('\n');
    expect(classify(text, 'メモ_0618.txt', { type: 'txt' }).class).toBe('I');
  });

  it('finds a condition by its noun ending (気管支炎) beside a pupil called by くん', () => {
    const text = ['颯真くん、先週から気管支炎でお休み。', '週明けから登校予定と祖母より電話。'].join('\n');
    expect(classify(text, 'でんわメモ.txt', { type: 'txt' }).class).toBe('I');
  });

  it('does not read the last part of a compound (動物病院) or a condition no pupil has', () => {
    const text = [
      '3年 校外学習のお知らせ',
      '10月12日（月）、動物病院と消防署を見学します。',
      '認知症サポーター養成講座も同じ週に地域の公民館で開かれます。',
    ].join('\n');
    expect(classify(text, '校外学習のお知らせ.docx').class).not.toBe('I');
  });
});

describe('a condition named by a compound ending in 障害, and 緘黙 and 妊娠', () => {
  it('reads 聴覚障害 and 場面緘黙 told of numbered pupils in a comment at the end of a plan', () => {
    const text = [
      '## 指導案12',
      '本年度は各学年で主体的・対話的で深い学びの実現に向けた授業改善に取り組んだ。',
      '<!-- 座席表メモ：3番 坪井くんは聴覚障害（補聴器）のため前列、8番 白川さんは場面緘黙 -->',
    ].join('\n');
    expect(classify(text, '指導案集.md', { type: 'md' }).class).toBe('I');
  });

  it('reads a pregnancy told of a named pupil', () => {
    const text = ['11/14 明日の朝会は体育館です。', '長嶺さん：妊娠の可能性があると本人から保健室に相談。母には未連絡。'].join(
      '\n',
    );
    expect(classify(text, '掲示板保存.html', { type: 'html' }).class).toBe('I');
  });

  it('does not read a compound that goes on (障害物競走) nor a network failure (通信障害) as a condition', () => {
    const text = [
      '職員連絡',
      '山田先生から：本日10時から通信障害のためファイルサーバが使えません。',
      '運動会の障害物競走は山田先生の担当です。',
    ].join('\n');
    expect(classify(text, '職員連絡.docx').class).not.toBe('I');
  });
});
