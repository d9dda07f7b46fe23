// Display formatting for the budgets page: the shared formatters, plus the
// signs of "left" and "over" and the words for a carried amount.
import { addMonths } from "@/lib/clock";
import { formatMoney, formatMonth } from "@/lib/format";

export { formatMoney, formatMonth, formatPercent } from "@/lib/format";

/** How far over or under: "-16.35" → "16.35". */
export const withoutSign = (amount: string): string => amount.replace(/^-/, "");

export const isNegative = (amount: string): boolean => amount.startsWith("-");

export const isZero = (amount: string): boolean => /^-?0\.00$/.test(amount);

/**
 * What rolled into `month` (YYYY-MM) from the month before: "+$40.00 from
 * October", or "−$12.50 overspent in October" (a true minus sign); null when
 * nothing was carried.
 */
export function carriedInWords(carried: string, month: string, currency: string): string | null {
  if (isZero(carried)) return null;
  const previous = formatMonth(addMonths(month, -1), "name");
  const size = formatMoney(withoutSign(carried), currency);
  return isNegative(carried) ? `\u2212${size} overspent in ${previous}` : `+${size} from ${previous}`;
}
