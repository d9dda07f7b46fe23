import { COMMENT_MAX_LENGTH, NOTE_MAX_LENGTH } from "../schemas";
import type { TransactionType } from "../categories";
import { MAPPED_FIELDS, type ColumnMapping, type CsvFormat, type MappedField, type ParsedRow, type RowError } from "./csv-format";
import { unguardFormula } from "./formula-guard";
import { readAmount, type AmountReading } from "./read-amount";
import { readDate } from "./read-date";
import { isBlank, readRecords, type CsvRecord } from "./read-records";
import { readType, TYPE_WORDS_HINT } from "./read-type";

/** The options can't apply to this file (a column that isn't there, amount and debit both chosen): a 400, naming `columns.<field>`. */
export class CsvOptionsError extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors.map((error) => `${error.path} ${error.message}`).join("; "));
    this.name = "CsvOptionsError";
  }
}

type ColumnIndexes = Partial<Record<MappedField, number>>;

function mappingProblems(columns: ColumnMapping): { missing: RowError[]; contradictions: RowError[] } {
  const missing: RowError[] = [];
  const contradictions: RowError[] = [];
  if (columns.date === undefined) missing.push({ path: "columns.date", message: "is required" });
  const debitOrCredit = columns.debit !== undefined || columns.credit !== undefined;
  if (columns.amount !== undefined && debitOrCredit) {
    contradictions.push({ path: "columns.amount", message: "can't be given with debit and credit; choose one amount column or both of debit and credit" });
  } else if (debitOrCredit && (columns.debit === undefined || columns.credit === undefined)) {
    contradictions.push({ path: columns.debit === undefined ? "columns.debit" : "columns.credit", message: "is required with the other of debit and credit" });
  } else if (!debitOrCredit && columns.amount === undefined) {
    missing.push({ path: "columns.amount", message: "is required (or debit and credit)" });
  }
  return { missing, contradictions };
}

/** The mapping's own consistency, before any file is read: what a commit's `columns` override must satisfy. */
export function columnMappingProblems(columns: ColumnMapping): RowError[] {
  const { missing, contradictions } = mappingProblems(columns);
  return [...missing, ...contradictions];
}

function resolveColumns(columns: ColumnMapping, header: string[] | null, width: number): ColumnIndexes {
  // A missing date or amount column is reported on every row instead, so a
  // preview can still show the file; a contradiction stops here.
  const problems = mappingProblems(columns).contradictions;
  const indexes: ColumnIndexes = {};
  for (const field of MAPPED_FIELDS) {
    const ref = columns[field];
    if (ref === undefined) continue;
    const path = `columns.${field}`;
    if (typeof ref === "number") {
      if (Number.isInteger(ref) && ref >= 0 && ref < width) indexes[field] = ref;
      else problems.push({ path, message: `must be a column index from 0 to ${width - 1}` });
    } else if (!header) {
      problems.push({ path, message: "must be a 0-based column index: the file has no header" });
    } else {
      const name = ref.trim();
      let index = header.indexOf(name);
      if (index === -1) index = header.findIndex((cell) => cell.toLowerCase() === name.toLowerCase());
      if (index === -1) problems.push({ path, message: `names no column of the header (${header.map((cell) => `"${cell}"`).join(", ")})` });
      else indexes[field] = index;
    }
  }
  if (problems.length > 0) throw new CsvOptionsError(problems);
  return indexes;
}

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

function readText(cell: string | undefined, max: number, path: string, errors: RowError[]): string {
  const text = unguardFormula((cell ?? "").trim());
  if (text.includes("\u0000")) errors.push({ path, message: "must not contain NUL characters" });
  else if (text.length > max) errors.push({ path, message: `must be at most ${max} characters` });
  return text;
}

type Money = { type: TransactionType | null; amount: string | null };

function readSignedAmount(cells: string[], columns: ColumnIndexes, options: CsvFormat, errors: RowError[]): Money {
  const reading = readAmount(cells[columns.amount!] ?? "", options.decimalSeparator);
  const typeCell = columns.type === undefined ? "" : (cells[columns.type] ?? "").trim();
  let type: TransactionType | null = null;
  if (typeCell !== "") {
    type = readType(typeCell);
    if (!type) errors.push({ path: "type", message: `must be ${TYPE_WORDS_HINT} (got ${quoted(typeCell)})` });
  }
  if (!reading) {
    errors.push({ path: "amount", message: "is missing" });
    return { type, amount: null };
  }
  if (reading.error !== undefined) {
    errors.push({ path: "amount", message: reading.error });
    return { type, amount: null };
  }
  if (reading.amount === "0.00") {
    errors.push({ path: "amount", message: "must be greater than 0" });
    return { type, amount: null };
  }
  // A type column decides when it says something; the sign only without one.
  if (typeCell === "") type = reading.negative ? "expense" : "income";
  return { type, amount: reading.amount };
}

