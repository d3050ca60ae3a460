import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { handlingPlace } from '../../policy/understand/handling-place.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';

/**
 * 第3表 取り扱い場所の制限: class Ⅰ・Ⅱ are handled in the staff's work rooms (執務室: 校長室、職員室、
 * 事務室、保健室など), class Ⅲ anywhere in the school. A room said as where a document is read or
 * written, with nothing else done to it, is that rule's question.
 */
const pack = getPack('kumamoto');
const offices = ['校長室', '職員室', '事務室', '保健室'];
const place = (q: string) => handlingPlace(analyze(q), offices, sharedLexicon());

describe('the room a document is handled in', () => {
  test('a room said with で, a part of a room, a room denied', () => {
    expect(place('指導要録を教室で書いていい？')).toBe('elsewhere');
    expect(place('要録を職員室で書いていい？')).toBe('office');
    expect(place('台帳を図書室の奥の机で確認したい')).toBe('elsewhere');
    expect(place('資料を生徒ホールの机でチェックしよ')).toBe('elsewhere');
    expect(place('記録を校長室じゃなくて保健室で見ていい？')).toBe('office');
    expect(place('願書を事務室ではなく教科準備室で整理したい')).toBe('elsewhere');
  });

  test('no room where: home, a desk of its own, a room not said with で', () => {
    expect(place('通知表を家で書いていい？')).toBeNull();
    expect(place('座席表を職員室の机に置いていい？')).toBeNull();
    expect(place('素点表を講師控室のパソコンで作成していい？')).toBeNull();
  });
});

describe('第3表 取り扱い場所の制限 answered', () => {
  test('class Ⅰ written in a classroom: 禁止, 第3表', () => {
    const d = ask(pack, '指導要録の原本、保管庫から出して教室で書いててもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('I');
    expect(d.citations).toContain('第3表');
  });

  test('class Ⅰ read in the staff room: 可', () => {
    const d = ask(pack, '教育相談の記録を職員室で拝見してよろしいでしょうか。');
    expect(d.decision).toBe('allowed');
    expect(d.class).toBe('I');
  });

  test('an act said is the question, not the room (教室で配る)', () => {
    const d = ask(pack, '通知表を教室で配る前にコピーしていい？');
    expect(d.action).toBe('copy');
  });

  test('a photo taken in a classroom keeps the act of the photo', () => {
    const d = ask(pack, '教室で子どもの写真を撮ってもいい？');
    expect(d.action).toBe('private_device');
  });
});
