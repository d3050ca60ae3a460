import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CLASS_IDS,
  DEFAULT_POLICY,
  formatIssue,
  getPack,
  lexiconFor,
  listPackIds,
  loadPack,
  type Pack,
  PackInvalidError,
  PolicyError,
} from '../policy/index.js';
import { EXIT, UsageError } from './errors.js';
import { formatTable } from './format-table.js';
import type { ExitCode, Io } from './io.js';

export const POLICY_HELP = `使い方 (usage):
  npx mamoru policy check PATH           パックのフォルダを検証する (validate a pack folder)
  npx mamoru policy show [--policy ID]   分類・例示・取扱いを表で表示 (print the catalog and matrix)
  npx mamoru policy list                 同梱のパック一覧 (list shipped packs)
`;

const SHORT: Record<string, string> = {
  allowed: '可',
  conditional: '条件付',
  permit_required: '要許可',
  consult: '要相談',
  prohibited: '禁止',
};

/** `mamoru policy check|show|list`. */
export async function policyCommand(args: string[], io: Io): Promise<ExitCode> {
  // `--help` anywhere, as every other command takes it (`policy --help`, `policy show -h`).
  if (args[0] === 'help' || args.some((a) => a === '--help' || a === '-h')) {
    io.stdout(POLICY_HELP);
    return EXIT.ok;
  }
  const [sub, ...rest] = args;
  if (sub === undefined) {
    io.stdout(POLICY_HELP);
    return EXIT.usage;
  }
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { policy: { type: 'string' } } });
  switch (sub) {
    case 'list':
      // The status says where the handling comes from (the board's own table, or mamoru's editable
      // default); the pack `--policy` uses when none is given is marked apart, so neither reads as the other.
      for (const id of listPackIds()) {
        const pack = getPack(id);
        const handling =
          pack.meta.status === 'official' ? '取扱い: 規程のとおり (official)' : '取扱い: mamoru の既定 (default handling)';
        const chosen = id === DEFAULT_POLICY ? '\t← --policy 省略時 (used when --policy is not given)' : '';
        io.stdout(`${id}\t${pack.meta.name.ja}\t${handling}${chosen}\n`);
      }
      return EXIT.ok;
    case 'check':
      return check(positionals[0], io);
    case 'show':
      io.stdout(show(packById(values.policy ?? positionals[0] ?? DEFAULT_POLICY)));
      return EXIT.ok;
    default:
      throw new UsageError(`policy のサブコマンド「${sub}」はありません (unknown subcommand).\n\n${POLICY_HELP}`);
  }
}

function packById(id: string): Pack {
  try {
    return getPack(id);
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'UNKNOWN_POLICY') {
      throw new UsageError(`ポリシーID「${id}」はありません。使えるID: ${listPackIds().join(', ')}`);
    }
    throw error;
  }
}

function check(path: string | undefined, io: Io): ExitCode {
  if (!path) throw new UsageError(`検証するパックのフォルダを指定してください (a folder is required).\n\n${POLICY_HELP}`);
  try {
    const pack = loadPack(resolve(path));
    // The words the pack reads questions with: the shared lexicon and the pack's own, if any.
    const lexicon = lexiconFor(pack);
    const words = Object.values(lexicon.actions).reduce((n, a) => n + (a?.ja.length ?? 0) + (a?.en.length ?? 0), 0);
    io.stdout(
      `OK ${pack.id}: ${pack.classes.size} classes, ${pack.items.size} catalog items, ${pack.actions.size} actions, ${pack.clauses.size} clauses, ${pack.roles.size} roles, ${pack.incidents.kinds.length} incident kinds, ${words} action words\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof PackInvalidError) {
      io.stderr(`パックに誤りがあります (${error.issues.length} problems in ${error.dir}):\n`);
      for (const issue of error.issues) io.stderr(`  ${formatIssue(issue)}\n`);
      return EXIT.invalidPack;
    }
    if (error instanceof PolicyError && error.code === 'PACK_NOT_FOUND') {
      io.stderr(`パックのフォルダが見つかりません: ${path}\n`);
      return EXIT.invalidPack;
    }
    throw error;
  }
}

/** The pack as readable tables: classes, the catalog (第2表) and the handling matrix (第3表). */
export function show(pack: Pack): string {
  const out: string[] = [`${pack.meta.name.ja} (${pack.id}, ${pack.meta.status})`, `${pack.meta.source}`, ''];
  out.push('■ 重要性分類 (classes)');
  out.push(
    formatTable(
      ['分類', '定義'],
      [...pack.classes.values()].map((c) => [c.label.ja, c.definition.ja]),
    ),
    '',
  );
  out.push(`■ 情報資産の例示 (catalog, ${pack.meta.catalog_citation})`);
  const items = [...pack.items.values()].sort((a, b) => CLASS_IDS.indexOf(a.class) - CLASS_IDS.indexOf(b.class));
  out.push(
    formatTable(
      ['分類', '区分', '情報資産', '言い換え (synonyms)'],
      items.map((item) => [
        item.class,
        pack.groups.get(item.group)?.ja ?? item.group,
        item.name.ja,
        [...item.synonyms.ja.slice(0, 4), ...item.synonyms.en.slice(0, 2)].join(' / '),
      ]),
    ),
    '',
  );
  out.push('■ 取扱い (handling matrix: decision per class, with citations)');
  out.push(
    formatTable(
      ['action', '取扱い', ...CLASS_IDS, '根拠'],
      [...pack.actions.values()].map((action) => {
        const rulings = pack.rulings.get(action.id)!;
        const cites = new Set(CLASS_IDS.flatMap((c) => rulings.get(c)!.citations));
        return [action.id, action.name.ja, ...CLASS_IDS.map((c) => SHORT[rulings.get(c)!.decision]!), [...cites].join(' ')];
      }),
    ),
    '',
  );
  out.push('■ 役割 (roles)');
  out.push(
    formatTable(
      ['role', '職', '充て職'],
      [...pack.roles.values()].map((r) => [r.id, r.title.ja, r.held_by.ja]),
    ),
    '',
  );
  return `${out.join('\n')}\n`;
}
