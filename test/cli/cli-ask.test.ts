import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { jsonLines, runCli } from '../helpers/run-cli.js';

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('npx mamoru ask', () => {
  test('通知表をメールで保護者に → conditional, class II, 第3表 and 2-2(9)①', async () => {
    const { code, stdout } = await runCli(['ask', '--json', '通知表をメールで保護者に送ってもいいですか？']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const decision = JSON.parse(stdout);
    expect(decision).toMatchObject({ decision: 'conditional', class: 'II', action: 'email_external', language: 'ja' });
    expect(decision.citations).toEqual(expect.arrayContaining(['第3表', '2-2(9)①']));
    expect(decision.answer).toContain('パスワード');
  });

  test('健康診断票をGoogleドライブに → prohibited, class I, 2-2(7)⑤', async () => {
    const { code, stdout } = await runCli(['ask', '--json', '健康診断票をGoogleドライブに保存してもいい？']);
    expect(code).toBe(0);
    const decision = JSON.parse(stdout);
    expect(decision).toMatchObject({ decision: 'prohibited', class: 'I', action: 'cloud_store' });
    expect(decision.citations).toContain('2-2(7)⑤');
  });

  test('a plain-text answer has a headline and the sources', async () => {
    const { code, stdout } = await runCli(['ask', '出席簿を自宅に持ち帰ってもいいですか']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^【禁止】 ・ 重要性分類Ⅰ\n/);
    expect(stdout).toContain('根拠: 第2表、第3表');
  });

  test('English questions get English answers', async () => {
    const { stdout } = await runCli(['ask', 'Can I take the report cards out of school?']);
    expect(stdout).toMatch(/^【Permission required】 · Class II\n/);
    expect(stdout).toContain('principal');
  });

  test('--policy kurume answers from Kurume’s pack', async () => {
    const { code, stdout } = await runCli([
      'ask',
      '--json',
      '--policy',
      'kurume',
      '通知表をメールで保護者に送ってもいいですか？',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ policy: 'kurume', class: 'II', decision: 'conditional' });
  });
});

describe('bad input gets a clear message and an exit code that says what happened', () => {
  test.each([
    ['empty', '', 'EMPTY', '質問が空です'],
    ['whitespace only', ' \t\u3000 ', 'EMPTY', '質問が空です'],
    ['100,000 characters', 'a'.repeat(100_000), 'TOO_LONG', '質問が長すぎます'],
    ['control characters', 'abc\u0001\u0002\u0003', 'BINARY', 'バイナリ'],
    ['emoji only', '😀🙏🏫📄', 'NO_TEXT', '絵文字'],
  ])('%s → exit 3', async (_name, question, code, words) => {
    const text = await runCli(['ask', question]);
    expect(text.code).toBe(3);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain(words);
    noStackTrace(text.stderr);
    const json = await runCli(['ask', '--json', question]);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code } });
  });

  test.each([
    ['an unknown policy id', ['ask', '--policy', 'osaka', '通知表'], 'osaka'],
    ['an unknown flag', ['ask', '--fast', '通知表'], '知らないオプションです: --fast'],
    ['a flag without its value', ['ask', '通知表', '--policy'], 'オプション --policy に値がありません'],
    ['no question', ['ask'], '質問を指定してください'],
    ['an unknown command', ['asc', '通知表'], 'asc'],
    ['--jsonl with a question argument', ['ask', '--jsonl', '通知表'], '標準入力'],
  ])('%s → exit 2', async (_name, args, words) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(words);
    noStackTrace(stderr);
  });

  test('a missing --file names the path once, in Japanese', async () => {
    const { code, stderr } = await runCli(['ask', '--file', '/nonexistent/名簿.csv', '送っていい？']);
    expect(code).toBe(2);
    expect(stderr).toContain('ファイル「/nonexistent/名簿.csv」を読めません');
    expect(stderr).not.toMatch(/ENOENT: ENOENT/);
  });

  test('policy list says where each pack’s handling comes from, and which pack answers without --policy', async () => {
    const { code, stdout } = await runCli(['policy', 'list']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.find((l) => l.startsWith('kumamoto\t'))).toMatch(/規程のとおり.*--policy 省略時/);
    expect(lines.find((l) => l.startsWith('kurume\t'))).toMatch(/mamoru の既定/);
    expect(lines.find((l) => l.startsWith('kurume\t'))).not.toContain('省略時');
  });

  test('no command prints the help and exits 2; --help exits 0', async () => {
    expect((await runCli([])).code).toBe(2);
    const help = await runCli(['ask', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--jsonl');
  });

  test('mamoru --help: the examples start in one column, whatever the width of the Japanese before them', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    const lines = help.stdout.split('\n').filter((l) => /^ {2}\w+ .* (npx mamoru|DATABASE_URL=)/.test(l));
    expect(lines).toHaveLength(14);
    const columns = lines.map((l) => stringWidth(l.slice(0, l.search(/ (npx mamoru|DATABASE_URL=)/) + 1)));
    expect(new Set(columns).size).toBe(1);
  });
});

