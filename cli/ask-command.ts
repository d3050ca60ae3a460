import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod/v4';
import {
  ask,
  DECISION_LABELS,
  DEFAULT_POLICY,
  type Decision,
  getPack,
  type Pack,
  PolicyError,
  type Previous,
  previousOf,
  QuestionError,
} from '../policy/index.js';
import { classifyFileForAsk, type FileNote, formatFileNote } from './ask-file.js';
import { EXIT, UsageError } from './errors.js';
import type { ExitCode, Io } from './io.js';

export const ASK_HELP = `使い方 (usage):
  npx mamoru ask [--policy ID] [--json] [--file PATH] "質問"
  npx mamoru ask --jsonl [--policy ID] < questions.jsonl

  --policy ID   kumamoto (既定 default) または kurume
  --json        Decision を JSON 1 行で出力 (one JSON object on stdout)
  --file PATH   ファイルの内容から分類して答える（ファイルは保存しません） (classify the file's content)
  --jsonl       標準入力の JSON 行 {"id","q","policy"?,"file"?,"conversation"?} に 1 行ずつ答える (batch mode)

例 (examples):
  npx mamoru ask "通知表をメールで保護者に送ってもいいですか？"
  npx mamoru ask --json "健康診断票をGoogleドライブに保存してもいい？"
  npx mamoru ask --policy kurume "Can I take the attendance book home?"
  npx mamoru ask --file 住所録.xlsx "クラウドに保存していい？"

終了コード (exit codes): 0 回答した / 2 コマンドの誤り / 3 質問が不正 (batch: 不正な行があった)
`;

const ROMAN = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' } as const;

const QUESTION_MESSAGES: Record<QuestionError['code'], string> = {
  EMPTY: '質問が空です。どの情報を、どうしたいかを書いてください（例: 「通知表をメールで送ってもいい？」）。',
  TOO_LONG: '質問が長すぎます。要点を短く書いてください。ファイルの内容を確かめたい場合はファイルを添付してください。',
  BINARY: '質問にバイナリデータや制御文字が含まれています。文章で質問してください。',
  NO_TEXT: '質問に文字がありません（記号や絵文字だけです）。日本語か英語で質問してください。',
};

/** The person-facing message for a question error, Japanese first with the English detail. */
export function questionMessage(error: QuestionError): string {
  return `${QUESTION_MESSAGES[error.code]} (${error.message})`;
}

function resolvePack(id: string | undefined): Pack {
  try {
    return getPack(id ?? DEFAULT_POLICY);
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'UNKNOWN_POLICY') {
      throw new UsageError(`ポリシーID「${id}」はありません。使えるID: kumamoto, kurume (${error.message})`);
    }
    throw error;
  }
}

/** `mamoru ask`: one question from the arguments, or a batch of JSON lines from stdin. */
export async function askCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      file: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(ASK_HELP);
    return EXIT.ok;
  }
  const pack = resolvePack(values.policy);
  if (values.file !== undefined && values.jsonl)
    throw new UsageError('--file と --jsonl は一緒に使えません。バッチでは各行の "file" を使ってください (use "file" per line).');
  if (values.jsonl) {
    if (positionals.length > 0)
      throw new UsageError(
        '--jsonl は質問を標準入力から読みます。引数に質問を書かないでください (--jsonl reads questions from stdin).',
      );
    return askBatch(io, pack);
  }
  if (positionals.length === 0) throw new UsageError(`質問を指定してください (a question is required).\n\n${ASK_HELP}`);
  const question = positionals.join(' ');
  // --file: the file is classified in memory and the answer is for its class (nothing is kept).
  const attached = values.file !== undefined ? await classifyFileForAsk(values.file, pack) : null;
  try {
    const decision = ask(pack, question, attached?.options);
    if (values.json) io.stdout(`${JSON.stringify(attached ? { ...decision, file: attached.note } : decision)}\n`);
    else io.stdout(formatDecision(decision) + (attached ? formatFileNote(attached.note, decision.language) : ''));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    if (values.json) io.stdout(`${JSON.stringify({ error: { code: error.code, message: questionMessage(error) } })}\n`);
    else io.stderr(`エラー: ${questionMessage(error)}\n`);
    return EXIT.input;
  }
}

/** The headline of a follow-up that asks which action, not which information (as on the card). */
const WHICH_ACTION = { ja: '取扱いを確認', en: 'Which action?' };

