import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

import { buttonVariants } from "@/components/ui/button";
import { addMonths } from "@/lib/clock";
import { cn } from "@/lib/cn";
import { formatMonth } from "@/lib/format";

/** The page's URL for a month: this month is the bare path, others carry ?month=YYYY-MM. */
export const monthHref = (basePath: string, month: string, thisMonth: string): string =>
  month === thisMonth ? basePath : `${basePath}?month=${month}`;

/** Previous / next / this month, as links: the month lives in the URL, so every view can be bookmarked. */
export function MonthSwitcher({ basePath, month, thisMonth }: { basePath: string; month: string; thisMonth: string }) {
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  return (
    <nav aria-label="Month" className="flex flex-wrap items-center gap-2">
      <div className="flex items-center rounded-lg border bg-card shadow-xs">
        <Link href={monthHref(basePath, previous, thisMonth)} className={buttonVariants({ variant: "ghost", size: "icon" })}>
          <ChevronLeft aria-hidden="true" />
          <span className="sr-only">Previous month, {formatMonth(previous)}</span>
        </Link>
        <p className="min-w-36 px-2 text-center text-sm font-semibold tabular-nums" aria-live="polite">
          {formatMonth(month)}
        </p>
        <Link href={monthHref(basePath, next, thisMonth)} className={buttonVariants({ variant: "ghost", size: "icon" })}>
          <ChevronRight aria-hidden="true" />
          <span className="sr-only">Next month, {formatMonth(next)}</span>
        </Link>
      </div>
      {month === thisMonth ? null : (
        <Link href={basePath} className={cn(buttonVariants({ variant: "outline", size: "sm" }), "h-10")}>
          This month
        </Link>
      )}
    </nav>
  );
}
