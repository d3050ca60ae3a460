import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ExtractError } from '../extract/index.js';

/**
 * Reads a regular file of at most `maxBytes`; a larger file is refused before a byte is read
 * (a 2 GB file costs nothing); a pipe, a device or a file that changed into something else is
 * refused too.
 */
export async function readFileBounded(abs: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Non-blocking, so that a named pipe (FIFO) is refused below instead of waiting for a writer.
    handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ExtractError('READ_FAILED', `${(error as NodeJS.ErrnoException).code ?? 'error'}: ${(error as Error).message}`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ExtractError('READ_FAILED', 'not a regular file');
    if (stat.size > maxBytes) throw new ExtractError('TOO_LARGE', `${stat.size} bytes (limit ${maxBytes})`);
    const buffer = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < stat.size) {
      const { bytesRead } = await handle.read(buffer, offset, stat.size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('READ_FAILED', `${(error as NodeJS.ErrnoException).code ?? 'error'}: ${(error as Error).message}`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
