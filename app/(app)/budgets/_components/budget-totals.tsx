import { Card } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/cn";
import { fromCents, toCents } from "@/lib/money";
import { budgetFigures, budgetState, type BudgetTotals as Totals } from "@/modules/budget";
import { budgetStatusLabel } from "./budget-status";
import { formatMoney, formatPercent, isNegative, isZero, withoutSign } from "./format";

/**
 * Budgeted, spent and left across every budget of the month. "Left" is of
 * what is available: the limits plus whatever rolled over into the month.
 */
export function BudgetTotals({ totals, currency }: { totals: Totals; currency: string }) {
  const carried = fromCents(toCents(totals.available) - toCents(totals.amount));
  // Rolled-over overspending can leave nothing available; then there is no percentage.
  const hasAvailable = toCents(totals.available) > 0n;
  const remaining = fromCents(toCents(totals.available) - toCents(totals.spent));
  const percent = hasAvailable ? budgetFigures(totals.available, totals.spent).percent : null;
  const state = budgetState({ amount: totals.available, spent: totals.spent });
  const money = (value: string) => formatMoney(value, currency);
  const over = isNegative(remaining);

  return (
    <Card className="gap-4" aria-labelledby="budget-totals-title" role="group">
      <h2 id="budget-totals-title" className="text-sm font-medium text-muted-foreground">
        All budgets
      </h2>
      <dl className="grid grid-cols-3 gap-4 tabular-nums">
        <div className="grid gap-1">
          <dt className="text-sm text-muted-foreground">Budgeted</dt>
          <dd className="text-lg font-semibold sm:text-xl">{money(totals.amount)}</dd>
        </div>
        <div className="grid gap-1">
          <dt className="text-sm text-muted-foreground">Spent</dt>
          <dd className="text-lg font-semibold sm:text-xl">{money(totals.spent)}</dd>
        </div>
        <div className="grid gap-1">
          <dt className="text-sm text-muted-foreground">{over ? "Over" : "Left"}</dt>
          <dd className={cn("text-lg font-semibold sm:text-xl", over && "text-danger")}>{money(withoutSign(remaining))}</dd>
        </div>
      </dl>
      <Progress
        value={percent ?? 100}
        state={state}
        label="All budgets: spent of what is available"
        valueText={`${money(totals.spent)} of ${money(totals.available)} spent, ${percent === null ? "nothing available" : formatPercent(percent)}, ${budgetStatusLabel(state, remaining).toLowerCase()}`}
      />
      {isZero(carried) ? null : (
        <p className="-mt-1 text-sm text-muted-foreground tabular-nums">
          {money(totals.available)} available:{" "}
          {isNegative(carried)
            ? `${money(withoutSign(carried))} less, overspending carried from last month.`
            : `${money(carried)} more, rolled over from last month.`}
        </p>
      )}
    </Card>
  );
}
