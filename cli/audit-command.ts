import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type AnchorLine,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerdict,
  anchorHead,
  readAnchors,
  sealAudit,
  verifyAudit,
} from '../store/index.js';
import { auditFromEnv } from './audit-env.js';
import { EXIT, UsageError } from './errors.js';
import type { ExitCode, Io } from './io.js';
import { helpAsked, USAGE, withStore } from './store-commands.js';

/** Each kind of tampering: its exit code and its name. The first listed wins when there are several. */
const KINDS: Record<AuditProblemKind, { exit: ExitCode; name: string }> = {
  emptied: { exit: EXIT.auditEmptied, name: '全件の削除 (everything deleted)' },
  truncated: { exit: EXIT.auditTruncated, name: '末尾の記録の削除 (entries removed from the end)' },
  edited: { exit: EXIT.auditEdited, name: '記録の書き換え (an entry was edited)' },
  head_rewritten: { exit: EXIT.auditHeadRewritten, name: '先頭 (audit_head) の書き換え (the head was rewritten)' },
  unsigned: { exit: EXIT.auditUnsigned, name: '署名のない記録 (an unsigned entry while a key is set)' },
  anchor_invalid: { exit: EXIT.auditAnchorInvalid, name: '不正なアンカー (an anchor line mamoru did not write)' },
};

/** What showed the problem, in words an operator can act on: Japanese, then English. */
function evidence(p: AuditProblem, end: number): [string, string] {
  const [nowJa, nowEn] =
    end === 0 ? ['いまは空です', 'it is now empty'] : [`いまは ${end} 件目で終わっています`, `it now ends at entry ${end}`];
  switch (p.evidence) {
    case 'missing':
      return [`${p.seq} 件目がありません`, `entry ${p.seq} is missing`];
    case 'link':
      return [`${p.seq} 件目が前の記録とつながっていません`, `entry ${p.seq} does not link to the one before it`];
    case 'hash':
      return [`${p.seq} 件目の内容がハッシュと一致しません`, `entry ${p.seq}'s contents do not match its hash`];
    case 'mac':
      return [
        `${p.seq} 件目の署名 (MAC) が一致しません: ここから後が作り直されたか、署名した鍵とは違う鍵です`,
        `entry ${p.seq}'s MAC fails: the chain was rewritten from here, or this is not the key that signed it`,
      ];
    case 'unsigned':
      return [
        `${p.seq} 件目に署名がありません: 鍵なしで書かれたか、署名が消されています。鍵を設定する前の記録なら npx mamoru audit seal で一度だけ署名できます`,
        `entry ${p.seq} has no MAC: written without the key, or its MAC removed; entries from before the key can be signed once with npx mamoru audit seal`,
      ];
    case 'head_missing':
      return ['先頭の行 (audit_head) がありません', 'the head row is gone'];
    case 'head_mac':
      return [
        `先頭 (${p.seq} 件目まで) の署名 (MAC) が一致しません: 先頭が書き換えられたか、署名した鍵とは違う鍵です`,
        `the head's MAC fails: it was rewritten, or this is not the key that signed it`,
      ];
    case 'head_ahead':
      return [
        `先頭はログが ${p.seq} 件目まであると言っていますが、${nowJa}`,
        `the head says the log reaches entry ${p.seq}, but ${nowEn}`,
      ];
    case 'head_mismatch':
      return [`先頭の ${p.seq} 件目のハッシュがログと違います`, `the head's hash for entry ${p.seq} is not the log's`];
    case 'anchor_ahead':
      return [
        `アンカー ${p.anchor} ではログは ${p.seq} 件目までありましたが、${nowJa}`,
        `the head anchored at ${p.anchor} reached entry ${p.seq}, but ${nowEn}`,
      ];
    case 'anchor_mismatch':
      return [
        `${p.seq} 件目がアンカー ${p.anchor} と違います: アンカーの後でログが作り直されています`,
        `entry ${p.seq} is not the one anchored at ${p.anchor}: the log was rewritten after it was anchored`,
      ];
    case 'anchor_mac':
      return [
        `アンカー ${p.anchor} の署名 (MAC) が一致しません: アンカーが書き換えられたか、書かれたときに先頭がすでに偽物でした`,
        `the MAC anchored at ${p.anchor} fails: the anchor was altered, or the head was already forged then`,
      ];
    case 'anchor_unreadable':
      return [`${p.anchor} はアンカーの行ではありません`, `${p.anchor} is not an anchored head`];
  }
}

