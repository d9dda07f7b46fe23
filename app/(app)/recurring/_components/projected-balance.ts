// The month's balance as it will stand at its end if the schedules run as
// planned: what is recorded so far plus the occurrences still to come this
// month. Upcoming occurrences start tomorrow and today's are already recorded
// (API.md), so nothing is counted twice. Exact cents, no floats.
import { fromCents, toCents } from "@/lib/money";
import type { UpcomingOccurrenceItem } from "@/modules/transaction";

export type MonthProjection = {
  /** The balance recorded so far, income − expense. */
  soFar: string;
  /** Income still to come by the month's end. */
  income: string;
  /** Expenses still to come by the month's end. */
  expense: string;
  /** soFar + income − expense. */
  projected: string;
  /** How many occurrences fall in the rest of the month. */
  count: number;
};

export function projectMonthBalance(soFar: string, occurrences: readonly Pick<UpcomingOccurrenceItem, "date" | "type" | "amount">[], monthEnd: string): MonthProjection {
  let income = 0n;
  let expense = 0n;
  let count = 0;
  for (const occurrence of occurrences) {
    if (occurrence.date > monthEnd) continue;
    count += 1;
    if (occurrence.type === "income") income += toCents(occurrence.amount);
    else expense += toCents(occurrence.amount);
  }
  return {
    soFar,
    income: fromCents(income),
    expense: fromCents(expense),
    projected: fromCents(toCents(soFar) + income - expense),
    count,
  };
}
