/**
 * Reads a response body into memory, counting bytes as they arrive and cancelling the stream as
 * soon as it passes `maxBytes` (a Content-Length over the limit is refused before reading).
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null,
  maxBytes: number,
  declaredLength?: number,
): Promise<{ data: Buffer } | { tooLarge: true; size?: number }> {
  if (declaredLength !== undefined && declaredLength > maxBytes) {
    await cancel(body);
    return { tooLarge: true, size: declaredLength };
  }
  if (!body) return { data: Buffer.alloc(0) };
  const chunks: Buffer[] = [];
  let total = 0;
  const iterator = (Symbol.asyncIterator in body ? body : streamIterable(body))[Symbol.asyncIterator]();
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      total += next.value.byteLength;
      if (total > maxBytes) return { tooLarge: true };
      chunks.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    }
  } finally {
    // Stops the transfer (and frees the socket) when we leave early.
    await iterator.return?.();
  }
  return { data: Buffer.concat(chunks, total) };
}

async function* streamIterable(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    await reader.cancel().catch(() => {});
  }
}

async function cancel(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null): Promise<void> {
  if (!body) return;
  if ('cancel' in body && typeof body.cancel === 'function') await body.cancel().catch(() => {});
  else if ('destroy' in body && typeof body.destroy === 'function') (body as { destroy(): void }).destroy();
}
