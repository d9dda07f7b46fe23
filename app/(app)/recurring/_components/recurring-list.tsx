import { CalendarCheck, CalendarClock, Pause } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { Recurring } from "@/modules/transaction";
import type { CategoryOption } from "../../transactions/_components/category-options";
import { TYPE_LABEL, formatDay, formatSignedMoney } from "../../transactions/_components/format";
import { TypeIcon } from "../../transactions/_components/type-icon";
import { RecurringActions } from "./recurring-actions";
import { scheduleWords } from "./schedule-words";

export interface RecurringListProps {
  items: readonly Recurring[];
  currency: string;
  today: string;
  categories: readonly CategoryOption[];
}

/** The user's schedules, soonest first (as the API orders them), each with its actions. */
export function RecurringList({ items, currency, today, categories }: RecurringListProps) {
  return (
    <ul className="grid divide-y rounded-xl border bg-card shadow-sm">
      {items.map((recurring) => {
        const label = recurring.note || recurring.category;
        const titleId = `recurring-${recurring.id}`;
        return (
          <li key={recurring.id}>
            <article
              aria-labelledby={titleId}
              data-paused={recurring.paused || undefined}
              className="grid gap-3 p-4 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-x-6 sm:px-5"
            >
              <div className={cn("grid min-w-0 gap-1.5", recurring.paused && "opacity-70")}>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <h3 id={titleId} className="min-w-0 truncate font-medium">
                    {label}
                  </h3>
                  <span className={cn("text-sm font-semibold tabular-nums", recurring.type === "income" && "text-success")}>
                    <span className="sr-only">{TYPE_LABEL[recurring.type]} </span>
                    {formatSignedMoney(recurring.amount, recurring.type, currency)}
                  </span>
                  <Status recurring={recurring} />
                </div>
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
                  <span className="inline-flex items-center gap-1">
                    <TypeIcon type={recurring.type} className="size-3.5" />
                    {TYPE_LABEL[recurring.type]}
                  </span>
                  <span aria-hidden="true">·</span>
                  <span>{recurring.category}</span>
                  <span aria-hidden="true">·</span>
                  <span>{scheduleWords(recurring)}</span>
                  {recurring.endDate ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <span>until {formatDay(recurring.endDate)}</span>
                    </>
                  ) : null}
                </p>
                <NextLine recurring={recurring} />
              </div>
              <RecurringActions recurring={recurring} label={label} currency={currency} today={today} categories={categories} />
            </article>
          </li>
        );
      })}
    </ul>
  );
}

function Status({ recurring }: { recurring: Recurring }) {
  if (recurring.paused) {
    return (
      <Badge variant="warning">
        <Pause aria-hidden="true" />
        Paused
      </Badge>
    );
  }
  if (recurring.nextDate === null) {
    return (
      <Badge>
        <CalendarCheck aria-hidden="true" />
        Ended
      </Badge>
    );
  }
  return null;
}

function NextLine({ recurring }: { recurring: Recurring }) {
  const text = recurring.paused
    ? "Nothing is recorded while paused."
    : recurring.nextDate
      ? null
      : "Every occurrence up to its end is recorded.";
  return (
    <p className="flex items-center gap-1.5 text-sm" data-testid="next-date">
      <CalendarClock aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
      {text ?? (
        <span>
          Next: <time dateTime={recurring.nextDate!} className="font-medium">{formatDay(recurring.nextDate!, "long")}</time>
        </span>
      )}
    </p>
  );
}