/** The problems, most serious first, and the exit code of the first. */
function report(verdict: AuditVerdict, io: Io): ExitCode {
  const order = Object.keys(KINDS) as AuditProblemKind[];
  const problems = [...verdict.problems].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  io.stderr(
    `監査ログの改ざんを検出しました (audit log tampering detected):\n${problems
      .map((p) => {
        const [ja, en] = evidence(p, verdict.end);
        return `  [${KINDS[p.kind].exit}] ${KINDS[p.kind].name}: ${ja} (${en})\n`;
      })
      .join('')}`,
  );
  return KINDS[problems[0]!.kind].exit;
}

/** What an intact verdict covered, and what it could not see, said plainly. */
function limits(verdict: AuditVerdict, notes: string[]): string {
  const lines: string[] = [];
  if (verdict.ok && verdict.signed)
    lines.push('署名 (MAC) を確認しました: すべての記録と先頭 (the MACs of every entry and of the head hold)');
  if (verdict.ok && verdict.anchors > 0)
    lines.push(`アンカー ${verdict.anchors} 件と一致しました (the chain holds all ${verdict.anchors} anchored heads)`);
  lines.push(...notes);
  if (!verdict.signed)
    lines.push(
      `注意: 鍵 (MAMORU_AUDIT_KEY / MAMORU_AUDIT_KEY_FILE) がないため、検出できるのは偶発的な破損${verdict.anchors > 0 ? 'と、アンカーまでの記録の変更' : ''}だけです。データベースに書き込める人は、記録を書き換えても消しても気づかれません (no key: only accidental damage${verdict.anchors > 0 ? ', and changes up to the last anchor,' : ''} is detected; whoever can write to the database can rewrite or remove entries undetected)`,
    );
  if (verdict.anchors === 0)
    lines.push(
      '注意: アンカー (MAMORU_AUDIT_ANCHOR または --anchor) がないため、以前の状態への巻き戻しは検出できません (no anchor: a rollback to an earlier state is not detected)',
    );
  return lines.map((l) => `  ${l}\n`).join('');
}

/** The anchored heads to compare with: --anchor files (which must exist), else MAMORU_AUDIT_ANCHOR. */
function anchorsFrom(given: string[] | undefined, fromEnv: string | undefined, notes: string[]): AnchorLine[] {
  const files = given ?? (fromEnv ? [fromEnv] : []);
  return files.flatMap((file) => {
    if (!existsSync(file)) {
      if (given) throw new UsageError(`アンカーファイル ${file} がありません (no such anchor file)`);
      notes.push(`アンカーファイル ${file} はまだありません (no anchor written yet)`);
      return [];
    }
    return readAnchors(file);
  });
}

/** `mamoru audit verify|seal`: names each kind of tampering, with its exit code. */
export async function auditCommand(args: string[], io: Io): Promise<ExitCode> {
  if (helpAsked(args, 'audit', io)) return EXIT.ok;
  const [sub, ...rest] = args;
  if (sub !== 'verify' && sub !== 'seal') throw new UsageError(`audit のサブコマンドは verify か seal です。\n\n${USAGE.audit}`);
  const { values } = parseArgs({ args: rest, options: { anchor: { type: 'string', multiple: true } } });
  const audit = auditFromEnv();
  const notes: string[] = [];
  const anchors = anchorsFrom(values.anchor, audit.anchorFile, notes);

  if (sub === 'seal') {
    const key = audit.key;
    if (!key)
      throw new UsageError(
        'audit seal には鍵が必要です: MAMORU_AUDIT_KEY か MAMORU_AUDIT_KEY_FILE を設定してください (audit seal needs the key)',
      );
    const { verdict, signed } = await withStore(async (store) => {
      const sealed = await sealAudit(store.db, key, anchors);
      if (sealed.verdict.ok && audit.anchorFile) await anchorHead(store.db, { file: audit.anchorFile });
      return sealed;
    });
    if (!verdict.ok) {
      const code = report(verdict, io);
      io.stderr(
        '何も署名していません: 鍵より前の記録 (最初の署名のある記録より前) だけに、鎖が無傷のときだけ署名します (nothing signed: seal signs only entries older than every signed one, on an intact chain)\n',
      );
      return code;
    }
    io.stdout(`署名しました: ${signed} 件と先頭 (signed ${signed} entries and the head; the chain was intact)\n`);
    return EXIT.ok;
  }

  const verdict = await withStore((store) => verifyAudit(store.db, { key: audit.key, anchors }));
  if (!verdict.ok) {
    const code = report(verdict, io);
    io.stderr(limits(verdict, notes));
    return code;
  }
  io.stdout(
    `監査ログは改ざんされていません: ${verdict.entries} 件 (audit chain intact: ${verdict.entries} entries)\n${limits(verdict, notes)}`,
  );
  return EXIT.ok;
}