function readDebitCredit(cells: string[], columns: ColumnIndexes, options: CsvFormat, errors: RowError[]): Money {
  const sides = [
    { type: "expense", column: "debit", reading: readAmount(cells[columns.debit!] ?? "", options.decimalSeparator) },
    { type: "income", column: "credit", reading: readAmount(cells[columns.credit!] ?? "", options.decimalSeparator) },
  ] as const;
  const unreadable = sides.filter((side) => side.reading?.error !== undefined);
  for (const side of unreadable) errors.push({ path: "amount", message: `the ${side.column} column ${side.reading!.error}` });
  if (unreadable.length > 0) return { type: null, amount: null };
  // Banks write 0.00 in the column a row doesn't use; the sign is the column's, not the cell's.
  const filled = sides.filter((side) => side.reading && side.reading.amount !== "0.00") as {
    type: TransactionType;
    column: string;
    reading: AmountReading & { amount: string };
  }[];
  if (filled.length === 2) {
    errors.push({ path: "amount", message: "has both a debit and a credit; fill one of them" });
    return { type: null, amount: null };
  }
  if (filled.length === 0) {
    const zero = sides.some((side) => side.reading);
    errors.push({ path: "amount", message: zero ? "must be greater than 0" : "is missing (the debit and credit columns are both empty)" });
    return { type: null, amount: null };
  }
  return { type: filled[0]!.type, amount: filled[0]!.reading.amount };
}

function readMoney(cells: string[], columns: ColumnIndexes, options: CsvFormat, errors: RowError[]): Money {
  if (columns.amount !== undefined) return readSignedAmount(cells, columns, options, errors);
  if (columns.debit !== undefined && columns.credit !== undefined) return readDebitCredit(cells, columns, options, errors);
  errors.push({ path: "amount", message: "has no column: choose the amount column (or debit and credit)" });
  return { type: null, amount: null };
}

// Cell → date, for one file: a statement repeats its dates.
type DateCache = Map<string, string | null>;

function readRowDate(cells: string[], columns: ColumnIndexes, options: CsvFormat, dates: DateCache, errors: RowError[]): string | null {
  if (columns.date === undefined) {
    errors.push({ path: "date", message: "has no column: choose the date column" });
    return null;
  }
  const cell = (cells[columns.date] ?? "").trim();
  if (cell === "") {
    errors.push({ path: "date", message: "is missing" });
    return null;
  }
  if (!options.dateFormat) {
    errors.push({ path: "date", message: "can't be read until the date format (dateFormat) is chosen" });
    return null;
  }
  let date = dates.get(cell);
  if (date === undefined) dates.set(cell, (date = readDate(cell, options.dateFormat)));
  if (!date) errors.push({ path: "date", message: `must be a real date written ${options.dateFormat}, from 1900 on (got ${quoted(cell)})` });
  return date;
}

function unreadableRow(line: number, message: string): ParsedRow {
  return { row: line, date: null, type: null, amount: null, category: null, note: "", comment: "", errors: [{ path: "row", message }] };
}

function parseRecord(record: CsvRecord, width: number, columns: ColumnIndexes, options: CsvFormat, dates: DateCache): ParsedRow {
  const { cells, line } = record;
  if (record.error) return unreadableRow(line, record.error);
  if (isBlank(cells)) return unreadableRow(line, "is empty");
  // Cells past the last column are tolerated when empty: some banks end every row with a delimiter.
  if (cells.length < width || cells.slice(width).some((cell) => cell.trim() !== "")) {
    return unreadableRow(line, `has ${cells.length} columns; expected ${width}`);
  }
  const errors: RowError[] = [];
  const date = readRowDate(cells, columns, options, dates, errors);
  const { type, amount } = readMoney(cells, columns, options, errors);
  const rawCategory = columns.category === undefined ? "" : readText(cells[columns.category], Infinity, "category", errors);
  const note = columns.note === undefined ? "" : readText(cells[columns.note], NOTE_MAX_LENGTH, "note", errors);
  const comment = columns.comment === undefined ? "" : readText(cells[columns.comment], COMMENT_MAX_LENGTH, "comment", errors);
  return { row: line, date, type, amount, category: rawCategory === "" ? null : rawCategory, note, comment, errors };
}

function commonWidth(records: CsvRecord[]): number {
  const counts = new Map<number, number>();
  for (const record of records) {
    if (!record.error && !isBlank(record.cells)) counts.set(record.cells.length, (counts.get(record.cells.length) ?? 0) + 1);
  }
  let best = { width: 0, count: 0 };
  for (const [width, count] of counts) if (count > best.count || (count === best.count && width > best.width)) best = { width, count };
  return best.width;
}

/**
 * Every row of the file (the header excepted) as it would be recorded, each
 * with its own errors; a bad row never stops the others. Throws
 * CsvOptionsError when `options.columns` can't apply to this file.
 */
export function parseCsv(text: string, options: CsvFormat): ParsedRow[] {
  return parseRecords(readRecords(text, options.delimiter), options);
}

/** parseCsv on records already read (with `options.delimiter`). */
export function parseRecords(records: CsvRecord[], options: CsvFormat): ParsedRow[] {
  const headerAt = options.header ? records.findIndex((record) => !record.error && !isBlank(record.cells)) : -1;
  const header = headerAt === -1 ? null : records[headerAt]!.cells.map((cell) => cell.trim());
  // Blank lines above the header are no rows of the file's.
  const body = headerAt === -1 ? records : records.slice(headerAt + 1);
  const width = header ? header.length : commonWidth(body);
  const columns = resolveColumns(options.columns, options.header ? (header ?? []) : null, width);
  const dates: DateCache = new Map();
  return body.map((record) => parseRecord(record, width, columns, options, dates));
}
