import { describe, expect, it } from 'vitest';
import { foldRomaji, kanaToRomaji, romajiPlaces } from '../../policy/classify/read-romaji.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A file name typed in romaji names what the catalog's word names (shoken.txt: 所見), read the way
 * the catalog's words are read; Kunrei and long vowels typed either way.
 */
const NOTES = [
  '1 荒木 さくら　さくらさんは、音読発表会で物語の場面を工夫して読みました。（評定 国C 算A）',
  '2 池田 陽向　陽向さんは、体育のマット運動で後転ができるようになりました。（評定 国B 算B）',
  '3 木村 隼人　隼人さんは、毎朝のあいさつ運動に進んで参加しました。（評定 国A 算A）',
].join('\n');

describe('file names in romaji', () => {
  it('spells kana in Hepburn and folds the other spellings to it', () => {
    expect(kanaToRomaji('しゅっせきぼ')).toBe('shussekibo');
    expect(kanaToRomaji('つうちひょう')).toBe('tsuuchihyou');
    expect(foldRomaji('syoken')).toBe('shoken');
    expect(foldRomaji('tuutihyou')).toBe(foldRomaji('tsuchihyo'));
  });
  it('names the catalog word a romaji word of the name reads as', () => {
    const pack = getPack();
    expect(romajiPlaces(pack, 'shoken.txt').map((p) => p.text)).toEqual(['所見']);
    expect(romajiPlaces(pack, 'meibo_2-2.csv').map((p) => p.text)).toEqual(['名簿']);
    expect(romajiPlaces(pack, 'report_final.docx')).toEqual([]);
  });
  it('takes shoken.txt with pupils named for their report notes: Ⅱ', () => {
    const r = classifyDocument(getPack(), { name: 'shoken.txt', type: 'txt', text: NOTES });
    expect(r.class).toBe('II');
    expect(r.reasons[0]).toContain('ローマ字');
  });
});
