import { parse } from "csv-parse/sync";
import type { Options } from "csv-parse/sync";
import type { Delimiter } from "./csv-format";

/** One CSV record: its cells, the line it starts on, or why it could not be read. */
export type CsvRecord = { line: number; cells: string[]; error?: string };

export const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineBreaksIn(cells: string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    if (cell.indexOf("\n") === -1 && cell.indexOf("\r") === -1) continue;
    breaks += cell.match(/\r\n|\r|\n/g)!.length;
  }
  return breaks;
}

const UNCLOSED_QUOTE = "has a quote that is never closed (from this line to the end of the file)";

const optionsFor = (delimiter: Delimiter): Options => ({
  delimiter,
  bom: false,
  relax_column_count: true,
  // A stray quote inside an unquoted cell (5" display) is kept as text.
  relax_quotes: true,
  // Blank lines stay records, so that every line of the file is accounted for.
  skip_empty_lines: false,
  skip_records_with_error: true,
});

/**
 * Every record of the file through csv-parse, in order, with the line it starts
 * on (a quoted cell may span lines). Column counts are not checked here, and a
 * record csv-parse can't read (a quote left open to the end of the file)
 * becomes a record with an error instead of failing the whole file.
 */
export function readRecords(text: string, delimiter: Delimiter): CsvRecord[] {
  const bytes = new TextEncoder().encode(stripBom(text));
  let unclosedQuote = false;
  const rows = parse(bytes, {
    ...optionsFor(delimiter),
    on_skip: (error) => {
      // With relax_quotes and relax_column_count this is the only record
      // csv-parse skips (300,000 random inputs of quotes, delimiters and line
      // breaks found no other); anything else would be a bug to hear about.
      if (error?.code !== "CSV_QUOTE_NOT_CLOSED") throw error ?? new Error("csv-parse skipped a record");
      unclosedQuote = true;
    },
  });

  // Every line is in some record (blank ones too) and a quote open at the end
  // can only be the last one, so a record starts one line after the previous
  // one ended: its own line breaks (inside quotes) plus its end of line. Much
  // cheaper than asking csv-parse for each record's position.
  const records: CsvRecord[] = new Array(rows.length);
  let line = 1;
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index]!;
    records[index] = { line, cells };
    line += lineBreaksIn(cells) + 1;
  }
  if (unclosedQuote) records.push({ line, cells: [], error: UNCLOSED_QUOTE });
  return records;
}
