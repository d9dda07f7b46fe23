"use client";

import { useCallback, useState } from "react";
import { ChartColumn, RotateCw } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import type { ApiProblem } from "@/lib/api-fetch";
import type { BudgetMonthFigures } from "@/modules/budget";
import { DataTableDisclosure } from "../../dashboard/_components/data-table-disclosure";
import { BudgetHistoryChart } from "./budget-history-chart";
import { budgetHistoryRequest } from "./budget-requests";
import { formatMoney, formatMonth, formatPercent, isNegative, withoutSign } from "./format";

type History = { state: "loading" } | { state: "failed"; problem: ApiProblem } | { state: "ready"; months: BudgetMonthFigures[] };

export interface BudgetHistoryDialogProps {
  id: string;
  category: string;
  /** The month shown on the page: the history ends there. */
  month: string;
  currency: string;
}

/** The last 12 months of one budget, read when the dialog opens (and again on each opening: spending changes). */
export function BudgetHistoryDialog({ id, category, month, currency }: BudgetHistoryDialogProps) {
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<History>({ state: "loading" });

  const load = useCallback(async () => {
    setHistory({ state: "loading" });
    const outcome = await budgetHistoryRequest(id, month);
    setHistory(outcome.ok ? { state: "ready", months: outcome.data.items } : { state: "failed", problem: outcome.problem });
  }, [id, month]);

  function changeOpen(next: boolean) {
    setOpen(next);
    if (next) void load();
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm">
          <ChartColumn aria-hidden="true" />
          History<span className="sr-only"> of the {category} budget</span>
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>{category}: the last 12 months</DialogTitle>
          <DialogDescription>What was spent each month against what was available (the limit plus anything carried in).</DialogDescription>
        </DialogHeader>
        {history.state === "loading" ? (
          <div role="status" className="grid gap-3">
            <span className="sr-only">Loading the history…</span>
            <Skeleton className="h-4 w-64" />
            <Skeleton className="h-44 sm:h-52" />
          </div>
        ) : history.state === "failed" ? (
          <div role="alert" className="grid justify-items-start gap-3 rounded-lg border border-danger/40 bg-danger/10 p-4 text-sm">
            <p>
              <span className="font-semibold">The history couldn&apos;t be loaded.</span> {history.problem.detail}
            </p>
            <Button variant="outline" size="sm" onClick={() => void load()}>
              <RotateCw aria-hidden="true" />
              Try again
            </Button>
          </div>
        ) : history.months.length === 0 ? (
          <p className="text-sm text-muted-foreground">This budget has no months up to {formatMonth(month)} yet.</p>
        ) : (
          <HistoryFigures months={history.months} category={category} currency={currency} />
        )}
      </DialogContent>
    </Dialog>
  );
}

function HistoryFigures({ months, category, currency }: { months: BudgetMonthFigures[]; category: string; currency: string }) {
  const range = `${formatMonth(months[0]!.month, "short")} to ${formatMonth(months.at(-1)!.month, "short")}`;
  const money = (amount: string) => formatMoney(amount, currency);
  const title = `${category}: spent against available, ${range}`;

  return (
    <div className="grid min-w-0 gap-4">
      <BudgetHistoryChart months={months} currency={currency} title={title} />
      <DataTableDisclosure summary="Show as table">
        <table className="w-full text-xs sm:text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="text-left text-muted-foreground">
            <tr>
              <th scope="col" className="pb-2 font-medium">Month</th>
              <th scope="col" className="pb-2 pl-2 text-right font-medium">Limit</th>
              <th scope="col" className="pb-2 pl-2 text-right font-medium">Carried</th>
              <th scope="col" className="pb-2 pl-2 text-right font-medium">Available</th>
              <th scope="col" className="pb-2 pl-2 text-right font-medium">Spent</th>
              <th scope="col" className="pb-2 pl-2 text-right font-medium">Left</th>
            </tr>
          </thead>
          <tbody className="divide-y tabular-nums">
            {months.map((month) => {
              const over = isNegative(month.remaining);
              return (
                <tr key={month.month}>
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal whitespace-nowrap">
                    {formatMonth(month.month, "short")}
                  </th>
                  <td className="py-1.5 pl-2 text-right">{money(month.amount)}</td>
                  <td className="py-1.5 pl-2 text-right">{formatMoney(month.carried, currency, "exceptZero")}</td>
                  <td className="py-1.5 pl-2 text-right">{money(month.available)}</td>
                  <td className="py-1.5 pl-2 text-right">
                    {money(month.spent)}
                    {month.percent === null ? null : <span className="sr-only">, {formatPercent(month.percent)}</span>}
                  </td>
                  <td className={over ? "py-1.5 pl-2 text-right font-medium text-danger" : "py-1.5 pl-2 text-right"}>
                    {over ? `${money(withoutSign(month.remaining))} over` : money(month.remaining)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </DataTableDisclosure>
    </div>
  );
}