describe('npx mamoru ask --jsonl', () => {
  test('answers every line in order; bad lines get error lines and the others are still answered', async () => {
    const input = [
      JSON.stringify({ id: 'a', q: '通知表をメールで送ってもいい？' }),
      '{"id": "b", "q": ',
      JSON.stringify({ id: 'c', q: '' }),
      '',
      JSON.stringify({ id: 'd', q: 'Can I put the seating chart on OneDrive?' }),
      JSON.stringify({ id: 'e', q: '出席簿を持ち帰りたい', policy: 'nowhere' }),
      JSON.stringify({ q: 'no id here' }),
      JSON.stringify({ id: 7, q: '出席簿を持ち帰りたい', policy: 'kurume' }),
      JSON.stringify({ id: 'f', q: 'x\u0000y' }),
      JSON.stringify({ id: 'g', q: 'あ'.repeat(100_000) }),
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['ask', '--jsonl'], input);
    expect(code).toBe(3);
    expect(stderr).toBe('');
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd', 'e', null, 7, 'f', 'g']);
    expect(lines[0]).toMatchObject({ decision: 'conditional', class: 'II' });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'BAD_JSON' } });
    expect(lines[2]).toMatchObject({ error: { code: 'EMPTY' } });
    expect(lines[3]).toMatchObject({ decision: 'allowed', class: 'III', language: 'en' });
    expect(lines[4]).toMatchObject({ error: { code: 'UNKNOWN_POLICY' } });
    expect(lines[5]).toMatchObject({ error: { code: 'BAD_LINE' } });
    expect(lines[6]).toMatchObject({ policy: 'kurume', decision: 'consult', class: 'I' });
    expect(lines[7]).toMatchObject({ error: { code: 'BINARY' } });
    expect(lines[8]).toMatchObject({ error: { code: 'TOO_LONG' } });
  });

  test('lines with the same conversation continue each other; other conversations do not', async () => {
    const input = [
      { id: 1, q: '通知表をメールで保護者に送ってもいいですか？', conversation: 'x' },
      { id: 2, q: '健康診断票をGoogleドライブに保存してもいい？', conversation: 'y' },
      { id: 3, q: 'じゃあUSBなら？', conversation: 'x' },
      { id: 4, q: 'パスワードをつければいい？', conversation: 'x' },
      { id: 5, q: 'じゃあUSBなら？' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await runCli(['ask', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines[2]).toMatchObject({
      decision: 'consult',
      class: 'II',
      action: 'usb',
      carried: { asset: { id: 'report_card' } },
    });
    expect(lines[3]).toMatchObject({ class: 'II', action: 'usb' });
    expect(lines[4]).toMatchObject({ class: null, action: 'usb' });
    expect(lines[4]?.carried).toBeUndefined();
  });

  test('random bytes on stdin give error lines, never a crash', async () => {
    const bytes = Buffer.alloc(20_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const { code, stdout, stderr } = await runCli(['ask', '--jsonl'], bytes);
    expect(code).toBe(3);
    noStackTrace(stderr);
    const lines = jsonLines(stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toHaveProperty('error');
  });

  test('a clean batch exits 0 with one answer per question', async () => {
    const questions = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ id: i, q: i % 2 ? '座席表をTeamsに上げてもいい？' : 'Can I email the class newsletter?' }),
    );
    const { code, stdout } = await runCli(['ask', '--jsonl', '--policy', 'kumamoto'], questions.join('\n'));
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(300);
    expect(lines.every((l, i) => l.id === i && typeof l.decision === 'string')).toBe(true);
  });
});
