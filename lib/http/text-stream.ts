// Text pieces go out in chunks of about this size: one enqueue per piece (a
// CSV line, an exported row) would cost more than the writing, and a chunk
// this size keeps memory flat.
const CHUNK_CHARS = 64 * 1024;

/**
 * A response body made of text pieces, as UTF-8 bytes. Pieces are pulled only
 * as the reader asks for more (so a database cursor behind them moves at the
 * client's pace and a big export is never whole in memory), and cancelling
 * the stream (the client went away) returns `pieces`.
 */
export function textStream(pieces: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  let pending = "";
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (pending.length < CHUNK_CHARS) {
        const next = await iterator.next();
        if (next.done) {
          if (pending !== "") controller.enqueue(encoder.encode(pending));
          controller.close();
          return;
        }
        pending += next.value;
      }
      controller.enqueue(encoder.encode(pending));
      pending = "";
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
