import Link from "next/link";
import { CalendarClock } from "lucide-react";

import { EmptyState } from "@/components/ui/empty-state";
import { monthRange } from "@/lib/clock";
import { cn } from "@/lib/cn";
import { formatDay, formatMoney, formatMonth } from "@/lib/format";
import type { UpcomingOccurrenceItem } from "@/modules/transaction";
import { projectMonthBalance } from "../../recurring/_components/projected-balance";
import { cardLinkClass, DashboardCard } from "./dashboard-card";

/** How many occurrences the card lists; the rest are a link away. */
const SHOWN = 6;

export type UpcomingCardProps = {
  /** The next days' occurrences, from tomorrow on, by date. */
  upcoming: UpcomingOccurrenceItem[];
  days: number;
  /** This month, YYYY-MM, and its balance recorded so far. */
  month: string;
  balanceSoFar: string;
  currency: string;
};

/** What the recurring schedules will record soon, and where that leaves this month's balance. */
export function UpcomingCard({ upcoming, days, month, balanceSoFar, currency }: UpcomingCardProps) {
  const action = (
    <Link href="/recurring" className={cardLinkClass}>
      All recurring
    </Link>
  );
  if (upcoming.length === 0) {
    return (
      <DashboardCard id="upcoming-title" title="Upcoming" description={`Recurring transactions in the next ${days} days.`}>
        <EmptyState
          icon={<CalendarClock />}
          titleAs="h3"
          title={`Nothing due in the next ${days} days`}
          description="Set up rent, bills, subscriptions or a salary as recurring, and what's coming shows up here."
          action={
            <Link href="/recurring" className={cardLinkClass}>
              Add a recurring transaction
            </Link>
          }
        />
      </DashboardCard>
    );
  }

  const projection = projectMonthBalance(balanceSoFar, upcoming, monthRange(month).to);
  const monthName = formatMonth(month, "name");
  const shown = upcoming.slice(0, SHOWN);
  const more = upcoming.length - shown.length;

  return (
    <DashboardCard id="upcoming-title" title="Upcoming" description={`Recurring transactions in the next ${days} days.`} action={action}>
      <div className="grid gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="grid content-start gap-3 rounded-lg bg-muted/50 p-4">
          <dl className="grid gap-1 text-sm" aria-label={`${monthName} projection`}>
            <div className="mb-2 grid gap-0.5">
              <dt className="text-muted-foreground">Projected balance at the end of {monthName}</dt>
              <dd className={cn("text-2xl font-semibold tracking-tight tabular-nums", projection.projected.startsWith("-") && "text-danger")}>
                <data value={projection.projected}>{formatMoney(projection.projected, currency, "exceptZero")}</data>
              </dd>
            </div>
            <Figure label="Balance so far" amount={projection.soFar} currency={currency} />
            <Figure label="Income still to come" amount={projection.income} currency={currency} signed />
            <Figure label="Expenses still to come" amount={negate(projection.expense)} currency={currency} signed />
          </dl>
          {projection.count === 0 ? <p className="text-xs text-muted-foreground">Nothing more is scheduled in {monthName}.</p> : null}
        </div>

        <div className="grid content-start gap-2">
          <ul className="-my-2 divide-y" aria-label="Upcoming occurrences">
            {shown.map((occurrence, index) => (
              <li key={`${occurrence.recurringId}-${occurrence.date}-${index}`} className="flex items-center justify-between gap-3 py-2.5">
                <div className="grid min-w-0">
                  <span className="truncate text-sm font-medium">{occurrence.note || occurrence.category}</span>
                  <span className="truncate text-xs text-muted-foreground">
                    <time dateTime={occurrence.date}>{formatDay(occurrence.date)}</time> · {occurrence.category}
                  </span>
                </div>
                <span className={cn("shrink-0 text-sm font-medium tabular-nums", occurrence.type === "income" && "text-success")}>
                  <span className="sr-only">{occurrence.type === "income" ? "Income " : "Expense "}</span>
                  {formatMoney(occurrence.type === "expense" ? `-${occurrence.amount}` : occurrence.amount, currency, "exceptZero")}
                </span>
              </li>
            ))}
          </ul>
          {more > 0 ? (
            <p className="pt-2 text-sm text-muted-foreground">
              And {more} more in the next {days} days.{" "}
              <Link href="/recurring" className={cardLinkClass}>
                See your schedules
              </Link>
            </p>
          ) : null}
        </div>
      </div>
    </DashboardCard>
  );
}

const negate = (amount: string) => (amount === "0.00" ? amount : `-${amount}`);

/** One line of the sum; `signed`: what comes in with a "+", what goes out with a "−". */
function Figure({ label, amount, currency, signed = false }: { label: string; amount: string; currency: string; signed?: boolean }) {
  return (
    <div className="flex items-baseline justify-between gap-3">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium tabular-nums">
        <data value={amount}>{formatMoney(amount, currency, signed ? "exceptZero" : "auto")}</data>
      </dd>
    </div>
  );
}
