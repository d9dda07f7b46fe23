// Display formatting for the budgets page: the shared formatters, plus the
// signs of "left" and "over".
export { formatMoney, formatMonth, formatPercent } from "@/lib/format";

/** How far over or under: "-16.35" → "16.35". */
export const withoutSign = (amount: string): string => amount.replace(/^-/, "");

export const isNegative = (amount: string): boolean => amount.startsWith("-");
