import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encryptedDoc,
  encryptedXls,
  fixture,
  manyEntriesZip,
  pngHeader,
  SCANNED_FORM,
  scannedPdf,
  scannedPng,
  writeEml,
  writeMsg,
} from '../helpers/corpus-formats.js';
import { writeCsv, writeDocx, writePptx, writeXlsx } from '../helpers/corpus-writers.js';
import { jsonLines, runCli } from '../helpers/run-cli.js';

/**
 * `npx mamoru scan --source local:DIR --jsonl` and `npx mamoru ask --file` on every part and every
 * format: the text of each reaches the classifier; bad input gets a result of its own, within its
 * limits, and the scan finishes. Real processes: the CLI, its inspection workers, tesseract, pdftoppm.
 */

const NOTES = '児童氏名：山田　太郎\n診断名：ADHD\n服薬：あり\n配慮事項：座席を前にする';

let root: string;
let dir: string;
let env: Record<string, string>;
let form: Buffer;
let lines: Map<string, Record<string, unknown>>;
let exitCode: number | null;

const line = (path: string) => {
  const found = lines.get(path);
  expect(found, path).toBeDefined();
  return found as {
    class: string | null;
    status: string;
    reasons: string[];
    error?: { code: string; message: string };
    format?: string;
  };
};

function put(path: string, data: Uint8Array | string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), data);
}

