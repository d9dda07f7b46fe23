// Text goes out in chunks of about this size: one enqueue per record (a CSV
// line, an exported transaction) would cost more than the writing, and a
// chunk this size keeps memory flat.
const CHUNK_CHARS = 64 * 1024;

export type Frame<T> = {
  /** Written before the first record (a CSV header, a JSON file's head). */
  opening?: string;
  format: (record: T) => string;
  /** Between two records. */
  separator?: string;
  /** After the last one. */
  closing?: string;
};

/**
 * A response body made of records, as UTF-8 bytes: `opening`, each record
 * `format`ted, `closing`. Records are pulled only as the reader asks for
 * more, so a database cursor behind them moves at the client's pace and a big
 * export is never whole in memory. Cancelling the stream (the client went
 * away) returns `records` wherever they stopped, which releases the cursor's
 * connection: a generator in between could swallow that return if it had not
 * reached its loop yet.
 */
export function recordStream<T>(records: AsyncIterator<T>, { opening = "", format, separator = "", closing = "" }: Frame<T>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = opening;
  let first = true;
  let finished = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (!finished && pending.length < CHUNK_CHARS) {
        const next = await records.next();
        if (next.done) {
          finished = true;
          pending += closing;
        } else {
          pending += (first ? "" : separator) + format(next.value);
          first = false;
        }
      }
      if (pending !== "") controller.enqueue(encoder.encode(pending));
      pending = "";
      if (finished) controller.close();
    },
    async cancel() {
      await records.return?.();
    },
  });
}
