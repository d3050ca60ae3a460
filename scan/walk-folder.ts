import { lstat, opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { type FileOnDisk, type FileResult, notInspected } from '../inspect/index.js';

/** The most nested folder level read; deeper folders get a result of their own. */
export const MAX_DEPTH = 128;

/**
 * Lists a folder as a synced cloud drive holds it, without recursion (deep trees cannot overflow
 * the stack). Symbolic links are not followed (so a link loop ends nothing), special files (FIFOs,
 * sockets, devices) are never opened: each gets a result saying so, as does a folder that cannot be read.
 */
export async function walkFolder(root: string): Promise<{ files: FileOnDisk[]; results: FileResult[] }> {
  const files: FileOnDisk[] = [];
  const results: FileResult[] = [];
  const stack: { abs: string; rel: string; depth: number }[] = [{ abs: root, rel: '', depth: 0 }];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let handle: Awaited<ReturnType<typeof opendir>>;
    try {
      handle = await opendir(dir.abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'READ_FAILED';
      results.push(
        notInspected(
          dir.rel || '.',
          0,
          'cannot_inspect',
          code,
          (error as Error).message,
          `確認できません: フォルダを開けませんでした（${code}）`,
        ),
      );
      continue;
    }
    const children: typeof stack = [];
    for await (const entry of handle) {
      const abs = join(dir.abs, entry.name);
      const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        results.push(
          notInspected(
            rel,
            0,
            'skipped',
            'SYMLINK',
            'symbolic links are not followed',
            'シンボリックリンクはたどりません（リンク先を直接確認してください）',
          ),
        );
      } else if (entry.isDirectory()) {
        if (dir.depth + 1 > MAX_DEPTH)
          results.push(
            notInspected(
              rel,
              0,
              'cannot_inspect',
              'TOO_DEEP',
              `more than ${MAX_DEPTH} folder levels`,
              `確認できません: フォルダの階層が深すぎます（${MAX_DEPTH}階層まで）`,
            ),
          );
        else children.push({ abs, rel, depth: dir.depth + 1 });
      } else if (entry.isFile()) {
        const size = await lstat(abs).then(
          (s) => s.size,
          () => 0,
        );
        files.push({ abs, rel, name: entry.name, size });
      } else {
        results.push(
          notInspected(
            rel,
            0,
            'skipped',
            'NOT_A_FILE',
            'a FIFO, socket or device',
            '通常のファイルではないため開きません（パイプ・デバイス等）',
          ),
        );
      }
    }
    stack.push(...children.reverse());
  }
  return { files, results };
}
