import Link from "next/link";
import { CircleCheck, CircleExclamationPoint, PiggyBank, TriangleExclamationPoint } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Progress } from "@/components/ui/progress";
import { budgetState, type Budget, type BudgetMonth, type BudgetState } from "@/modules/budget";
import { formatMoney, formatMonth, formatPercent } from "@/lib/format";
import { cardLinkClass, DashboardCard } from "./dashboard-card";

export type BudgetsAtRiskProps = {
  budgets: BudgetMonth | "unavailable";
  /** The budgets page for the same month. */
  budgetsHref: string;
  currency: string;
};

/** Budgets past 80 % of their limit this month, fullest first. */
export function BudgetsAtRisk({ budgets, budgetsHref, currency }: BudgetsAtRiskProps) {
  const action = (
    <Link href={budgetsHref} className={cardLinkClass}>
      All budgets
    </Link>
  );
  if (budgets === "unavailable") {
    return (
      <DashboardCard id="at-risk-title" title="Budgets at risk" action={action}>
        <p role="alert" className="flex gap-2 text-sm text-muted-foreground">
          <TriangleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" />
          Budget spending can&apos;t be read right now. Your budgets are safe; try again in a moment.
        </p>
      </DashboardCard>
    );
  }

  const { month, items } = budgets;
  const atRisk = items
    .map((budget) => ({ budget, state: budgetState({ amount: budget.available, spent: budget.spent }) }))
    .filter(({ state }) => state !== "ok")
    .sort((a, b) => (b.budget.percent ?? Infinity) - (a.budget.percent ?? Infinity) || a.budget.category.localeCompare(b.budget.category));

  return (
    <DashboardCard
      id="at-risk-title"
      title="Budgets at risk"
      description={`At 80 % of their limit or more in ${formatMonth(month)}.`}
      action={items.length > 0 ? action : undefined}
    >
      {items.length === 0 ? (
        <EmptyState
          icon={<PiggyBank />}
          titleAs="h3"
          title="No budgets yet"
          description="Set a monthly limit per category, and the ones close to it show up here."
          action={
            <Link href="/budgets" className={cardLinkClass}>
              Set a budget
            </Link>
          }
        />
      ) : atRisk.length === 0 ? (
        <p className="flex items-center gap-2 text-sm">
          <CircleCheck aria-hidden="true" className="size-4 shrink-0 text-success" />
          {items.length === 1 ? "Your budget is" : `All ${items.length} budgets are`} below 80 % of the limit.
        </p>
      ) : (
        <ul className="grid gap-4">
          {atRisk.map(({ budget, state }) => (
            <li key={budget.id}>
              <AtRiskBudget budget={budget} state={state} currency={currency} />
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}

function AtRiskBudget({ budget, state, currency }: { budget: Budget; state: BudgetState; currency: string }) {
  const { category, amount, spent, remaining, percent } = budget;
  const money = (value: string) => formatMoney(value, currency);
  const over = remaining.startsWith("-");
  const label = state === "warning" ? "Almost there" : over ? "Over budget" : "Limit reached";
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-medium">{category}</span>
        <Badge variant={state === "warning" ? "warning" : "danger"}>
          {state === "warning" ? <TriangleExclamationPoint aria-hidden="true" /> : <CircleExclamationPoint aria-hidden="true" />}
          {label}
        </Badge>
      </div>
      <Progress
        value={percent ?? 100}
        state={state}
        label={`${category}: spent of the limit`}
        valueText={`${money(spent)} of ${money(amount)} spent, ${(percent === null ? "nothing available" : formatPercent(percent))}, ${label.toLowerCase()}`}
      />
      <p className="text-sm text-muted-foreground tabular-nums">
        <span className="font-medium text-foreground">{money(spent)}</span> of {money(amount)} · {(percent === null ? "nothing available" : formatPercent(percent))}
        {over ? ` · ${money(remaining.slice(1))} over` : ` · ${money(remaining)} left`}
      </p>
    </div>
  );
}
