import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Records told by their values, not their headings: a 休暇簿 whose kind column holds 年次休暇 and 出張,
 * a memo of accounts with their passwords, a meeting's handout that tells of pupils by 年-組 and 番.
 * Near misses keep their class: a table of leave kinds with no names, a manual naming products, a
 * handout numbering pupils with no matter told.
 */
const pack = getPack('kumamoto');
const table = (name: string, rows: string[][]) => ({
  name,
  type: 'tsv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow: 0 }],
});
const text = (name: string, body: string) => ({ name, type: 'txt', text: body, tables: [] });

describe('a staff leave book by its values', () => {
  it('names beside 年次休暇・出張 are a 出勤簿 (Ⅱ)', () => {
    const r = classifyDocument(
      pack,
      table('scan_0612.tsv', [
        ['月日', '職員', '種別', '時間', '承認'],
        ['5/7', '中島 誠', '年次休暇', '終日', '印'],
        ['5/9', '松田 和子', '出張', '午後', '印'],
        ['5/12', '原田 直樹', '特別休暇（夏季）', '2時間', '印'],
        ['5/13', '中島 誠', '年次休暇', '午前', '印'],
        ['5/20', '山下 恵子', '年次休暇', '終日', '印'],
      ]),
    );
    expect(r.class).toBe('II');
    expect(r.asset?.id).toBe('staff_attendance');
  });

  it('a table of leave kinds and days with no names is no 出勤簿', () => {
    const r = classifyDocument(
      pack,
      table('休暇の種類.tsv', [
        ['種類', '日数', '備考'],
        ['年次休暇', '20日', '繰越あり'],
        ['特別休暇（夏季）', '5日', '7月〜9月'],
        ['病気休暇', '90日', '診断書'],
        ['介護休暇', '6月', '分割可'],
      ]),
    );
    expect(r.asset?.id).not.toBe('staff_attendance');
  });
});

describe('a memo of accounts and passwords', () => {
  it('an account and its secret on each line are the ID/PW ledger (Ⅱ)', () => {
    const r = classifyDocument(
      pack,
      text(
        'memo.txt',
        '校内LAN(職員) SSID aoba-staff / key: Ab-lan!2027\nGoogle管理 matsuda_adm@aoba-e.example.jp  Mt#5520q\nコピー機 192.0.2.10 admin xq7741\n',
      ),
    );
    expect(r.class).toBe('II');
    expect(r.asset?.id).toBe('system_credentials');
  });

  it('a manual naming products and versions holds no passwords', () => {
    const r = classifyDocument(
      pack,
      text(
        '端末の設定.txt',
        'パスワードは各自で設定してください。\n対応OS Windows11\n使用ソフト Office Microsoft365\n初回ログインの手順は別紙を参照。\n',
      ),
    );
    expect(r.asset?.id).not.toBe('system_credentials');
  });
});

describe('a meeting handout telling of pupils by 年-組 and 番', () => {
  it('family and a diagnosis by 2-1 15番 make the handout Ⅰ, above its name', () => {
    const r = classifyDocument(
      pack,
      text(
        '学年会資料_0918.docx',
        '令和8年9月18日 学年会\n1 体育大会の係分担について 2 期末考査の日程\n3 配慮を要する生徒 3-2 21番：父親が単身赴任で、祖母の介護を本人が手伝っている。 3-4 6番：てんかんの診断があり服薬中。\n',
      ),
    );
    expect(r.class).toBe('I');
  });

  it('pupils numbered for duties, with no matter told, leave the handout Ⅲ', () => {
    const r = classifyDocument(
      pack,
      text('学年会資料_0918.docx', '令和8年9月18日 学年会\n1 体育大会の係分担について\n3-2 21番：放送係 3-4 6番：用具係\n'),
    );
    expect(r.class).toBe('III');
  });
});
