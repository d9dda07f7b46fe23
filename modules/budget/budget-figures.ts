// A budget's figures from its limit and its spending. Amounts are two-decimal
// strings; the arithmetic runs on whole cents as BigInt, never on floats
// (ARCHITECTURE.md, Data). Pure, so the page and the API agree to the cent.
import { fromCents, toCents } from "@/lib/money";

export type BudgetFigures = { spent: string; remaining: string; percent: number };

/** ok below 80 % of the limit, warning from 80 %, over once spending reaches the limit. */
export type BudgetState = "ok" | "warning" | "over";

/** spent / amount × 100 rounded half up to one decimal, like PostgreSQL's round(numeric, 1). */
function percentOf(spent: bigint, amount: bigint): number {
  const tenths = (spent * 2000n + amount) / (2n * amount);
  // Placing the decimal point in text keeps the number exact up to its last digit.
  return Number(`${tenths / 10n}.${tenths % 10n}`);
}

/** `amount` is the monthly limit (> 0), `spent` the month's expenses (≥ 0). */
export function budgetFigures(amount: string, spent: string): BudgetFigures {
  const limit = toCents(amount);
  const expenses = toCents(spent);
  return { spent, remaining: fromCents(limit - expenses), percent: percentOf(expenses, limit) };
}

export function budgetState({ amount, spent }: { amount: string; spent: string }): BudgetState {
  const limit = toCents(amount);
  const expenses = toCents(spent);
  if (expenses >= limit) return "over";
  // Compared exactly, not through the rounded percent: 79.96 % is not yet 80 %.
  if (expenses * 100n >= limit * 80n) return "warning";
  return "ok";
}

/** Sum of the limits, the spending and what is available across budgets. */
export function budgetTotals(budgets: ReadonlyArray<{ amount: string; spent: string; available: string }>): {
  amount: string;
  spent: string;
  available: string;
} {
  let amount = 0n;
  let spent = 0n;
  let available = 0n;
  for (const budget of budgets) {
    amount += toCents(budget.amount);
    spent += toCents(budget.spent);
    available += toCents(budget.available);
  }
  return { amount: fromCents(amount), spent: fromCents(spent), available: fromCents(available) };
}

/** Orders two-decimal amounts, largest first. */
export function byAmountDescending(a: string, b: string): number {
  const difference = toCents(b) - toCents(a);
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
}
