"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";

import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { cn } from "@/lib/cn";
import { updateBudgetRolloverRequest } from "./budget-requests";

export interface RolloverSwitchProps {
  id: string;
  category: string;
  rollover: boolean;
}

/**
 * The budget's rollover flag as a switch (a native checkbox with role
 * "switch": Space toggles it, the label names it). It saves at once; the
 * page's figures follow on the refresh.
 */
export function RolloverSwitch({ id, category, rollover }: RolloverSwitchProps) {
  const router = useRouter();
  const { toast } = useToast();
  const hintId = useId();
  // Shown at once; reverted when the server says no.
  const [checked, setChecked] = useState(rollover);
  const [saving, setSaving] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const busy = saving || refreshing;

  async function change(next: boolean) {
    if (busy) return;
    setChecked(next);
    setSaving(true);
    const outcome = await updateBudgetRolloverRequest(id, next);
    setSaving(false);
    if (!outcome.ok) {
      setChecked(!next);
      toast({ variant: "error", title: "Rollover wasn't changed", description: outcome.problem.detail });
      return;
    }
    toast({
      variant: "success",
      title: next ? `${category} rolls over` : `${category} no longer rolls over`,
      description: next ? "What's left or overspent carries into the next month." : "Each month starts from its limit again.",
    });
    startRefresh(() => router.refresh());
  }

  return (
    <div className="grid gap-0.5">
      <label className="flex w-fit cursor-pointer items-center gap-2.5 text-sm font-medium has-aria-disabled:cursor-wait">
        {/* The real checkbox, transparent over the drawn switch: it takes the clicks and the focus. */}
        <span className="relative inline-flex h-5 w-9 shrink-0">
          <input
            type="checkbox"
            role="switch"
            className="peer absolute inset-0 z-10 m-0 size-full cursor-pointer appearance-none opacity-0 aria-disabled:cursor-wait"
            checked={checked}
            // Not `disabled`: that would drop keyboard focus while saving.
            aria-disabled={busy || undefined}
            aria-describedby={hintId}
            onChange={(event) => void change(event.target.checked)}
          />
          <span
            aria-hidden="true"
            className={cn(
              "pointer-events-none absolute inset-0 inline-flex items-center rounded-full bg-muted ring-1 ring-border ring-inset transition-colors",
              "peer-checked:bg-primary peer-checked:ring-primary",
              "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring",
              "peer-aria-disabled:opacity-60",
              "[&>span]:translate-x-0.5 peer-checked:[&>span]:translate-x-4.5",
            )}
          >
            <span className="size-4 rounded-full bg-card shadow-sm ring-1 ring-border transition-transform motion-reduce:transition-none" />
          </span>
        </span>
        <span>
          Roll over<span className="sr-only"> {category}</span> to next month
        </span>
        {busy ? <Spinner /> : null}
      </label>
      <p id={hintId} className="pl-11.5 text-xs text-muted-foreground">
        What&apos;s left, or overspent, carries into the next month.
      </p>
    </div>
  );
}
