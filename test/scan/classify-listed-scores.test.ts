import { describe, expect, it } from 'vitest';
import { readTextTables } from '../../policy/classify/read-text-tables.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Scores written as a list in a sentence (a slide's note of a few pupils' results) are rows of a
 * table, one per person, read by their values: names beside scores are 成績に関する個票等 (Ⅱ).
 */
const classify = (text: string, name = '算数授業研究_事後研.pptx') =>
  classifyDocument(getPack('kumamoto'), { name, type: 'pptx', text });

describe('persons listed with their scores in one line', () => {
  it('reads each person and their numbers as a row', () => {
    const [table] = readTextTables(
      '抽出児の単元テスト：濱田 凛 45点→78点、松本 彩葉 52点→60点、石原 蒼 30点→41点。'.normalize('NFKC'),
    );
    expect(table?.rows).toEqual([
      ['濱田 凛', '45点', '78点'],
      ['松本 彩葉', '52点', '60点'],
      ['石原 蒼', '30点', '41点'],
    ]);
  });

  it('pupils named beside their scores in a slide note are scores by pupil (Ⅱ)', () => {
    const r = classify(
      '算数授業研究 事後研究会\n授業の成果\n抽出児の単元テスト：濱田 凛 45点→78点、松本 彩葉 52点→60点、石原 蒼 30点→41点。',
    );
    expect(r.class, r.reasons.join('\n')).toBe('II');
  });

  it('counts by group or subjects beside numbers are nobody’s scores', () => {
    expect(classify('参加人数：男子 12、女子 15、教員 4。').class).toBeNull();
    expect(classify('学年平均：国語 65点、算数 58点、理科 71点。').class).toBeNull();
    expect(readTextTables('時間 10:30、12:00、15:15')).toEqual([]);
  });
});
