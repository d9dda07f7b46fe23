import { isCalendarDate } from "../schemas";
import { DATE_FORMATS, type DateFormat } from "./csv-format";

// Day and month may be written with one digit ("2/12/2026"): banks do both.
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DASHED = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// "2 Dec 2026", "02-Dec-2026", "2 December 2026", "02 Dec, 2026".
const NAMED = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})$/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const FULL_MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

function monthOfName(name: string): number | null {
  const lower = name.toLowerCase();
  const index = lower.length === 3 ? MONTHS.indexOf(lower) : lower === "sept" ? 8 : FULL_MONTHS.indexOf(lower);
  return index === -1 ? null : index + 1;
}

const pad = (part: string | number) => String(part).padStart(2, "0");

function calendarDate(year: string, month: string | number, day: string): string | null {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(date) ? date : null;
}

/** The cell as a YYYY-MM-DD calendar date (from 1900 on) read in `format`, or null. */
export function readDate(text: string, format: DateFormat): string | null {
  const cell = text.trim();
  let match: RegExpExecArray | null;
  switch (format) {
    case "YYYY-MM-DD":
      return (match = ISO.exec(cell)) ? calendarDate(match[1]!, match[2]!, match[3]!) : null;
    case "DD/MM/YYYY":
      return (match = SLASHED.exec(cell)) ? calendarDate(match[3]!, match[2]!, match[1]!) : null;
    case "MM/DD/YYYY":
      return (match = SLASHED.exec(cell)) ? calendarDate(match[3]!, match[1]!, match[2]!) : null;
    case "DD.MM.YYYY":
      return (match = DOTTED.exec(cell)) ? calendarDate(match[3]!, match[2]!, match[1]!) : null;
    case "DD-MM-YYYY":
      return (match = DASHED.exec(cell)) ? calendarDate(match[3]!, match[2]!, match[1]!) : null;
    case "D MMM YYYY": {
      match = NAMED.exec(cell);
      const month = match ? monthOfName(match[2]!) : null;
      return match && month ? calendarDate(match[3]!, month, match[1]!) : null;
    }
  }
}

export type DateFormatChoice = { dateFormat: DateFormat | null; candidates: DateFormat[] };

/**
 * The format that reads the most of these cells as real dates, judged on all of
 * them: "03/04/2026" fits both day-first and month-first, one "13/04/2026"
 * decides. A tie (every day ≤ 12) is reported as null with the candidates, for
 * the person to choose; so is a column no format reads.
 */
export function chooseDateFormat(cells: Iterable<string>): DateFormatChoice {
  // A statement repeats its dates: each distinct one is read once.
  const times = new Map<string, number>();
  for (const cell of cells) {
    const date = cell.trim();
    if (date !== "") times.set(date, (times.get(date) ?? 0) + 1);
  }
  const read = new Map<DateFormat, number>(DATE_FORMATS.map((format) => [format, 0]));
  let nonEmpty = 0;
  for (const [cell, count] of times) {
    nonEmpty += count;
    for (const format of DATE_FORMATS) if (readDate(cell, format)) read.set(format, read.get(format)! + count);
  }
  const best = Math.max(...read.values());
  if (nonEmpty === 0 || best === 0) return { dateFormat: null, candidates: [] };
  const candidates = DATE_FORMATS.filter((format) => read.get(format) === best);
  return { dateFormat: candidates.length === 1 ? candidates[0]! : null, candidates };
}

/** Whether any format reads the cell as a date (to find the date column of a file without a header). */
export function looksLikeDate(text: string): boolean {
  return DATE_FORMATS.some((format) => readDate(text, format) !== null);
}
