import { MAX_AMOUNT, normalizeAmount } from "@/lib/money";
import type { DecimalSeparator } from "./csv-format";

export type AmountReading =
  /** `amount` is the size ("12.50", possibly "0.00"); `negative` its sign as written (a minus, parentheses or "DR"). */
  | { amount: string; negative: boolean; error?: undefined }
  | { error: string; amount?: undefined; negative?: undefined };

// Longest first: "Rs." before "Rs", "US$" before "$".
const CURRENCY = String.raw`(?:US\$|Rs\.?|INR|USD|EUR|GBP|[$£€₹])`;
const LEADING_CURRENCY = new RegExp(`^${CURRENCY}\\s*`, "i");
const TRAILING_CURRENCY = new RegExp(`\\s*${CURRENCY}$`, "i");
// Indian statements write the side after the figure: "1,234.00 Dr".
const TRAILING_SIDE = /\s*(cr|dr)\.?$/i;
const MINUS = /^[-\u2212]/;
// Spaces (also no-break and narrow no-break) and apostrophes group digits too: "1 234,56", "1'234.56".
const GROUPING = { ".": /^(\d{1,3}([,' \u00a0\u202f]\d{3})+|\d{1,2}(,\d{2})*,\d{3})$/, ",": /^\d{1,3}([.' \u00a0\u202f]\d{3})+$/ };
const GROUP_MARKS = /[.,' \u00a0\u202f]/g;

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/**
 * A bank's amount cell: thousands separators (also Indian lakh grouping
 * "1,23,456.78"), a currency sign or code, a sign in front or behind, or
 * parentheses for negative. Returns null for an empty cell.
 */
// normalizeAmount's shape: no leading zeros, no point without decimals.
const decimal = (whole: string, fraction: string) =>
  `${whole.replace(/^0+(?=\d)/, "") || "0"}${fraction === "" ? "" : `.${fraction}`}`;

// Most cells are plain ("-12.50", "1234,5"): read them without the general path's rewriting.
const PLAIN = { ".": /^(-?)(\d{1,9})(?:\.(\d{1,2}))?$/, ",": /^(-?)(\d{1,9})(?:,(\d{1,2}))?$/ };

export function readAmount(text: string, decimalSeparator: DecimalSeparator): AmountReading | null {
  let cell = text.trim();
  if (cell === "") return null;
  const plain = PLAIN[decimalSeparator].exec(cell);
  if (plain) {
    const amount = normalizeAmount(decimal(plain[2]!, plain[3] ?? ""));
    if (amount !== null) return { amount, negative: plain[1] === "-" };
  }
  const notAmount = { error: `must be an amount like 12.50 (got ${quoted(text.trim())})` };
  let minuses = 0;
  let plus = false;

  const parenthesized = /^\((.*)\)$/.exec(cell);
  if (parenthesized) {
    minuses += 1;
    cell = parenthesized[1]!.trim();
  }
  const side = TRAILING_SIDE.exec(cell);
  if (side) {
    if (side[1]!.toLowerCase() === "dr") minuses += 1;
    cell = cell.slice(0, side.index);
  }
  // Sign and currency in either order at either end: "-$12.50", "$-12.50", "12,50 €", "12,50-".
  for (let changed = true; changed; ) {
    const before = cell;
    cell = cell.replace(LEADING_CURRENCY, "").replace(TRAILING_CURRENCY, "").trim();
    if (MINUS.test(cell) || cell.endsWith("-")) {
      minuses += 1;
      cell = (MINUS.test(cell) ? cell.slice(1) : cell.slice(0, -1)).trim();
    } else if (cell.startsWith("+")) {
      if (plus) return notAmount;
      plus = true;
      cell = cell.slice(1).trim();
    }
    changed = cell !== before;
  }
  if (minuses > 1 || (plus && minuses > 0)) return notAmount;

  const parts = cell.split(decimalSeparator);
  if (parts.length > 2) return notAmount;
  const [whole = "", fraction = ""] = parts;
  if (!/^\d*$/.test(fraction) || (whole === "" && fraction === "")) return notAmount;
  if (!/^\d*$/.test(whole) && !GROUPING[decimalSeparator].test(whole)) return notAmount;
  if (fraction.length > 2) return { error: `must have at most two decimals (got ${quoted(text.trim())})` };

  const digits = whole.replace(GROUP_MARKS, "");
  const amount = normalizeAmount(decimal(digits, fraction));
  if (amount === null) return { error: `must be at most ${MAX_AMOUNT} (got ${quoted(text.trim())})` };
  return { amount, negative: minuses === 1 };
}

/**
 * What a cell says about the decimal separator: "1.234,56" and "12,50" vote
 * for a comma, "1,234.56" and "12.50" for a point; "1,234" (three digits after
 * the only mark) is a thousands separator, so it votes for the other one.
 */
export function decimalSeparatorVote(text: string): DecimalSeparator | null {
  const cell = text.replace(/[^\d.,]/g, "");
  const lastPoint = cell.lastIndexOf(".");
  const lastComma = cell.lastIndexOf(",");
  if (lastPoint === -1 && lastComma === -1) return null;
  if (lastPoint !== -1 && lastComma !== -1) return lastPoint > lastComma ? "." : ",";
  const mark = lastPoint !== -1 ? "." : ",";
  const decimals = cell.length - cell.lastIndexOf(mark) - 1;
  const marks = cell.split(mark).length - 1;
  if (marks === 1 && decimals <= 2) return mark;
  return decimals === 3 ? (mark === "." ? "," : ".") : null;
}

// Decimal-agnostic: whether a cell is written like an amount at all, to find
// the amount columns of a file before its decimal separator is known.
const AMOUNT_SHAPE = new RegExp(
  String.raw`^\(?[-+\u2212]?\s*${CURRENCY}?\s*[-+\u2212]?\s*\d[\d.,' \u00a0\u202f]*\s*${CURRENCY}?\s*-?\)?(\s*(cr|dr)\.?)?$`,
  "i",
);

export function looksLikeAmount(text: string): boolean {
  return AMOUNT_SHAPE.test(text.trim());
}
