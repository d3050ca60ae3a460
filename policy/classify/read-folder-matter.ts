import type { CompiledProse, MatterHit } from './read-prose.js';
import { analyzerRefs, cheapRefs } from './read-refs.js';

/**
 * A matter the folders of a file's path name, told about the pupil the file's own name points at
 * (保健部/発作記録/小2-2-2.csv, 生徒指導/不登校/3-2-15_経過.docx): a school files a pupil's log
 * under what it records and names the file by the pupil, so the log's rows (脱力, 座薬挿入) need
 * no matter word of their own. The folder alone (発作記録/様式.xlsx) or the file name alone tells
 * nothing; a body or an event the folder names (いじめ対策委員会, 健康診断) is no matter, as in prose.
 * Only a pupil counts (a code, an initial, a name with さん or くん): a bare name in a file's name may be
 * anyone's (警察連携/山田.docx, a contact's).
 */
export function folderMatters(p: CompiledProse, path: string | undefined, name: string): MatterHit[] {
  const parts = (path ?? '').normalize('NFKC').split(/[\\/]/);
  const folders = parts.slice(0, -1).join('\n');
  if (!folders) return [];
  // The folders' matters first: most paths name none, and then the file's name is never analyzed.
  const named: { matter: string; word: string }[] = [];
  for (const { 0: word, index } of folders.matchAll(p.matters)) {
    const matter = p.matterOf.get(word);
    const end = index + word.length;
    // A service (面談, ケース会議) names an event as a folder; a body (〜委員会) or a duty names no one's matter.
    if (!matter || p.services.has(word) || p.naming?.test(folders.slice(end, end + 16))) continue;
    named.push({ matter, word });
  }
  if (named.length === 0) return [];
  const stem = name.normalize('NFKC').replace(/\.[^.]+$/, '');
  if (p.invented?.test(stem)) return [];
  const refs = [...cheapRefs(p, stem, new Set()), ...analyzerRefs(p, stem).map((r) => r.ref)].filter((r) => r.kind === 'pupils');
  if (refs.length === 0) return [];
  return named
    .filter(({ matter }) => refs.some((r) => p.accepted.has(`${matter}:${r.kind}`)))
    .map(({ matter, word }) => ({ matter, word, same: true, refs, filed: true }));
}
