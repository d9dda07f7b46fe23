import { CircleCheck, CircleExclamationPoint, TriangleExclamationPoint } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { BudgetState } from "@/modules/budget/client";

/** The state in words and an icon, so colour never carries it alone. */
export function budgetStatusLabel(state: BudgetState, remaining: string): string {
  if (state === "ok") return "On track";
  if (state === "warning") return "Almost there";
  return remaining.startsWith("-") ? "Over budget" : "Limit reached";
}

export function BudgetStatusBadge({ state, remaining }: { state: BudgetState; remaining: string }) {
  const label = budgetStatusLabel(state, remaining);
  if (state === "ok") {
    return (
      <Badge variant="income">
        <CircleCheck aria-hidden="true" />
        {label}
      </Badge>
    );
  }
  if (state === "warning") {
    return (
      <Badge variant="warning">
        <TriangleExclamationPoint aria-hidden="true" />
        {label}
      </Badge>
    );
  }
  return (
    <Badge variant="danger">
      <CircleExclamationPoint aria-hidden="true" />
      {label}
    </Badge>
  );
}
