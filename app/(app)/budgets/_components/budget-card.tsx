"use client";

import { useRef, useState } from "react";
import { Pencil } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/cn";
import type { Budget, BudgetState } from "@/modules/budget/client";
import { BudgetHistoryDialog } from "./budget-history-dialog";
import { BudgetStatusBadge, budgetStatusLabel } from "./budget-status";
import { DeleteBudgetButton } from "./delete-budget-button";
import { EditBudgetAmount } from "./edit-budget-amount";
import { carriedInWords, formatMoney, formatPercent, isNegative, withoutSign } from "./format";
import { RolloverSwitch } from "./rollover-switch";

export interface BudgetCardProps {
  budget: Budget;
  state: BudgetState;
  currency: string;
}

export function BudgetCard({ budget, state, currency }: BudgetCardProps) {
  const { id, category, month, amount, carried, available, spent, remaining, percent, rollover } = budget;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const money = (value: string) => formatMoney(value, currency);
  const over = isNegative(remaining);
  const headingId = `budget-${id}`;
  const carry = carriedInWords(carried, month, currency);

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

      {carry ? (
        <p className="-mt-1 flex flex-wrap items-baseline gap-x-2 text-sm tabular-nums">
          <span className={cn("font-medium", isNegative(carried) ? "text-danger" : "text-success")}>{carry}</span>
          <span className="text-muted-foreground">on a {money(amount)} limit</span>
        </p>
      ) : null}

      <Progress
        value={percent ?? 100}
        state={state}
        label={`${category}: spent of the limit`}
        valueText={`${money(spent)} of ${money(available)} spent, ${(percent === null ? "nothing available" : formatPercent(percent))}, ${budgetStatusLabel(state, remaining).toLowerCase()}`}
      />

      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm tabular-nums">
        <p className="text-muted-foreground">
          <span className="font-medium text-foreground">{money(spent)}</span> of {money(available)} · {(percent === null ? "nothing available" : formatPercent(percent))}
        </p>
        <p className={cn("font-medium", over ? "text-danger" : state === "warning" ? "text-warning" : "text-foreground")}>
          {over ? `${money(withoutSign(remaining))} over` : `${money(remaining)} left`}
        </p>
      </div>

      {/* Pushed to the bottom, so the controls line up across cards of different heights. */}
      <div className="mt-auto">
        <RolloverSwitch id={id} category={category} rollover={rollover} />
      </div>

      {editing ? (
        <EditBudgetAmount id={id} category={category} amount={amount} month={month} currency={currency} onDone={stopEditing} />
      ) : (
        <div className="-mb-1 flex flex-wrap gap-1 border-t pt-2">
          <Button ref={editButton} variant="ghost" size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" />
            Edit limit<span className="sr-only"> of {category}</span>
          </Button>
          <BudgetHistoryDialog id={id} category={category} month={month} currency={currency} />
          <DeleteBudgetButton id={id} category={category} />
        </div>
      )}
    </Card>
  );
}
