import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('a device of the teacher home is where the work is done (家のパソコン)', () => {
  test('class Ⅱ work on the home computer is work outside the school, prohibited', () => {
    const d = ask(pack, '来年の入試で使う問題を作っている途中のワードファイル、家のパソコンで続きをやりたい');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('II');
    expect(d.action).toBe('process_outside');
  });

  test('with a medium on the way (SDに入れて家のPCで), still work outside', () => {
    const d = ask(pack, '素点表、SDに入れて家のPCで集計しとこ');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('process_outside');
  });

  test('class Ⅲ keeps the device: a private device needs the declarations and permission (4-1(1)③ウ)', () => {
    const d = ask(pack, '職員会議の資料、家のPCから学校のTeams開いて見るだけ（DLしない）ならいいよね');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('private_device');
  });

  test('the teacher own phone (not at home) stays a private device', () => {
    const d = ask(pack, '通知表を自分のスマホで撮っておいていい？');
    expect(d.action).toBe('private_device');
  });

  test('class Ⅲ downloaded to the private device breaks 4-1(1)③エ: prohibited, not 許可が必要', () => {
    const d = ask(pack, '昨日、学校クラウドの教材研究ファイルを家のパソコンにダウンロードしちゃった');
    expect(d.decision).toBe('prohibited');
    // Downloaded onto a home PC: work outside that broke its own condition (a writer's reading too).
    expect(d.action).toBe('process_outside');
    expect(d.citations).toContain('4-1(1)③エ');
  });

  test('a file the cloud holds (「クラウドに保存したファイル」) is not a download: still 許可が必要', () => {
    const d = ask(
      pack,
      '授業用教材を作成するため、学校のクラウドに保存したファイルを自宅の私物パソコンで開いてもよろしいでしょうか。',
    );
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('private_device');
  });
});
