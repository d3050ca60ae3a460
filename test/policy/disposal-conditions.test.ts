import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';

/**
 * A disposal asked for without a measure the pack attaches to it (第3表 廃棄: 廃棄記録の作成及び
 * 保存): 禁止 as described. A question asking whether the measure is needed
 * (「立会いはいらないよね？」) asks about the duty; it does not say the measure is skipped.
 */
const pack = getPack('kumamoto');

describe('disposal without its conditions', () => {
  test('no record kept after the fact, in plain words: prohibited or a report, not a permit', () => {
    const d = ask(pack, '指導要録の写しを処分したけど、記録は何も残してない');
    expect(['prohibited', 'incident']).toContain(d.decision);
  });

  test('no disposal record: prohibited', () => {
    const d = ask(pack, '廃棄記録は作らずに、成績一覧表をシュレッダーで廃棄してもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('II');
  });

  test('asking whether a witness is needed is not skipping it', () => {
    const d = ask(pack, '出席簿を廃棄するとき、教職員の立会いはいらないですよね？');
    expect(d.decision).toBe('permit_required');
  });

  test('asking whether permission is needed is not doing without it', () => {
    const d = ask(pack, '健康診断票をシュレッダーで廃棄するのに許可は要らないよね？');
    expect(d.decision).toBe('permit_required');
  });
});

describe('analyzer: は and 要る read as 入る', () => {
  test('立会いはいらない is は + 要る, not はいる', () => {
    const bases = analyze('立会いはいらない').map((m) => m.base);
    expect(bases).toContain('要る');
    expect(bases).not.toContain('はいる');
  });

  test('入る after a particle stays 入る', () => {
    expect(analyze('箱にはいらない').map((m) => m.base)).not.toContain('要る');
  });
});
