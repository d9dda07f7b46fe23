// Display formatting for the transactions page, the same on the server and in
// the browser (a fixed locale, so hydration matches); money comes from lib/format.
import type { TransactionType } from "@/modules/transaction/client";

import { formatMoney } from "@/lib/format";

export { formatMoney };

const LOCALE = "en-US";

/** An amount with the sign of its direction: "+$3,000.00" in, "−$12.50" out. */
export function formatSignedMoney(amount: string, type: TransactionType, currency: string): string {
  return formatMoney(type === "expense" ? `-${amount}` : amount, currency, "always");
}

// Made once: a DateTimeFormat costs ~100× a format() call, and a page formats every row's date.
const dayFormats = {
  long: new Intl.DateTimeFormat(LOCALE, { weekday: "long", month: "long", day: "numeric", year: "numeric", timeZone: "UTC" }),
  short: new Intl.DateTimeFormat(LOCALE, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
};

/** "2026-01-31" → "Saturday, January 31, 2026" (long) or "Jan 31, 2026" (short). */
export function formatDay(date: string, style: "long" | "short" = "short"): string {
  return dayFormats[style].format(new Date(`${date}T00:00:00Z`));
}

export const TYPE_LABEL: Record<TransactionType, string> = { income: "Income", expense: "Expense" };
