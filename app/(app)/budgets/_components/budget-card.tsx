"use client";

import { useRef, useState } from "react";
import { Pencil } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/cn";
import type { Budget, BudgetState } from "@/modules/budget/client";
import { BudgetStatusBadge, budgetStatusLabel } from "./budget-status";
import { DeleteBudgetButton } from "./delete-budget-button";
import { EditBudgetAmount } from "./edit-budget-amount";
import { formatMoney, formatPercent, isNegative, withoutSign } from "./format";

export interface BudgetCardProps {
  budget: Budget;
  state: BudgetState;
  currency: string;
}

export function BudgetCard({ budget, state, currency }: BudgetCardProps) {
  const { id, category, amount, spent, remaining, percent } = budget;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const money = (value: string) => formatMoney(value, currency);
  const over = isNegative(remaining);
  const headingId = `budget-${id}`;

  function stopEditing() {
    setEditing(false);
    // Back to where the user started, not to <body>.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <Card className="h-full gap-3 p-5" aria-labelledby={headingId} role="group">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {category}
        </h3>
        <BudgetStatusBadge state={state} remaining={remaining} />
      </div>

      <Progress
        value={percent ?? 100}
        state={state}
        label={`${category}: spent of the limit`}
        valueText={`${money(spent)} of ${money(amount)} spent, ${(percent === null ? "nothing available" : formatPercent(percent))}, ${budgetStatusLabel(state, remaining).toLowerCase()}`}
      />

      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm tabular-nums">
        <p className="text-muted-foreground">
          <span className="font-medium text-foreground">{money(spent)}</span> of {money(amount)} · {(percent === null ? "nothing available" : formatPercent(percent))}
        </p>
        <p className={cn("font-medium", over ? "text-danger" : state === "warning" ? "text-warning" : "text-foreground")}>
          {over ? `${money(withoutSign(remaining))} over` : `${money(remaining)} left`}
        </p>
      </div>

      {editing ? (
        <EditBudgetAmount id={id} category={category} amount={amount} currency={currency} onDone={stopEditing} />
      ) : (
        <div className="-mb-1 flex flex-wrap gap-1 border-t pt-2">
          <Button ref={editButton} variant="ghost" size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" />
            Edit limit<span className="sr-only"> of {category}</span>
          </Button>
          <DeleteBudgetButton id={id} category={category} />
        </div>
      )}
    </Card>
  );
}
