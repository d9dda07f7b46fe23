import type { TransactionType } from "../categories";
import { guardFormula } from "./formula-guard";

export const CSV_HEADER = "date,type,amount,category,note,comment,id";

/** One exported transaction: API.md's transaction, the columns of CSV_HEADER. */
export type ExportRow = {
  date: string;
  type: TransactionType;
  amount: string;
  category: string;
  note: string;
  comment: string;
  id: string;
};

const NEEDS_QUOTES = /[",\r\n]/;

// RFC 4180: a cell with a quote, comma or line break is quoted, its quotes doubled.
function cell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The transaction as one CSV line, CRLF included; its text cells guarded against formulas. */
export function csvLine(row: ExportRow): string {
  return [
    row.date,
    row.type,
    row.amount,
    cell(guardFormula(row.category)),
    cell(guardFormula(row.note)),
    cell(guardFormula(row.comment)),
    row.id,
  ].join(",") + "\r\n";
}

// Lines go out in chunks of about this size: one enqueue per line would cost
// more than the writing, and a chunk this size keeps memory flat.
const CHUNK_CHARS = 64 * 1024;

/**
 * The export as a UTF-8 byte stream, header first. Rows are pulled only as
 * the reader asks for more (so a database cursor behind `rows` moves at the
 * client's pace), and cancelling the stream closes `rows`.
 */
export function csvStream(rows: AsyncIterable<ExportRow>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let pending = `${CSV_HEADER}\r\n`;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (pending.length < CHUNK_CHARS) {
        const next = await iterator.next();
        if (next.done) {
          if (pending !== "") controller.enqueue(encoder.encode(pending));
          controller.close();
          return;
        }
        pending += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(pending));
      pending = "";
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
