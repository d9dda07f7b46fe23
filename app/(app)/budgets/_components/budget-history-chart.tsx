// Spent against available for each month of a budget's history, as paired
// bars; the table under it has the exact figures.
import { useId } from "react";

import type { BudgetMonthFigures } from "@/modules/budget";
import { cn } from "@/lib/cn";
import { formatMoney, formatMonth, isNegative } from "./format";

const COLUMN = 10;
const HEIGHT = 100;
/** Slots drawn however few months there are, so a young budget's bars keep a bar's width; its months sit on the right, like the latest ones of an older budget. */
const SLOTS = 12;

/**
 * Bar heights only: a float is fine for geometry, never for the figures
 * shown (those stay decimal strings). A negative amount draws no bar.
 */
const size = (amount: string) => Math.max(0, Number(amount));

const isOver = (month: BudgetMonthFigures) => isNegative(month.remaining);

export function BudgetHistoryChart({ months, currency, title }: { months: BudgetMonthFigures[]; currency: string; title: string }) {
  const top = Math.max(...months.flatMap((m) => [size(m.available), size(m.spent)]), 1);
  const height = (amount: string) => (size(amount) / top) * HEIGHT;
  const money = (amount: string) => formatMoney(amount, currency);
  const overCount = months.filter(isOver).length;
  const patternId = useId();
  const slots = Math.max(SLOTS, months.length);
  const offset = slots - months.length;

  return (
    <figure className="grid gap-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden="true">
        <li className="flex items-center gap-1.5">
          <span className="inline-block size-3 shrink-0 rounded-[3px] bg-muted-foreground/25 ring-1 ring-muted-foreground/50 ring-inset" />
          Available
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block size-3 shrink-0 rounded-[3px] bg-primary" />
          Spent
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block size-3 shrink-0 rounded-[3px] bg-danger bg-[repeating-linear-gradient(45deg,transparent_0_3px,color-mix(in_srgb,var(--card)_60%,transparent)_3px_4.5px)]" />
          Spent, over what was available
        </li>
      </ul>
      <div
        role="img"
        aria-label={`${title}. ${overCount === 0 ? "No month went over." : `${overCount} of ${months.length} months went over.`} The table below has every figure.`}
        className="grid gap-1"
      >
        <div className="relative h-44 border-b border-border sm:h-52">
          {/* Stretched to the box: bars only, the month names are HTML below so they keep their size. */}
          <svg
            aria-hidden="true"
            focusable="false"
            viewBox={`0 0 ${slots * COLUMN} ${HEIGHT}`}
            preserveAspectRatio="none"
            className="absolute inset-0 size-full overflow-visible"
          >
            <defs>
              <pattern id={patternId} width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="1.2" height="3" className="fill-card/60" />
              </pattern>
            </defs>
            {months.map((month, index) => {
              const x = (offset + index) * COLUMN;
              const over = isOver(month);
              return (
                <g key={month.month}>
                  <title>{`${formatMonth(month.month)}: ${money(month.spent)} spent of ${money(month.available)} available`}</title>
                  <rect
                    x={x + 1}
                    width={3.8}
                    y={HEIGHT - height(month.available)}
                    height={height(month.available)}
                    className="fill-muted-foreground/25 stroke-muted-foreground/50"
                    vectorEffect="non-scaling-stroke"
                  />
                  <rect
                    x={x + 5.2}
                    width={3.8}
                    y={HEIGHT - height(month.spent)}
                    height={height(month.spent)}
                    className={cn(over ? "fill-danger" : "fill-primary")}
                  />
                  {over ? (
                    <rect x={x + 5.2} width={3.8} y={HEIGHT - height(month.spent)} height={height(month.spent)} fill={`url(#${patternId})`} />
                  ) : null}
                </g>
              );
            })}
          </svg>
        </div>
        <div className="flex text-center text-[0.6875rem] text-muted-foreground sm:text-xs" aria-hidden="true">
          {Array.from({ length: offset }, (_, index) => (
            <span key={`empty-${index}`} className="min-w-0 flex-1" />
          ))}
          {months.map((month) => (
            <span key={month.month} className="min-w-0 flex-1 truncate">
              {formatMonth(month.month, "tick")}
            </span>
          ))}
        </div>
      </div>
    </figure>
  );
}
