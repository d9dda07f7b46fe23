import Link from "next/link";
import { ShoppingBag } from "lucide-react";

import { EmptyState } from "@/components/ui/empty-state";
import { cn } from "@/lib/cn";
import type { SpendingByCategory } from "@/modules/transaction";
import { categoryBreakdown } from "../_lib/category-breakdown";
import { formatMoney, formatMonth, formatPercent } from "@/lib/format";
import { sliceColor } from "./charts/chart-colors";
import { LegendKey } from "./charts/chart-legend";
import { LazyCategoryDonut } from "./charts/lazy-charts";
import { cardLinkClass, DashboardCard, linkClass } from "./dashboard-card";

/** Where the month's money went: a donut of the largest categories and every category in a table of links. */
export function CategorySpending({ spending, currency }: { spending: SpendingByCategory; currency: string }) {
  const monthName = formatMonth(spending.month);
  const { rows, slices } = categoryBreakdown(spending);
  const total = formatMoney(spending.total, currency);

  return (
    <DashboardCard
      id="categories-title"
      title="Spending by category"
      description={rows.length > 0 ? `${total} spent in ${monthName}. Pick a category to see its transactions.` : undefined}
    >
      {rows.length === 0 ? (
        <EmptyState
          icon={<ShoppingBag />}
          titleAs="h3"
          title={`No spending in ${monthName}`}
          description="Expenses you record for this month show up here, by category."
          action={
            <Link href="/transactions" className={cardLinkClass}>
              Record an expense
            </Link>
          }
        />
      ) : (
        <div className="grid items-start gap-6 sm:grid-cols-[12rem_1fr]">
          <div className="mx-auto size-48">
            <LazyCategoryDonut
              slices={slices}
              currency={currency}
              title={`Spending by category, ${monthName}`}
              description={slices.map((slice) => `${slice.name} ${formatPercent(slice.share)}`).join(", ")}
            />
          </div>
          <table className="w-full text-sm">
            <caption className="sr-only">Spending by category in {monthName}, largest first</caption>
            <thead className="text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="pb-2 font-medium">
                  Category
                </th>
                <th scope="col" className="pb-2 text-right font-medium">
                  Spent
                </th>
                <th scope="col" className="pb-2 pl-3 text-right font-medium">
                  Share
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {rows.map((row) => (
                <tr key={row.category}>
                  <th scope="row" className="py-2 text-left font-normal">
                    <Link href={row.href} className={cn("inline-flex items-center gap-2", linkClass)}>
                      <LegendKey mark={{ kind: "fill", color: sliceColor(row.slice) }} />
                      {row.category}
                    </Link>
                  </th>
                  <td className="py-2 text-right tabular-nums">{formatMoney(row.spent, currency)}</td>
                  <td className="py-2 pl-3 text-right text-muted-foreground tabular-nums">
                    {formatPercent(row.share, { aligned: true })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DashboardCard>
  );
}
