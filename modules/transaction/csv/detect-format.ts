import {
  DELIMITERS,
  type ColumnMapping,
  type CsvFormat,
  type DateFormat,
  type DecimalSeparator,
  type Delimiter,
  type MappedField,
} from "./csv-format";
import { looselyNames, normalizeHeader, synonymRank } from "./header-synonyms";
import { decimalSeparatorVote, looksLikeAmount } from "./read-amount";
import { chooseDateFormat, looksLikeDate } from "./read-date";
import { isBlank, readRecords, stripBom, type CsvRecord } from "./read-records";
import { readType } from "./read-type";

export type FormatDetection = {
  /** API.md's `detected`: ready to pass to parseCsv. */
  detected: CsvFormat;
  /** The formats the dates fit when `detected.dateFormat` is null (the choice to offer); else just that one. */
  dateFormatCandidates: DateFormat[];
};

type ColumnIndexes = Partial<Record<MappedField, number>>;

// Enough to judge the delimiter by; the date format is judged on every row.
const DELIMITER_SAMPLE_CHARS = 64 * 1024;
// Enough to tell what a column holds when the header doesn't say.
const CONTENT_SAMPLE_ROWS = 500;

function mostCommon(values: number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of counts) if (count > best.count) best = { value, count };
  return { value: best.value, share: values.length === 0 ? 0 : best.count / values.length };
}

/** The delimiter that splits the first rows into the same number (≥ 2) of cells most often; more cells wins a tie. */
function detectDelimiter(text: string): Delimiter {
  const cut = text.length > DELIMITER_SAMPLE_CHARS ? text.lastIndexOf("\n", DELIMITER_SAMPLE_CHARS) : -1;
  const sample = cut > 0 ? text.slice(0, cut) : text;
  let best: { delimiter: Delimiter; share: number; width: number } = { delimiter: ",", share: 0, width: 0 };
  for (const delimiter of DELIMITERS) {
    const widths = readRecords(sample, delimiter)
      .filter((record) => !record.error && !isBlank(record.cells))
      .map((record) => record.cells.length);
    const { value: width, share } = mostCommon(widths);
    if (width < 2) continue;
    if (share > best.share || (share === best.share && width > best.width)) best = { delimiter, share, width };
  }
  return best.delimiter;
}

const namesAField = (cell: string) => {
  const name = normalizeHeader(cell);
  return (["date", "amount", "debit", "credit", "type", "category", "note", "comment"] as const).some(
    (field) => synonymRank(field, name) !== Infinity,
  );
};

/** A first row that names a column and holds no date, or one with neither dates nor amounts above rows with dates. */
function hasHeader(records: CsvRecord[]): boolean {
  const [first, ...rest] = records;
  if (!first || first.cells.some(looksLikeDate)) return false;
  if (first.cells.some(namesAField)) return true;
  const nextHasDate = rest.slice(0, 5).some((record) => record.cells.some(looksLikeDate));
  return nextHasDate && !first.cells.some(looksLikeAmount);
}

// In this order: debit and credit are claimed before "amount" would take
// their header, the note before the comment (both lists hold "memo").
const FIELD_ORDER: MappedField[] = ["date", "debit", "credit", "amount", "type", "category", "note", "comment"];

function columnsFromHeader(header: string[]): ColumnIndexes {
  const names = header.map(normalizeHeader);
  const taken = new Set<number>();
  const found: ColumnIndexes = {};
  const claim = (field: MappedField, index: number) => {
    found[field] = index;
    taken.add(index);
  };
  for (const field of FIELD_ORDER) {
    let best = { index: -1, rank: Infinity };
    names.forEach((name, index) => {
      const rank = synonymRank(field, name);
      if (!taken.has(index) && rank < best.rank) best = { index, rank };
    });
    if (best.index !== -1) claim(field, best.index);
  }
  for (const field of ["date", "amount"] as const) {
    if (found[field] !== undefined) continue;
    const index = names.findIndex((name, at) => !taken.has(at) && looselyNames(field, name));
    if (index !== -1) claim(field, index);
  }
  return found;
}

type ColumnStats = { filled: number; dates: number; amounts: number; types: number; withDecimals: number; length: number };

function columnStats(rows: CsvRecord[], width: number): ColumnStats[] {
  const stats = Array.from({ length: width }, () => ({ filled: 0, dates: 0, amounts: 0, types: 0, withDecimals: 0, length: 0 }));
  for (const { cells } of rows.slice(0, CONTENT_SAMPLE_ROWS)) {
    cells.forEach((raw, index) => {
      const cell = raw.trim();
      const column = stats[index];
      if (cell === "" || !column) return;
      column.filled += 1;
      column.length += cell.length;
      if (looksLikeDate(cell)) column.dates += 1;
      if (looksLikeAmount(cell)) column.amounts += 1;
      if (/[.,]\d{2}\b|^[-(\u2212]/.test(cell)) column.withDecimals += 1;
      if (readType(cell)) column.types += 1;
    });
  }
  return stats;
}

const hasNonZeroDigit = (cell: string | undefined) => /[1-9]/.test(cell ?? "");

/** Two amount columns where each row fills exactly one: withdrawals then deposits, the order banks use. */
function complementaryPair(rows: CsvRecord[], candidates: number[]): [number, number] | null {
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [debit, credit] = [candidates[i]!, candidates[j]!];
      const sample = rows.slice(0, CONTENT_SAMPLE_ROWS);
      if (sample.length > 0 && sample.every(({ cells }) => hasNonZeroDigit(cells[debit]) !== hasNonZeroDigit(cells[credit]))) {
        return [debit, credit];
      }
    }
  }
  return null;
}

