import Link from "next/link";
import { ChartPie, CircleCheck } from "lucide-react";

import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";

/** A new user's dashboard: nothing to chart yet, so the two steps that change that. */
export function GettingStarted({ hasBudgets }: { hasBudgets: boolean }) {
  return (
    <Card role="region" aria-labelledby="getting-started-title" className="items-center gap-6 border-dashed px-6 py-12 text-center">
      <div aria-hidden="true" className="flex size-12 items-center justify-center rounded-full bg-primary/10 text-primary">
        <ChartPie className="size-6" />
      </div>
      <div className="grid max-w-md gap-2">
        <h2 id="getting-started-title" className="text-lg font-semibold">
          Your money, at a glance
        </h2>
        <p className="text-sm text-muted-foreground">
          Once you record what comes in and goes out, this page shows where it goes: by category, month by month, and
          against your budgets.
        </p>
      </div>
      <ol className="grid w-full max-w-md gap-3 text-left">
        <Step
          number={1}
          done={false}
          title="Record your first transaction"
          detail="An amount and a few words; the category is picked for you."
        >
          <Link href="/transactions" className={buttonVariants({ size: "sm" })}>
            Add a transaction
          </Link>
        </Step>
        <Step
          number={2}
          done={hasBudgets}
          title="Set a monthly budget"
          detail="A limit per category; the dashboard warns you before you reach it."
        >
          {hasBudgets ? null : (
            <Link href="/budgets" className={buttonVariants({ variant: "outline", size: "sm" })}>
              Set a budget
            </Link>
          )}
        </Step>
      </ol>
    </Card>
  );
}

function Step(props: { number: number; done: boolean; title: string; detail: string; children: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-lg border bg-card p-4">
      <span
        aria-hidden="true"
        className={cn(
          "flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
          props.done ? "bg-success/10 text-success" : "bg-muted text-foreground",
        )}
      >
        {props.done ? <CircleCheck className="size-4" /> : props.number}
      </span>
      <div className="grid min-w-0 flex-1 basis-48 gap-0.5">
        <p className="text-sm font-medium">
          {props.title}
          {props.done ? <span className="font-normal text-success"> · done</span> : null}
        </p>
        <p className="text-xs text-muted-foreground">{props.detail}</p>
      </div>
      {props.children}
    </li>
  );
}
