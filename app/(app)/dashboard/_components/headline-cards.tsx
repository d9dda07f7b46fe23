import { CircleMinus, CirclePlus, Scale, TrendingDown, TrendingUp } from "lucide-react";

import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import type { MonthTotals } from "@/modules/transaction";
import { formatMoney, formatMonth, formatPercent } from "@/lib/format";
import { changeFrom, type MonthChange } from "../_lib/month-change";

export type HeadlineCardsProps = { current: MonthTotals; previous: MonthTotals; currency: string };

/** The month's income, expenses and balance, each with how it moved since the month before. */
export function HeadlineCards({ current, previous, currency }: HeadlineCardsProps) {
  const before = formatMonth(previous.month, "name");
  const figures = [
    { key: "income", label: "Income", icon: <CirclePlus />, upIsGood: true },
    { key: "expense", label: "Expenses", icon: <CircleMinus />, upIsGood: false },
    { key: "balance", label: "Balance", icon: <Scale />, upIsGood: true },
  ] as const;

  return (
    <section aria-labelledby="headline-title" className="grid gap-3">
      <h2 id="headline-title" className="sr-only">
        {formatMonth(current.month)} in figures
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3">
        {figures.map(({ key, label, icon, upIsGood }) => (
          <Card key={key} className="gap-1 p-4 sm:p-5" data-figure={key}>
            <dt className="flex items-center gap-2 text-sm font-medium text-muted-foreground [&_svg]:size-4 [&_svg]:shrink-0">
              <span aria-hidden="true" className="contents">
                {icon}
              </span>
              {label}
            </dt>
            <dd className="text-2xl font-semibold tracking-tight">
              {/* The exact amount stays machine-readable next to its formatted form. */}
              <data value={current[key]}>{formatMoney(current[key], currency, key === "balance" ? "exceptZero" : "auto")}</data>
            </dd>
            <dd>
              <ChangeLine change={changeFrom(previous[key], current[key])} since={before} upIsGood={upIsGood} currency={currency} />
            </dd>
          </Card>
        ))}
      </dl>
    </section>
  );
}

type ChangeLineProps = { change: MonthChange; since: string; upIsGood: boolean; currency: string };

/** "$120.00 more than October (+13.6%)": the words carry the direction; colour and arrow only repeat it. */
function ChangeLine({ change, since, upIsGood, currency }: ChangeLineProps) {
  const { difference, percent } = change;
  if (difference === "0.00") return <p className="text-sm text-muted-foreground">Same as {since}</p>;
  const up = !difference.startsWith("-");
  const good = up === upIsGood;
  const Arrow = up ? TrendingUp : TrendingDown;
  const amount = formatMoney(difference.replace(/^-/, ""), currency);
  return (
    <p className={cn("flex items-center gap-1.5 text-sm tabular-nums", good ? "text-success" : "text-danger")}>
      <Arrow aria-hidden="true" className="size-4 shrink-0" />
      <span>
        {amount} {up ? "more" : "less"} than {since}
        {percent === null ? null : <span className="text-muted-foreground"> ({formatPercent(percent, { signed: true })})</span>}
      </span>
    </p>
  );
}
