import { CircleMinus, CirclePlus, Scale } from "lucide-react";

import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import type { TransactionSummary } from "@/modules/transaction/client";
import { formatMoney } from "./format";

export interface SummaryCardsProps {
  summary: TransactionSummary;
  currency: string;
  /** Whether the figures are for a filtered view rather than all time. */
  filtered: boolean;
}

/** Income, expenses and balance of the transactions the list shows (all of them, not only the loaded page). */
export function SummaryCards({ summary, currency, filtered }: SummaryCardsProps) {
  const scope = filtered ? "Matching the filters" : "All time";
  const count = `${summary.count} ${summary.count === 1 ? "transaction" : "transactions"}`;
  const negative = summary.balance.startsWith("-");
  return (
    <section aria-labelledby="summary-title" className="grid gap-2">
      <h2 id="summary-title" className="sr-only">
        Totals
      </h2>
      <p className="text-sm text-muted-foreground">
        {scope} · {count}
      </p>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Figure label="Income" icon={<CirclePlus className="text-success" />} value={formatMoney(summary.income, currency)} />
        <Figure label="Expenses" icon={<CircleMinus />} value={formatMoney(summary.expense, currency)} />
        <Figure
          label="Balance"
          icon={<Scale />}
          value={formatMoney(summary.balance, currency, "exceptZero")}
          note={negative ? "More went out than came in" : undefined}
          valueClassName={negative ? "text-danger" : undefined}
        />
      </dl>
    </section>
  );
}

function Figure(props: { label: string; icon: React.ReactNode; value: string; note?: string; valueClassName?: string }) {
  return (
    // Phones: label and figure on one line, so the three fit on a screen.
    <Card className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 p-4 sm:grid-cols-1 sm:items-start">
      <dt className="flex items-center gap-2 text-sm font-medium text-muted-foreground [&_svg]:size-4 [&_svg]:shrink-0">
        <span aria-hidden="true" className="contents">
          {props.icon}
        </span>
        {props.label}
      </dt>
      <dd className={cn("text-xl font-semibold tracking-tight tabular-nums sm:text-2xl", props.valueClassName)}>{props.value}</dd>
      {props.note ? <dd className="col-span-2 text-xs text-muted-foreground sm:col-span-1">{props.note}</dd> : null}
    </Card>
  );
}
