import { loadPack } from '../policy/index.js';
import { inspectBuffer } from './inspect-buffer.js';
import { inspectFile } from './inspect-file.js';
import type { InspectTask } from './worker-pool.js';

/**
 * An inspection worker process (forked by the pool, the pack's folder as its argument): inspects
 * the files the pool sends strictly one after another, in the order sent (the pool counts on it to
 * know which file a memory or time overrun belongs to), and sends each result back. It ends with
 * its parent.
 */
const pack = loadPack(process.argv[2] ?? '');
let previous: Promise<void> = Promise.resolve();

process.on('message', ({ id, task }: { id: number; task: InspectTask }) => {
  previous = previous.then(() => inspect(id, task));
});

async function inspect(id: number, task: InspectTask): Promise<void> {
  try {
    const result =
      task.kind === 'file'
        ? await inspectFile(pack, task.file, task.limits)
        : await inspectBuffer(pack, task.data, task.name, task.path, task.limits);
    process.send?.({ id, result });
  } catch (error) {
    process.send?.({ id, error: (error as Error)?.message ?? String(error) });
  }
}
process.on('disconnect', () => process.exit(0));
