import Link from "next/link";
import { ChartPie, CircleCheck, CircleExclamationPoint, Target, TriangleExclamationPoint, Zap } from "lucide-react";

import { redirect } from "next/navigation";

import { AppShell } from "@/components/app-shell/app-shell";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress, type ProgressState } from "@/components/ui/progress";
import { currentSession } from "@/modules/user";

const features = [
  {
    icon: Zap,
    title: "Record in seconds",
    description: "Type an amount and a payee. Ledgerly suggests the category from what you recorded before.",
  },
  {
    icon: Target,
    title: "Monthly budgets",
    description: "Set a limit per category and see what's left, what's close and what's over, every month.",
  },
  {
    icon: ChartPie,
    title: "See where money goes",
    description: "The dashboard breaks spending down by category and month, so trends stand out at a glance.",
  },
] as const;

export default async function HomePage() {
  // Signed in already: the dashboard is home.
  if (await currentSession()) redirect("/dashboard");

  return (
    <AppShell navigation={false} className="py-12 sm:py-20">
      <section aria-labelledby="hero-title" className="grid items-center gap-12 lg:grid-cols-[1.1fr_1fr]">
        <div className="flex flex-col gap-6">
          <p className="text-sm font-medium text-primary">Self-hosted personal finance</p>
          <h1 id="hero-title" className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            Know where your money goes.
          </h1>
          <p className="max-w-xl text-lg text-pretty text-muted-foreground">
            Ledgerly records your income and expenses, keeps you on budget and shows the big picture, all on a server
            you control.
          </p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Link href="/register" className={buttonVariants({ size: "lg" })}>
              Create account
            </Link>
            <Link href="/login" className={buttonVariants({ variant: "outline", size: "lg" })}>
              Sign in
            </Link>
          </div>
        </div>

        <BudgetPreview />
      </section>

      <section aria-labelledby="features-title" className="mt-20 sm:mt-28">
        <h2 id="features-title" className="text-2xl font-semibold tracking-tight">
          Everything you need, nothing you don&apos;t
        </h2>
        <ul className="mt-6 grid gap-4 md:grid-cols-3">
          {features.map(({ icon: Icon, title, description }) => (
            <li key={title}>
              <Card className="h-full">
                <CardHeader className="gap-3">
                  <span className="flex size-10 items-center justify-center rounded-lg bg-primary/10 text-primary">
                    <Icon aria-hidden="true" className="size-5" />
                  </span>
                  <CardTitle>{title}</CardTitle>
                  <CardDescription className="text-base">{description}</CardDescription>
                </CardHeader>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </AppShell>
  );
}

const sampleBudgets: { category: string; spent: string; limit: string; percent: number; state: ProgressState }[] = [
  { category: "Groceries", spent: "€312", limit: "€450", percent: 69, state: "ok" },
  { category: "Eating out", spent: "€138", limit: "€150", percent: 92, state: "warning" },
  { category: "Transport", spent: "€96", limit: "€80", percent: 120, state: "over" },
];

const stateBadge: Record<ProgressState, React.ReactNode> = {
  ok: (
    <Badge variant="income">
      <CircleCheck aria-hidden="true" />
      On track
    </Badge>
  ),
  warning: (
    <Badge variant="warning">
      <TriangleExclamationPoint aria-hidden="true" />
      Almost there
    </Badge>
  ),
  over: (
    <Badge variant="danger">
      <CircleExclamationPoint aria-hidden="true" />
      Over budget
    </Badge>
  ),
};

/** Illustration with made-up numbers, so it is hidden from assistive tech. */
function BudgetPreview() {
  return (
    <Card aria-hidden="true" className="gap-5 shadow-lg lg:rotate-1">
      <div className="flex items-baseline justify-between gap-4">
        <p className="font-semibold">Budgets · this month</p>
        <p className="text-sm text-muted-foreground">12 days left</p>
      </div>
      <ul className="grid gap-5">
        {sampleBudgets.map(({ category, spent, limit, percent, state }) => (
          <li key={category} className="grid gap-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-medium">{category}</span>
              {stateBadge[state]}
            </div>
            <Progress value={percent} state={state} label={`${category} budget`} />
            <p className="text-sm text-muted-foreground tabular-nums">
              {spent} of {limit}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
