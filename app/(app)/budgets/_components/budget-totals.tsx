import { Card } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/cn";
import { budgetFigures, budgetState, type BudgetTotals as Totals } from "@/modules/budget";
import { budgetStatusLabel } from "./budget-status";
import { formatMoney, formatPercent, isNegative, withoutSign } from "./format";

/** Budgeted, spent and left across every budget of the month. */
export function BudgetTotals({ totals, currency }: { totals: Totals; currency: string }) {
  const { remaining, percent } = budgetFigures(totals.amount, totals.spent);
  const state = budgetState(totals);
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
        value={percent}
        state={state}
        label="All budgets: spent of the limits"
        valueText={`${money(totals.spent)} of ${money(totals.amount)} spent, ${formatPercent(percent)}, ${budgetStatusLabel(state, remaining).toLowerCase()}`}
      />
    </Card>
  );
}