export function formatDecision(decision: Decision): string {
  const asksAction = decision.decision === 'unknown' && decision.followUp?.choices.some((c) => c.kind === 'action');
  const headline = (asksAction ? WHICH_ACTION : DECISION_LABELS[decision.decision])[decision.language];
  const cls = decision.class
    ? decision.language === 'en'
      ? ` · Class ${decision.class}`
      : ` ・ 重要性分類${ROMAN[decision.class]}`
    : '';
  return `【${headline}】${cls}\n${decision.answer}\n`;
}

const MAX_LINE_CHARS = 1_000_000;
const batchLine = z.object({
  id: z.union([z.string().max(200), z.number()]),
  q: z.string(),
  policy: z.string().optional(),
  file: z.string().optional(),
  /** Lines with the same conversation continue each other, like messages in one chat. */
  conversation: z.string().max(200).optional(),
});

/** The previous answer of each conversation (ids only), for follow-ups; the oldest are forgotten first. */
class Conversations {
  private readonly last = new Map<string, Previous>();
  constructor(private readonly max = 10_000) {}
  get(id: string | undefined): Previous | undefined {
    return id === undefined ? undefined : this.last.get(id);
  }
  remember(id: string | undefined, decision: Decision): void {
    if (id === undefined || decision.decision === 'incident') return;
    this.last.delete(id);
    this.last.set(id, previousOf(decision));
    if (this.last.size > this.max) this.last.delete(this.last.keys().next().value!);
  }
}

/** Batch mode: one JSON line in, one JSON line out, in order; a bad line gets an error line. */
async function askBatch(io: Io, defaultPack: Pack): Promise<ExitCode> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let buffer = '';
  let failed = 0;
  let lineNo = 0;
  const conversations = new Conversations();
  const flush = () => {
    if (buffer) io.stdout(buffer);
    buffer = '';
  };
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const out = await answerLine(line, lineNo, defaultPack, conversations);
    if ('error' in out) failed++;
    buffer += `${JSON.stringify(out)}\n`;
    if (buffer.length > 64 * 1024) flush();
  }
  flush();
  return failed > 0 ? EXIT.input : EXIT.ok;
}

type LineOut =
  | ({ id: string | number; file?: FileNote } & Decision)
  | { id: string | number | null; line: number; error: { code: string; message: string } };

async function answerLine(line: string, lineNo: number, defaultPack: Pack, conversations: Conversations): Promise<LineOut> {
  const fail = (id: string | number | null, code: string, message: string): LineOut => ({
    id,
    line: lineNo,
    error: { code, message },
  });
  if (line.length > MAX_LINE_CHARS) return fail(null, 'LINE_TOO_LONG', `line is longer than ${MAX_LINE_CHARS} characters`);
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return fail(
      null,
      'BAD_JSON',
      'not valid JSON: write one object per line, e.g. {"id":"1","q":"通知表をメールで送ってもいい？"}',
    );
  }
  const parsed = batchLine.safeParse(json);
  const id =
    typeof (json as { id?: unknown })?.id === 'string' || typeof (json as { id?: unknown })?.id === 'number'
      ? (json as { id: string | number }).id
      : null;
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return fail(id, 'BAD_LINE', `expected {"id", "q", "policy"?}: ${detail}`);
  }
  const { q, policy, file, conversation } = parsed.data;
  let pack = defaultPack;
  if (policy !== undefined) {
    try {
      pack = getPack(policy);
    } catch (error) {
      if (error instanceof PolicyError) return fail(parsed.data.id, 'UNKNOWN_POLICY', error.message);
      throw error;
    }
  }
  let attached: Awaited<ReturnType<typeof classifyFileForAsk>> | null = null;
  if (file !== undefined) {
    try {
      attached = await classifyFileForAsk(file, pack);
    } catch (error) {
      if (error instanceof UsageError) return fail(parsed.data.id, 'FILE_UNREADABLE', error.message);
      throw error;
    }
  }
  try {
    const decision = ask(pack, q, { ...attached?.options, previous: conversations.get(conversation) });
    conversations.remember(conversation, decision);
    return attached ? { id: parsed.data.id, ...decision, file: attached.note } : { id: parsed.data.id, ...decision };
  } catch (error) {
    if (error instanceof QuestionError) return fail(parsed.data.id, error.code, questionMessage(error));
    throw error;
  }
}
