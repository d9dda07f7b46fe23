import type { Metadata } from "next";
import { PiggyBank, TriangleExclamationPoint } from "lucide-react";

import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { thisMonthIn } from "@/lib/clock";
import { AppError } from "@/lib/http";
import { budgetState, listBudgets, monthSchema, type BudgetMonth } from "@/modules/budget";
import { listCategories } from "@/modules/transaction";
import { requirePageUser } from "@/modules/user";
import { BudgetCard } from "./_components/budget-card";
import { BudgetTotals } from "./_components/budget-totals";
import { CreateBudgetForm } from "./_components/create-budget-form";
import { formatMonth } from "./_components/format";
import { MonthSwitcher } from "@/components/month-switcher";
import { UnbudgetedHint } from "./_components/unbudgeted-hint";

export const metadata: Metadata = { title: "Budgets" };

type BudgetsPageProps = { searchParams: Promise<{ month?: string | string[] }> };

export default async function BudgetsPage({ searchParams }: BudgetsPageProps) {
  const user = await requirePageUser("/budgets");
  const thisMonth = thisMonthIn(user.timezone);
  // A missing or malformed ?month= shows this month rather than an error page.
  const month = monthSchema.safeParse((await searchParams).month).data ?? thisMonth;
  const [budgets, categories] = await Promise.all([readBudgets(() => listBudgets(user, month)), listCategories(user.id, "expense")]);

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-bold tracking-tight">Budgets</h1>
          <p className="text-sm text-muted-foreground">Monthly limits per expense category, for every month. With rollover on, what&apos;s left (or overspent) carries into the next.</p>
        </div>
        <MonthSwitcher basePath="/budgets" month={month} thisMonth={thisMonth} />
      </header>

      {budgets === "unavailable" ? <SpendingUnavailable /> : <BudgetsOfMonth budgets={budgets} expenseCategories={categories.map((c) => c.name)} currency={user.currency} />}
    </div>
  );
}

/** The list needs the read-only connection; while it is down the page says so instead of failing whole. */
async function readBudgets(read: () => Promise<BudgetMonth>): Promise<BudgetMonth | "unavailable"> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === "unavailable") return "unavailable";
    throw error;
  }
}

function BudgetsOfMonth({ budgets, expenseCategories, currency }: { budgets: BudgetMonth; expenseCategories: string[]; currency: string }) {
  const { month, items, totals, unbudgeted } = budgets;
  const budgeted = new Set(items.map((budget) => budget.category));
  const available = expenseCategories.filter((name) => !budgeted.has(name));

  return (
    <>
      {items.length === 0 ? (
        <EmptyState
          icon={<PiggyBank />}
          title="No budgets yet"
          description="Set a monthly limit for a category below, and see here how much of it is spent, what's left and what's over."
        />
      ) : (
        <>
          <BudgetTotals totals={totals} currency={currency} />
          <section aria-labelledby="budget-list-title">
            <h2 id="budget-list-title" className="sr-only">
              Budgets for {formatMonth(month)}
            </h2>
            <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
              {items.map((budget) => (
                <li key={budget.id}>
                  <BudgetCard budget={budget} state={budgetState({ amount: budget.available, spent: budget.spent })} currency={currency} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}

      <UnbudgetedHint spending={unbudgeted} currency={currency} monthLabel={formatMonth(month)} />

      {available.length > 0 ? (
        <Card className="gap-4">
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              New budget
            </CardTitle>
            <CardDescription>Pick an expense category and how much you want to spend on it per month.</CardDescription>
          </CardHeader>
          <CreateBudgetForm categories={available} currency={currency} />
        </Card>
      ) : null}
    </>
  );
}

function SpendingUnavailable() {
  return (
    <EmptyState
      role="alert"
      icon={<TriangleExclamationPoint />}
      title="Spending can't be read right now"
      description="The connection budgets read your spending through is down. Your budgets are safe; try again in a moment."
    />
  );
}
