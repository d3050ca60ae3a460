import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

function classOf(name: string, rows: string[][]) {
  const text = rows.map((r) => r.join('\t')).join('\n');
  return classifyDocument(pack, { name, text, tables: [{ rows }] } as never);
}

// A column of facts beside a column of names says whose data it is by its values, not its heading.
describe('names beside a column of facts about them', () => {
  it('reads dates of birth twenty years past beside names as staff data (Ⅰ)', () => {
    const rows = [
      ['氏名', '職名', '性別', '生年月日'],
      ['白石 恵一', '校長', '男', '1979-08-15'],
      ['村上 直美', '教頭', '女', '1967-08-22'],
      ['中園 健太郎', '教務主任', '男', '1972-12-03'],
      ['本田 さくら', '養護教諭', '女', '1967-06-20'],
    ];
    const result = classOf('職員一覧.xlsx', rows);
    expect(result.class).toBe('I');
    expect(result.asset?.id).toBe('staff_personal_info');
  });

  it('keeps pupils’ dates of birth beside their names at Ⅲ', () => {
    const rows = [
      ['氏名', '性別', '生年月日'],
      ['宮崎 悠斗', '男', '2014/5/9'],
      ['今村 凛', '女', '2014/8/31'],
      ['山口 優斗', '男', '2014/6/9'],
      ['原田 葵', '女', '2014/4/26'],
    ];
    expect(classOf('名簿.xlsx', rows).class).toBe('III');
  });

  it('reads passport numbers beside names as a pupil’s identity data (Ⅰ)', () => {
    const rows = [
      ['番', '氏名', '性別', '旅券番号'],
      ['1', '宮崎　悠斗', '男', 'TZ8973785'],
      ['2', '今村　凛', '女', 'TZ3564225'],
      ['3', '山口　優斗', '男', 'TZ3360930'],
      ['4', '原田　葵', '女', 'TZ6871200'],
    ];
    expect(classOf('参加者名簿.xlsx', rows).class).toBe('I');
  });

  it('reads names beside their bank as a family’s property (Ⅰ)', () => {
    const rows = [
      ['組', '生徒氏名', '保護者', '金融機関', '再振替'],
      ['2-1', '田中　拓海', '田中　直樹', '肥後翠嶺銀行', '未'],
      ['2-2', '緒方　颯太', '緒方　誠', '肥後翠嶺銀行', '未'],
      ['2-5', '山口　愛', '山口　恵', '熊本中央信用金庫', '済'],
      ['3-6', '田中　颯', '田中　由美子', '肥後翠嶺銀行', '未'],
    ];
    expect(classOf('会費_一覧.xlsx', rows).class).toBe('I');
  });

  it('does not take a list of banks with no names for anyone’s', () => {
    const rows = [
      ['金融機関', '所在地', '営業時間'],
      ['肥後翠嶺銀行 本店', '中央区', '9:00-15:00'],
      ['熊本中央信用金庫 水前寺支店', '中央区', '9:00-15:00'],
      ['ゆうちょ銀行', '東区', '9:00-16:00'],
    ];
    expect(classOf('振込先一覧.xlsx', rows).class).not.toBe('I');
  });
});
