import { basename } from 'node:path';
import { type EmbeddedFile, type ExtractContext, ExtractError, type ExtractLimits, timeLeftMs } from '../extract/index.js';
import type { ClassId, Evidence, Pack } from '../policy/index.js';
import { inspectBuffer, isViolation, notInspected, reasonFor } from './inspect-buffer.js';
import type { FileResult } from './types.js';

const RANK: Record<ClassId, number> = { I: 4, II: 3, III: 2, IV: 1 };
const ROMAN: Record<ClassId, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' };
const MAX_REASONS = 6;

interface Part {
  file: EmbeddedFile;
  result: FileResult;
}

const label = (file: EmbeddedFile, name = file.name) =>
  `${file.kind === 'attachment' ? '添付ファイル' : 'zip内のファイル'}「${name}」`;
/** A reason that already names a file inside the entry (a zip in a zip): the two names are joined. */
const NAMED = /^(?:zip内のファイル|添付ファイル)「(.+?)」(.*)$/s;

/** A part's reason, naming the part (and the file inside it, for a container in a container). */
function partReason(file: EmbeddedFile, reason: string, joiner: string): string {
  const inner = NAMED.exec(reason);
  return inner ? `${label(file, `${file.name} › ${inner[1]}`)}${inner[2]}` : `${label(file)}${joiner}${reason}`;
}

/**
 * Inspects the files a zip or a mail holds, one at a time, each as a file of its own (a zip in a
 * zip is opened in turn, to the nesting limit), and judges the container by them: the strongest
 * class wins and the reasons name the entry. An entry that could not be inspected is named too;
 * unless a class Ⅰ entry already decides, the container is then "cannot inspect", never harmless.
 */
export async function inspectEmbedded(
  pack: Pack,
  own: FileResult,
  files: EmbeddedFile[],
  path: string,
  limits: Partial<ExtractLimits>,
  ctx: ExtractContext,
): Promise<FileResult> {
  const parts: Part[] = [];
  const child: ExtractContext = { ...ctx, depth: ctx.depth + 1 };
  for (const file of files) {
    const where = `${path}/${file.name}`;
    if (timeLeftMs(ctx) <= 0) {
      const left = files.length - parts.length;
      const error = new ExtractError('TIMEOUT', `${left} of ${files.length} entries not read in time`);
      parts.push({
        file,
        result: notInspected(where, file.size, 'cannot_inspect', error.code, error.message, reasonFor(error, file.name)),
      });
      break;
    }
    let result: FileResult;
    try {
      result = await inspectBuffer(pack, file.read(), basename(file.name), where, limits, child);
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      result = notInspected(where, file.size, 'cannot_inspect', error.code, error.message, reasonFor(error, file.name));
    }
    parts.push({ file, result });
  }
  return combine(pack, own, parts);
}

function combine(pack: Pack, own: FileResult, parts: Part[]): FileResult {
  const judged = parts.filter((p) => p.result.class !== null);
  const best = judged.reduce<Part | null>((a, b) => (!a || RANK[b.result.class!] > RANK[a.result.class!] ? b : a), null);
  // On a tie the entry is named: its content says more than the container's name or cover note.
  // A zip named for a record (健康診断票.zip) whose entries were all read and are that record's
  // blank form is the blank form: its name was all it had of its own.
  const blankOfOwn = own.asset ? pack.items.get(own.asset.id)?.blank : undefined;
  const namedBlank =
    own.format === 'zip' &&
    blankOfOwn !== undefined &&
    parts.every((p) => p.result.status === 'ok') &&
    parts.some((p) => p.result.asset?.id === blankOfOwn);
  const ownWins = own.class !== null && !namedBlank && (!best || RANK[own.class] > RANK[best.result.class!]);
  const cls = ownWins ? own.class : (best?.result.class ?? null);
  const reasons: string[] = [];
  if (best && !ownWins) {
    reasons.push(partReason(best.file, best.result.reasons[0] ?? '', `が重要性分類${ROMAN[best.result.class!]}: `));
    reasons.push(...best.result.reasons.slice(1, 3).map((r) => partReason(best.file, r, ': ')));
    const others = judged.filter((p) => p !== best && p.result.class === cls).length;
    if (others > 0) reasons.push(`ほかにも重要性分類${ROMAN[cls!]}のファイルが${others}件あります`);
  } else if (ownWins || own.class !== null || parts.every((p) => p.result.status !== 'cannot_inspect')) {
    // A zip's "nothing found" by its name alone is noise next to an entry that could not be read.
    reasons.push(...own.reasons);
  }
  const unread = parts.filter((p) => p.result.status === 'cannot_inspect');
  for (const p of unread.slice(0, 2)) {
    const why = p.result.reasons.find((r) => r.startsWith('確認できません')) ?? p.result.reasons.at(-1) ?? '';
    reasons.push(partReason(p.file, why, 'は'));
  }
  if (unread.length > 2) reasons.push(`ほかにも確認できないファイルが${unread.length - 2}件あります`);
  const winner = ownWins || !best ? own : best.result;
  const cannot = unread.length > 0 && cls !== 'I';
  return {
    ...own,
    status: cannot ? 'cannot_inspect' : 'ok',
    class: cls,
    confidence: winner.confidence,
    violation: isViolation(pack, cls),
    reasons: [...new Set(reasons)].slice(0, MAX_REASONS + 2),
    asset: winner.asset ?? null,
    evidence: mergeEvidence([own, ...parts.map((p) => p.result)]),
    chars: parts.reduce((n, p) => n + (p.result.chars ?? 0), own.chars ?? 0),
    ...(cannot
      ? {
          error: {
            code: unread[0]!.result.error?.code ?? 'CANNOT_INSPECT',
            message: `${unread.length} of ${parts.length} entries not inspected; ${unread[0]!.file.name}: ${unread[0]!.result.error?.message ?? ''}`,
          },
        }
      : {}),
  };
}

function mergeEvidence(results: FileResult[]): Evidence[] {
  const byKind = new Map<string, Evidence>();
  for (const e of results.flatMap((r) => r.evidence ?? [])) {
    const prev = byKind.get(e.kind);
    if (!prev) byKind.set(e.kind, { ...e, ...(e.samples ? { samples: [...e.samples] } : {}) });
    else {
      prev.count += e.count;
      if (e.samples) prev.samples = [...(prev.samples ?? []), ...e.samples].slice(0, 3);
    }
  }
  return [...byKind.values()];
}
