// Display formatting for the budgets page, the same on the server and in the
// browser (a fixed locale, so hydration matches).

const LOCALE = "en-US";

/**
 * A two-decimal amount string in the user's currency, e.g. "1234.50" → "$1,234.50".
 * Intl formats the decimal string itself (no float on the way), and always
 * with two decimals: what is stored is what is shown.
 */
export function formatMoney(amount: string, currency: string): string {
  return new Intl.NumberFormat(LOCALE, {
    style: "currency",
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount as `${number}`);
}

/** How far over or under: "-16.35" → "16.35". */
export const withoutSign = (amount: string): string => amount.replace(/^-/, "");

export const isNegative = (amount: string): boolean => amount.startsWith("-");

export function formatPercent(percent: number): string {
  return `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }).format(percent)}%`;
}

/** "2026-11" → "November 2026". */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(LOCALE, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
