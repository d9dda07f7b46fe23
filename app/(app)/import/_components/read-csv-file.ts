// The browser's own light reading of the chosen file, for what the API's
// preview doesn't carry: the header's column names (for the mapping's
// choices), each row's date cell (to show how a chosen date format reads it)
// and the dates of the whole file (the import's date range, for the link to
// the imported rows). The server's reading stays the one that records.
import type { ColumnRef, DateFormat, Delimiter } from "./import-types";

export type FileRecord = { line: number; cells: string[] };

/** UTF-8 (with or without BOM), else Windows-1252, like the server decodes. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** RFC 4180 records with the line each starts on; a stray quote inside an unquoted cell is text. */
export function readCsvRecords(text: string, delimiter: Delimiter): FileRecord[] {
  const records: FileRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let atCellStart = true;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    atCellStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
      atCellStart = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRecord();
      recordLine = line;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

export type CsvFile = {
  /** The header's cells (trimmed), or null without a header. */
  header: string[] | null;
  /** The number of columns (the header's, or the most common row width). */
  width: number;
  /** The rows after the header, blank lines left out. */
  rows: FileRecord[];
};

export function readCsvFile(text: string, delimiter: Delimiter, header: boolean): CsvFile {
  const records = readCsvRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, delimiter).filter((record) => !isBlank(record.cells));
  if (header && records.length > 0) {
    const [first, ...rows] = records;
    const names = first!.cells.map((cell) => cell.trim());
    return { header: names, width: names.length, rows };
  }
  const widths = new Map<number, number>();
  for (const record of records) widths.set(record.cells.length, (widths.get(record.cells.length) ?? 0) + 1);
  const width = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  return { header: null, width, rows: records };
}

/** The 0-based index a column reference names in this file, or -1. */
export function columnIndex(file: CsvFile, ref: ColumnRef | undefined): number {
  if (ref === undefined) return -1;
  if (typeof ref === "number") return ref < file.width ? ref : -1;
  if (!file.header) return -1;
  const exact = file.header.indexOf(ref.trim());
  return exact !== -1 ? exact : file.header.findIndex((name) => name.toLowerCase() === ref.trim().toLowerCase());
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function calendarDate(year: string, month: string | number, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A cell read in `format` as YYYY-MM-DD, or null: the same formats the server reads. */
export function readDate(text: string, format: DateFormat): string | null {
  const cell = text.trim();
  let match: RegExpExecArray | null;
  switch (format) {
    case "YYYY-MM-DD":
      return (match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell)) ? calendarDate(match[1]!, match[2]!, match[3]!) : null;
    case "DD/MM/YYYY":
      return (match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell)) ? calendarDate(match[3]!, match[2]!, match[1]!) : null;
    case "MM/DD/YYYY":
      return (match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell)) ? calendarDate(match[3]!, match[1]!, match[2]!) : null;
    case "DD.MM.YYYY":
      return (match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell)) ? calendarDate(match[3]!, match[2]!, match[1]!) : null;
    case "DD-MM-YYYY":
      return (match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(cell)) ? calendarDate(match[3]!, match[2]!, match[1]!) : null;
    case "D MMM YYYY": {
      match = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})$/.exec(cell);
      const month = match ? MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase()) + 1 : 0;
      return match && month > 0 ? calendarDate(match[3]!, month, match[1]!) : null;
    }
  }
}

/** One column's cell of each row (trimmed), by the row's line; empty when the column isn't in the file. */
export function columnCells(file: CsvFile, column: ColumnRef | undefined): Map<number, string> {
  const index = columnIndex(file, column);
  const cells = new Map<number, string>();
  if (index === -1) return cells;
  for (const record of file.rows) cells.set(record.line, (record.cells[index] ?? "").trim());
  return cells;
}

/** The first and last date the rows' date cells read as, or null when none reads. */
export function dateRange(cells: Iterable<string>, format: DateFormat): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const cell of cells) {
    const date = readDate(cell, format);
    if (!date) continue;
    if (from === null || date < from) from = date;
    if (to === null || date > to) to = date;
  }
  return from && to ? { from, to } : null;
}
