import Link from "next/link";
import { CalendarClock, CircleCheck, CircleExclamationPoint, Info, TriangleExclamationPoint } from "lucide-react";

import { cn } from "@/lib/cn";
import type { DaySpending } from "@/modules/transaction";
import { fromCents, toCents } from "../_lib/cents";
import { formatDay, formatMoney, formatMonth } from "@/lib/format";
import type { SpendingPace } from "../_lib/spending-pace";
import { ChartLegend } from "./charts/chart-legend";
import { MARKS } from "./charts/chart-marks";
import { LazyPaceChart } from "./charts/lazy-charts";
import { cardLinkClass, DashboardCard } from "./dashboard-card";
import { DataTableDisclosure } from "./data-table-disclosure";

export type SpendingPaceCardProps = {
  month: string;
  pace: SpendingPace;
  days: DaySpending[];
  /** Whether the budgets could be read: without them the chart shows all spending. */
  budgetsReadable: boolean;
  /** Where the month stands, e.g. "Nov 25" or "the end of October". */
  asOf: string;
  currency: string;
};

/** Spending through the month against the budgets' total: early warning that a month runs hot. */
export function SpendingPaceCard({ month, pace, days, budgetsReadable, asOf, currency }: SpendingPaceCardProps) {
  const monthName = formatMonth(month);
  const withBudget = pace.budget !== null;
  const description =
    pace.budget === null
      ? `Everything spent in ${monthName}, added up day by day.`
      : `Spending in budgeted categories through ${monthName}, ` +
        `against the budgets' total of ${formatMoney(pace.budget, currency)}.`;

  return (
    <DashboardCard id="pace-title" title="Spending pace" description={description}>
      <PaceStatus pace={pace} monthName={monthName} asOf={asOf} budgetsReadable={budgetsReadable} currency={currency} />
      <ChartLegend
        items={[
          { label: "Spent so far", mark: MARKS.spent },
          ...(withBudget
            ? [
                { label: "Budget", mark: MARKS.budget },
                { label: "Even pace", mark: MARKS.pace },
              ]
            : []),
        ]}
      />
      <div className="h-56 sm:h-64">
        <LazyPaceChart
          points={pace.points}
          budget={pace.budget}
          currency={currency}
          title={`Cumulative spending in ${monthName}${withBudget ? " against the budget" : ""}`}
          description="A line of spending added up day by day. The status above and the table below say where it stands."
        />
      </div>
      {pace.daysBegun > 0 ? (
        <DataTableDisclosure summary="Show the days as a table">
          <table className="w-full text-xs sm:text-sm">
            <caption className="sr-only">Spending per day in {monthName}</caption>
            <thead className="text-left text-muted-foreground">
              <tr>
                <th scope="col" className="pb-2 font-medium">
                  Day
                </th>
                <th scope="col" className="pb-2 text-right font-medium">
                  Spent that day
                </th>
                <th scope="col" className="pb-2 text-right font-medium">
                  So far
                </th>
              </tr>
            </thead>
            <tbody className="divide-y tabular-nums">
              {days.slice(0, pace.daysBegun).map((day) => (
                <tr key={day.date}>
                  <th scope="row" className="py-1.5 text-left font-normal">
                    {formatDay(day.date)}
                  </th>
                  <td className="py-1.5 text-right">{formatMoney(day.spent, currency)}</td>
                  <td className="py-1.5 text-right">{formatMoney(day.cumulative, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </DataTableDisclosure>
      ) : null}
    </DashboardCard>
  );
}

type PaceStatusProps = Omit<SpendingPaceCardProps, "month" | "days"> & { monthName: string };

/** Where the month stands, in words, with an icon; colour only repeats it. */
function PaceStatus({ pace, monthName, asOf, budgetsReadable, currency }: PaceStatusProps) {
  const money = (amount: string) => formatMoney(amount, currency);
  const { spent } = pace;

  if (pace.state === "not-started") {
    return <Status icon={<CalendarClock />} tone="muted" title={`${monthName} hasn't begun yet`} />;
  }
  if (pace.state === "no-budget") {
    return (
      <Status icon={<Info />} tone="muted" title={`${money(spent)} spent by ${asOf}`}>
        {budgetsReadable ? (
          <>
            <Link href="/budgets" className={cardLinkClass}>
              Set a budget
            </Link>{" "}
            to see whether the month is on track.
          </>
        ) : (
          "Budgets can't be read right now, so this shows all spending without them."
        )}
      </Status>
    );
  }
  const { budget } = pace;
  const left = fromCents(toCents(budget) - toCents(spent));
  if (pace.state === "over") {
    return (
      <Status icon={<CircleExclamationPoint />} tone="danger" title="Over budget">
        {money(spent)} spent by {asOf}: {money(left.replace(/^-/, ""))} more than the budgets allow.
      </Status>
    );
  }
  if (pace.state === "ahead") {
    return (
      <Status icon={<TriangleExclamationPoint />} tone="warning" title="Spending faster than planned">
        {money(spent)} spent by {asOf}, above the even pace of {money(pace.pace)}. {money(left)} of {money(budget)} is left.
      </Status>
    );
  }
  return (
    <Status icon={<CircleCheck />} tone="success" title="On track">
      {money(spent)} spent by {asOf}, within the even pace of {money(pace.pace)}. {money(left)} of {money(budget)} is left.
    </Status>
  );
}

const TONES = { success: "text-success", warning: "text-warning", danger: "text-danger", muted: "text-muted-foreground" } as const;

function Status(props: { icon: React.ReactNode; tone: keyof typeof TONES; title: string; children?: React.ReactNode }) {
  return (
    <div className="flex gap-2.5 text-sm" data-testid="pace-status">
      <span aria-hidden="true" className={cn("mt-0.5 [&_svg]:size-4", TONES[props.tone])}>
        {props.icon}
      </span>
      <p>
        <span className={cn("font-semibold", TONES[props.tone])}>{props.title}</span>
        {props.children ? <span className="text-muted-foreground"> · {props.children}</span> : null}
      </p>
    </div>
  );
}
