import type { TransactionType } from "../categories";
import { recordStream } from "@/lib/http";
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

/** The export as a UTF-8 byte stream, header first, pulled at the reader's pace (lib/http/text-stream.ts). */
export function csvStream(rows: AsyncIterator<ExportRow>): ReadableStream<Uint8Array> {
  return recordStream(rows, { opening: `${CSV_HEADER}\r\n`, format: csvLine });
}