/** What the header didn't name, from what the cells hold. Without a header this is all there is. */
function columnsFromContent(found: ColumnIndexes, rows: CsvRecord[], width: number, header: boolean): ColumnIndexes {
  const stats = columnStats(rows, width);
  const taken = new Set(Object.values(found));
  const free = (index: number) => !taken.has(index) && stats[index]!.filled > 0;
  const result = { ...found };
  const claim = (field: MappedField, index: number) => {
    result[field] = index;
    taken.add(index);
  };

  if (result.date === undefined) {
    let best = { index: -1, share: 0.5 };
    stats.forEach((column, index) => {
      const share = column.dates / column.filled;
      if (free(index) && share > best.share) best = { index, share };
    });
    if (best.index !== -1) claim("date", best.index);
  }
  if (result.amount === undefined && (result.debit === undefined || result.credit === undefined)) {
    delete result.debit;
    delete result.credit;
    const amounts = stats.flatMap((column, index) =>
      free(index) && column.amounts / column.filled >= 0.8 && column.dates < column.filled ? [index] : [],
    );
    const pair = complementaryPair(rows, amounts);
    if (pair) {
      claim("debit", pair[0]);
      claim("credit", pair[1]);
    } else if (amounts.length > 0) {
      // A running balance looks like an amount too; the amount shows decimals or signs at least as often, and comes first.
      const best = amounts.reduce((a, b) => (stats[b]!.withDecimals > stats[a]!.withDecimals ? b : a));
      claim("amount", best);
    }
  }
  if (!header && result.type === undefined && result.amount !== undefined) {
    const index = stats.findIndex((column, at) => free(at) && column.types === column.filled);
    if (index !== -1) claim("type", index);
  }
  if (!header && result.note === undefined) {
    let best = { index: -1, length: 0 };
    stats.forEach((column, index) => {
      const average = column.length / column.filled;
      if (free(index) && column.amounts < column.filled && column.dates < column.filled && average > best.length) {
        best = { index, length: average };
      }
    });
    if (best.index !== -1) claim("note", best.index);
  }
  return result;
}

/** A type column only counts when every value in it is a type word (a bank's "Type" may hold "DEB", "FPI"). */
function typeColumnHoldsTypes(rows: CsvRecord[], index: number): boolean {
  return rows.every(({ cells }) => {
    const cell = (cells[index] ?? "").trim();
    return cell === "" || readType(cell) !== null;
  });
}

function chooseDecimalSeparator(rows: CsvRecord[], columns: number[]): DecimalSeparator {
  const votes = { ".": 0, ",": 0 };
  for (const { cells } of rows) {
    for (const index of columns) {
      const vote = decimalSeparatorVote(cells[index] ?? "");
      if (vote) votes[vote] += 1;
    }
  }
  return votes[","] > votes["."] ? "," : ".";
}

/**
 * How to read a bank's (or our own) CSV export: delimiter, header, columns,
 * decimal separator and date format, judged from the whole file.
 */
export function detectFormat(text: string): FormatDetection {
  return detectFormatAndRead(text).detection;
}

/** detectFormat, and the file's records read with the delimiter found, for parseRecords to reuse. */
export function detectFormatAndRead(text: string): { detection: FormatDetection; records: CsvRecord[] } {
  const clean = stripBom(text);
  const delimiter = detectDelimiter(clean);
  const all = readRecords(clean, delimiter);
  const records = all.filter((record) => !record.error && !isBlank(record.cells));
  const header = hasHeader(records);
  const headerCells = header ? records[0]!.cells.map((cell) => cell.trim()) : null;
  const rows = header ? records.slice(1) : records;
  const width = Math.max(headerCells?.length ?? 0, ...rows.slice(0, CONTENT_SAMPLE_ROWS).map((row) => row.cells.length));

  let indexes = headerCells ? columnsFromHeader(headerCells) : {};
  if (indexes.debit === undefined || indexes.credit === undefined) {
    delete indexes.debit;
    delete indexes.credit;
  } else {
    delete indexes.amount;
  }
  if (indexes.type !== undefined && !typeColumnHoldsTypes(rows, indexes.type)) delete indexes.type;
  indexes = columnsFromContent(indexes, rows, width, header);
  if (indexes.amount === undefined) delete indexes.type;

  const amountColumns = [indexes.amount, indexes.debit, indexes.credit].filter((index) => index !== undefined);
  const decimalSeparator = chooseDecimalSeparator(rows, amountColumns);
  const dates = indexes.date === undefined ? [] : rows.map(({ cells }) => cells[indexes.date!] ?? "");
  const { dateFormat, candidates } = chooseDateFormat(dates);

  const detected = { delimiter, decimalSeparator, dateFormat, header, columns: columnRefs(indexes, headerCells) };
  return { detection: { detected, dateFormatCandidates: candidates }, records: all };
}

/** Header names where they name one column; an index where the name is empty or repeated. */
function columnRefs(indexes: ColumnIndexes, header: string[] | null): ColumnMapping {
  const columns: ColumnMapping = {};
  for (const field of ["date", "amount", "debit", "credit", "type", "category", "note", "comment"] as const) {
    const index = indexes[field];
    if (index === undefined) continue;
    const name = header?.[index];
    columns[field] = name && header.indexOf(name) === index && header.lastIndexOf(name) === index ? name : index;
  }
  return columns;
}
