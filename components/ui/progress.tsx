import { useId } from "react";

import { cn } from "@/lib/cn";

export type ProgressState = "ok" | "warning" | "over";

/** A progress bar needs a name: either a `label` or the id of a visible label element. */
type ProgressName = { label: string; "aria-labelledby"?: never } | { label?: never; "aria-labelledby": string };

export type ProgressProps = Omit<React.ComponentProps<"div">, "children" | "aria-label" | "aria-labelledby"> &
  ProgressName & {
    /** Percentage; values above 100 are allowed (e.g. 130% of a budget spent) and fill the bar. */
    value: number;
    /** Changes the fill colour and pattern, so the state is visible without colour too. */
    state?: ProgressState;
    /** What assistive tech reads instead of the bare number, e.g. "€450 of €500 spent". */
    valueText?: string;
  };

const fillClass: Record<ProgressState, string> = {
  ok: "fill-primary",
  warning: "fill-warning",
  over: "fill-danger",
};

const stateText: Record<ProgressState, string> = {
  ok: "",
  warning: ", close to the limit",
  over: ", over the limit",
};

export function Progress({ value, state = "ok", valueText, label, className, ...props }: ProgressProps) {
  const patternId = useId();
  const percent = Number.isFinite(value) ? Math.max(0, value) : 0;
  const barWidth = Math.min(percent, 100);

  return (
    <div
      role="progressbar"
      // aria-valuenow must stay within min/max, so an overrun is conveyed by the text.
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(barWidth)}
      aria-valuetext={valueText ?? `${Math.round(percent)}%${stateText[state]}`}
      aria-label={label}
      className={cn("h-2.5 w-full overflow-hidden rounded-full bg-muted ring-1 ring-border ring-inset", className)}
      {...props}
    >
      {/*
       * SVG geometry rather than an inline `style` width: the patterns need SVG
       * anyway, and the bar keeps working under a CSP without style 'unsafe-inline'.
       */}
      <svg aria-hidden="true" focusable="false" className="block size-full">
        {state === "ok" ? null : (
          <defs>
            <StatePattern id={patternId} state={state} />
          </defs>
        )}
        <rect height="100%" width={`${barWidth}%`} className={fillClass[state]} />
        {state === "ok" ? null : <rect height="100%" width={`${barWidth}%`} fill={`url(#${patternId})`} />}
      </svg>
    </div>
  );
}

/** Dots for "warning", diagonal stripes for "over": distinguishable in greyscale and for colour-blind users. */
function StatePattern({ id, state }: { id: string; state: Exclude<ProgressState, "ok"> }) {
  if (state === "warning") {
    return (
      <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse">
        <circle cx="2.5" cy="2.5" r="1.1" className="fill-background/60" />
      </pattern>
    );
  }
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="2.5" height="6" className="fill-background/50" />
    </pattern>
  );
}
