import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../extract/index.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A text file's table is split at the delimiter it is written with, whatever its extension says:
 * a tab-separated .txt export of a log reads as the same table as its .tsv, a .csv saved by Excel
 * as tab-separated text or with semicolons reads by its cells. Prose in a .txt stays prose.
 */
const LOG = [
  ['日付', '学年組', '氏名', '負傷部位', '発生場所', '処置', '受診'],
  ['5/12', '2-1', '平田 陽翔', '右ひざ', '運動場', '消毒', 'なし'],
  ['5/14', '3-2', '大塚 心愛', '左手首', '体育館', '冷却・固定', 'あり（整形外科）'],
  ['5/19', '1-3', '野口 律', '額', '廊下', '冷却', 'なし'],
  ['5/21', '2-4', '内田 結菜', '右足首', '運動場', '湿布', 'なし'],
];
const NAMES = LOG.slice(1).map((row) => row[2]!);

const classify = async (data: Uint8Array, name: string) => {
  const x = await extractBuffer(data, name);
  return { x, r: classifyDocument(getPack('kumamoto'), { name, path: name, type: x.format, ...x }) };
};

describe('a text file split at its own delimiter', () => {
  it.each(['けが記録_5月.txt', 'けが記録_5月.tsv', 'けが記録_5月.csv'])('a tab-separated injury log as %s', async (name) => {
    const text = LOG.map((row) => row.join('\t')).join('\r\n');
    const { x, r } = await classify(iconv.encode(text, 'cp932'), name);
    expect(x.tables?.[0]?.rows[1]).toEqual(LOG[1]);
    expect(r.class, r.reasons.join('\n')).toBe('II');
    expect(r.reasons.join('\n')).toContain('負傷部位');
    for (const n of NAMES) expect(JSON.stringify(r)).not.toContain(n);
  });

  it('a .csv written with semicolons', async () => {
    const { x } = await classify(Buffer.from(LOG.map((row) => row.join(';')).join('\n')), 'log.csv');
    expect(x.tables?.[0]?.rows[2]).toEqual(LOG[2]);
  });

  it('prose in a .txt, with a tab here and there, is no table', async () => {
    const text =
      '学年だより　6月号\n\t運動会の練習が始まりました。\n子どもたちは毎日がんばっています。\n\t水筒を忘れずに持たせてください。';
    const { x } = await classify(Buffer.from(text), 'だより.txt');
    expect(x.tables ?? []).toEqual([]);
  });
});
