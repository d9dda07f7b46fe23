import { Lightbulb } from "lucide-react";

import type { UnbudgetedSpending } from "@/modules/budget";
import { formatMoney } from "./format";

/** Categories with spending this month that no budget limits. */
export function UnbudgetedHint({ spending, currency, monthLabel }: { spending: UnbudgetedSpending[]; currency: string; monthLabel: string }) {
  if (spending.length === 0) return null;
  return (
    <section
      aria-labelledby="unbudgeted-title"
      className="flex gap-3 rounded-xl border border-warning/30 bg-warning/5 p-4 text-sm"
    >
      <Lightbulb aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-warning" />
      <div className="grid gap-2">
        <h2 id="unbudgeted-title" className="font-medium">
          Spending without a budget in {monthLabel}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-muted-foreground">
          {spending.map(({ category, spent }) => (
            <li key={category}>
              <span className="text-foreground">{category}</span>{" "}
              <span className="tabular-nums">{formatMoney(spent, currency)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
