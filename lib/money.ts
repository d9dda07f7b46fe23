// Money is exact (ARCHITECTURE.md, Data): amounts travel as decimal strings,
// are stored as NUMERIC(14,2) and summed by PostgreSQL. Nothing here does
// arithmetic on a JavaScript number.
import { z } from "zod";

export const MAX_AMOUNT = "999999999.99";
const AMOUNT = /^(0|[1-9]\d{0,8})(\.\d{1,2})?$/;

/** "12.5" → "12.50"; null when the text is not a plain decimal with at most two places and nine integer digits. */
export function normalizeAmount(text: string): string | null {
  const trimmed = text.trim();
  if (!AMOUNT.test(trimmed)) return null;
  const [whole, fraction = ""] = trimmed.split(".");
  return `${whole}.${fraction.padEnd(2, "0")}`;
}

const isZero = (amount: string) => /^0\.00$/.test(amount);

/**
 * API.md's amount: a string or number with at most two decimals, > 0,
 * ≤ 999999999.99; output is the normalized string ("12.50"). A JSON number is
 * read through its shortest decimal form (12.5 → "12.5"), never through arithmetic.
 */
export const amountSchema = z
  .union([z.string(), z.number()], { error: "must be a decimal amount like \"12.50\"" })
  .transform((value, ctx) => {
    const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
    // A form's empty field arrives as "": say what is wrong with it, not what an amount looks like.
    if (typeof value === "string" && !text.trim()) {
      ctx.addIssue({ code: "custom", message: "is required" });
      return z.NEVER;
    }
    const amount = normalizeAmount(text);
    if (amount === null) {
      ctx.addIssue({
        code: "custom",
        message: `must be a number greater than 0 and at most ${MAX_AMOUNT}, with at most two decimals`,
      });
      return z.NEVER;
    }
    if (isZero(amount)) {
      ctx.addIssue({ code: "custom", message: "must be greater than 0" });
      return z.NEVER;
    }
    return amount;
  })
  .meta({ description: "Decimal amount, > 0, ≤ 999999999.99, at most two decimals", example: "12.50" });

/** A decimal (NUMERIC as text, or anything with toFixed) as API.md's two-decimal string. */
export function formatAmount(value: { toFixed(digits: number): string } | string): string {
  return typeof value === "string" ? (normalizeAmount(value) ?? value) : value.toFixed(2);
}

const TWO_DECIMALS = /^(-?)(\d+)\.(\d{2})$/;

/** A two-decimal amount string ("-12.50") as whole cents: the exact way to do arithmetic on money in JavaScript. */
export function toCents(amount: string): bigint {
  const match = TWO_DECIMALS.exec(amount);
  if (!match) throw new RangeError(`Not a two-decimal amount: "${amount}"`);
  const cents = BigInt(`${match[2]}${match[3]}`);
  return match[1] ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const size = cents < 0n ? -cents : cents;
  return `${cents < 0n ? "-" : ""}${size / 100n}.${String(size % 100n).padStart(2, "0")}`;
}