function config(ocr: Record<string, unknown>): string {
  const file = join(root, `config-${Object.values(ocr).join('-')}.yaml`);
  writeFileSync(
    file,
    `scan:\n  ocr:\n${Object.entries(ocr)
      .map(([k, v]) => `    ${k}: ${v}`)
      .join('\n')}\n`,
  );
  return file;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mamoru-formats-'));
  dir = join(root, 'drive');
  env = { MAMORU_DATA_DIR: join(root, 'data') };
  form = await scannedPng(SCANNED_FORM);
  const address = writeCsv([
    ['氏名', '住所', '電話番号'],
    ['山田　太郎', '熊本市中央区手取本町1-1', '090-1234-5678'],
    ['佐藤　花子', '熊本市東区健軍1-2-3', '080-2222-3333'],
  ]);
  // Every part: the personal data is only in the notes, the comments, the cell note.
  put('parts/研修.pptx', await writePptx([{ title: '校内研修', lines: ['事例検討の進め方'], notes: NOTES }]));
  put(
    'parts/学年会.docx',
    await writeDocx({
      paragraphs: ['学年会の資料です。'],
      comment: '山田さん宅 090-1234-5678',
      footnote: '佐藤さん宅 080-2222-3333',
    }),
  );
  put(
    'parts/表紙.xlsx',
    await writeXlsx([{ name: '表紙', rows: [['学級だより']], notes: { A1: '山田 090-1234-5678 / 佐藤 080-2222-3333' } }]),
  );
  // Every format.
  put('formats/address-list.xls', fixture('address-list.xls'));
  put('formats/pupils.doc', fixture('pupils.doc'));
  put('formats/training.ppt', fixture('training.ppt'));
  put('formats/pupils.rtf', fixture('pupils.rtf'));
  put('formats/pupils.odt', fixture('pupils.odt'));
  put('formats/address-list.ods', fixture('address-list.ods'));
  put('formats/training.odp', fixture('training.odp'));
  put(
    'formats/成績.zip',
    zipSync({
      '2024/scores.csv': writeCsv([
        ['番号', '氏名', '国語', '算数'],
        [1, '山田　太郎', 85, 90],
        [2, '佐藤　花子', 70, 88],
      ]),
    }),
  );
  // A zip named for a record: its blank form inside, or the record filled in.
  const healthForm = (pupil: string, result: string) =>
    writeDocx({
      title: '健康診断票',
      paragraphs: [`氏名　${pupil}`, `内科検診　${result}`, `歯科検診　${result}`, `視力　${result}`],
    });
  put('formats/様式/健康診断票.zip', zipSync({ '健康診断票_様式.docx': await healthForm('', '') }));
  put('formats/健康診断票_2-1.zip', zipSync({ '健康診断票_山田.docx': await healthForm('山田 太郎', '異常なし') }));
  put(
    'formats/送付.eml',
    writeEml({
      subject: '送付',
      from: 'a@example.jp',
      to: 'b@example.jp',
      body: 'ご確認ください。',
      attachments: [{ name: '連絡先.csv', data: address }],
    }),
  );
  put(
    'formats/送付.msg',
    writeMsg({
      subject: '送付',
      from: '山田',
      to: '佐藤',
      body: 'ご確認ください。',
      attachments: [{ name: '名簿.xls', data: fixture('address-list.xls') }],
    }),
  );
  put('formats/scan_form.png', form);
  put('formats/scan_0001.pdf', await scannedPdf(form, 1));
  // Bad input.
  put('bad/password.doc', encryptedDoc(fixture('pupils.doc')));
  put('bad/password.xls', encryptedXls(fixture('address-list.xls')));
  put('bad/truncated.doc', fixture('pupils.doc').subarray(0, 4000));
  put('bad/truncated.xls', fixture('address-list.xls').subarray(0, 2000));
  let nested: Uint8Array = address;
  let name = 'list.csv';
  for (let i = 0; i < 5; i++) {
    nested = zipSync({ [name]: nested });
    name = `zip${i}.zip`;
  }
  put('bad/zips-of-zips.zip', nested);
  put('bad/100000-entries.zip', manyEntriesZip(100_000));
  put('bad/huge.png', pngHeader(20_000, 20_000));
  put('bad/scan_300pages.pdf', await scannedPdf(form, 300));
  const scan = await runCli(['scan', '--source', `local:${dir}`, '--jsonl'], undefined, {
    ...env,
    MAMORU_CONFIG: config({ max_pages: 2 }),
  });
  exitCode = scan.code;
  lines = new Map(jsonLines(scan.stdout).map((l) => [l.path as string, l]));
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('every part of a file reaches the classifier', () => {
  it('a pptx whose only personal data is in the speaker notes is class Ⅰ', () => {
    expect(line('parts/研修.pptx')).toMatchObject({ class: 'I', status: 'ok' });
  });

  it('a docx whose phone numbers are only in a comment and a footnote is class Ⅰ', () => {
    expect(line('parts/学年会.docx')).toMatchObject({ class: 'I', status: 'ok' });
  });

  it('an xlsx whose phone numbers are only in a cell note is class Ⅰ', () => {
    expect(line('parts/表紙.xlsx')).toMatchObject({ class: 'I', status: 'ok' });
  });
});

describe('every format schools save is read', () => {
  it.each([
    'formats/address-list.xls',
    'formats/pupils.doc',
    'formats/training.ppt',
    'formats/pupils.rtf',
    'formats/pupils.odt',
    'formats/address-list.ods',
    'formats/training.odp',
  ])('%s is class Ⅰ from its content', (path) => {
    expect(line(path)).toMatchObject({ class: 'I', status: 'ok' });
  });

  it('a zip of a scores CSV is class Ⅰ/Ⅱ and the reasons name the entry', () => {
    const zip = line('formats/成績.zip');
    expect(['I', 'II']).toContain(zip.class);
    expect(zip.reasons[0]).toContain('zip内のファイル「2024/scores.csv」');
  });

  it('a zip named for a record holding only its blank form is the blank form; holding the record, the record', () => {
    expect(line('formats/様式/健康診断票.zip')).toMatchObject({ class: 'IV', status: 'ok' });
    expect(line('formats/健康診断票_2-1.zip')).toMatchObject({ class: 'I', status: 'ok' });
  });

  it('a mail (.eml, .msg) takes the class of its attachment, naming it', () => {
    expect(line('formats/送付.eml')).toMatchObject({ class: 'I', status: 'ok' });
    expect(line('formats/送付.eml').reasons[0]).toContain('添付ファイル「連絡先.csv」');
    expect(line('formats/送付.msg')).toMatchObject({ class: 'I', status: 'ok' });
    expect(line('formats/送付.msg').reasons[0]).toContain('添付ファイル「名簿.xls」');
  });

  it('a scanned form (an image, a PDF without a text layer) is read by OCR and is class Ⅰ', () => {
    for (const path of ['formats/scan_form.png', 'formats/scan_0001.pdf']) {
      expect(line(path), path).toMatchObject({ class: 'I', status: 'ok' });
      expect(line(path).reasons.join(' '), path).toContain('文字認識（OCR）');
    }
  });
});

describe('bad input: a result of its own for each, within its limits, and the scan finishes', () => {
  it('finishes with one line per file', () => {
    expect(exitCode).toBe(0);
    expect(lines.size).toBe(25);
  });

  it('encrypted legacy files say so; corrupt ones say CORRUPT', () => {
    for (const [path, code] of [
      ['bad/password.doc', 'ENCRYPTED'],
      ['bad/password.xls', 'ENCRYPTED'],
      ['bad/truncated.doc', 'CORRUPT'],
      ['bad/truncated.xls', 'CORRUPT'],
    ] as const) {
      expect(line(path), path).toMatchObject({ status: 'cannot_inspect', error: { code } });
    }
    expect(line('bad/password.doc').reasons[0]).toContain('パスワード');
  });

  it('zips of zips are opened to the nesting limit; the entry past it is named, never passed as harmless', () => {
    const zip = line('bad/zips-of-zips.zip');
    expect(zip.status).toBe('cannot_inspect');
    expect(zip.error?.code).toBe('TOO_DEEP');
    expect(zip.reasons[0]).toBe(
      'zip内のファイル「zip3.zip › zip2.zip › zip1.zip」は確認できません: zip の中の zip（添付の中の添付）が深すぎるため、その先は開いていません',
    );
  });

  it('a zip of 100,000 entries, a 20,000 × 20,000 image: refused by their headers', () => {
    expect(line('bad/100000-entries.zip')).toMatchObject({ status: 'cannot_inspect', error: { code: 'TOO_MANY_FILES' } });
    expect(line('bad/huge.png')).toMatchObject({ status: 'cannot_inspect', error: { code: 'TOO_LARGE' } });
  });

  it('a 300-page scanned PDF: the page cap is read, the file is "cannot inspect" with the class found so far', () => {
    const pdf = line('bad/scan_300pages.pdf');
    expect(pdf.status).toBe('cannot_inspect');
    expect(pdf.error?.code).toBe('OCR_BUDGET');
    expect(pdf.error?.message).toContain('read 2 of 300 pages');
    expect(pdf.reasons.at(-1)).toContain('2/300ページ');
    expect(pdf.class).toBe('I');
  });
});

describe('the OCR budget a board sets, and a machine without tesseract', () => {
  let small: string;
  beforeAll(() => {
    small = join(root, 'images');
    mkdirSync(small);
    writeFileSync(join(small, 'a.png'), form);
    writeFileSync(join(small, 'b.png'), form);
  });

  it('a spent scan budget (seconds_per_scan: 0): every image is "cannot inspect", none harmless', async () => {
    const run = await runCli(['scan', '--source', `local:${small}`, '--jsonl'], undefined, {
      ...env,
      MAMORU_CONFIG: config({ seconds_per_scan: 0 }),
    });
    // Lines come in the order files finish: sorted by path here.
    const results = jsonLines(run.stdout).sort((a, b) => String(a.path).localeCompare(String(b.path)));
    expect(results.map((r) => [r.path, r.status, (r.error as { code: string }).code])).toEqual([
      ['a.png', 'cannot_inspect', 'OCR_BUDGET'],
      ['b.png', 'cannot_inspect', 'OCR_BUDGET'],
    ]);
  }, 120_000);

  it('OCR turned off (enabled: false): images are "cannot inspect" and say so', async () => {
    const run = await runCli(['scan', '--source', `local:${small}`, '--jsonl'], undefined, {
      ...env,
      MAMORU_CONFIG: config({ enabled: false }),
    });
    for (const r of jsonLines(run.stdout)) expect(r).toMatchObject({ status: 'cannot_inspect', error: { code: 'OCR_OFF' } });
  }, 120_000);

  it('without tesseract on the PATH, the reason says tesseract is missing', async () => {
    const run = await runCli(['scan', '--source', `local:${small}`, '--jsonl'], undefined, { ...env, PATH: '/nonexistent' });
    const results = jsonLines(run.stdout);
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r).toMatchObject({ status: 'cannot_inspect', error: { code: 'OCR_UNAVAILABLE' } });
      expect((r.reasons as string[]).join(' ')).toContain('tesseract');
      expect((r.error as { message: string }).message).toContain('apt-get install tesseract-ocr tesseract-ocr-jpn');
    }
  }, 120_000);
});

describe('mamoru ask --file', () => {
  it.each([
    ['formats/address-list.xls', 'I'],
    ['formats/scan_form.png', 'I'],
    ['parts/研修.pptx', 'I'],
  ])(
    '%s: the answer is for the class its content shows',
    async (path, cls) => {
      const run = await runCli(['ask', '--json', '--file', join(dir, path), 'メールで送ってもいいですか'], undefined, env);
      expect(run.code).toBe(0);
      const answer = JSON.parse(run.stdout) as { class: string; file: { class: string; status: string } };
      expect(answer.class).toBe(cls);
      expect(answer.file).toMatchObject({ class: cls, status: 'ok' });
    },
    120_000,
  );
});
