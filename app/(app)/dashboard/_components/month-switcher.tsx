import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

import { buttonVariants } from "@/components/ui/button";
import { addMonths } from "@/lib/clock";
import { cn } from "@/lib/cn";
import { dashboardHref } from "../_lib/dashboard-month";
import { formatMonth } from "../_lib/format";

/** Previous / next / this month, as links: the month lives in the URL (?month=YYYY-MM). */
export function MonthSwitcher({ month, thisMonth }: { month: string; thisMonth: string }) {
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  return (
    <nav aria-label="Month" className="flex flex-wrap items-center gap-2">
      <div className="flex items-center rounded-lg border bg-card shadow-xs">
        <Link href={dashboardHref(previous, thisMonth)} className={buttonVariants({ variant: "ghost", size: "icon" })}>
          <ChevronLeft aria-hidden="true" />
          <span className="sr-only">Previous month, {formatMonth(previous)}</span>
        </Link>
        <p className="min-w-36 px-2 text-center text-sm font-semibold tabular-nums" aria-live="polite">
          {formatMonth(month)}
        </p>
        <Link href={dashboardHref(next, thisMonth)} className={buttonVariants({ variant: "ghost", size: "icon" })}>
          <ChevronRight aria-hidden="true" />
          <span className="sr-only">Next month, {formatMonth(next)}</span>
        </Link>
      </div>
      {month === thisMonth ? null : (
        <Link href="/dashboard" className={cn(buttonVariants({ variant: "outline", size: "sm" }), "h-10")}>
          This month
        </Link>
      )}
    </nav>
  );
}
