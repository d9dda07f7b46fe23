import type { Metadata } from "next";

import { todayIn } from "@/lib/clock";
import { monthSchema } from "@/modules/budget";
import { requirePageUser } from "@/modules/user";
import { BudgetsAtRisk } from "./_components/budgets-at-risk";
import { CategorySpending } from "./_components/category-spending";
import { GettingStarted } from "./_components/getting-started";
import { HeadlineCards } from "./_components/headline-cards";
import { MonthSwitcher } from "@/components/month-switcher";
import { MonthlyTrend } from "./_components/monthly-trend";
import { RecentTransactions } from "./_components/recent-transactions";
import { SpendingPaceCard } from "./_components/spending-pace-card";
import { UpcomingCard } from "./_components/upcoming-card";
import { daysBegun } from "./_lib/dashboard-month";
import { formatDay, formatMonth } from "@/lib/format";
import { spendingPace } from "./_lib/spending-pace";
import { budgetTotal, readDashboard, UPCOMING_DAYS } from "./read-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

type DashboardPageProps = { searchParams: Promise<{ month?: string | string[] }> };

export default async function DashboardPage({ searchParams }: DashboardPageProps) {
  const user = await requirePageUser("/dashboard");
  const today = todayIn(user.timezone);
  const thisMonth = today.slice(0, 7);
  // A missing or malformed ?month= shows this month rather than an error page.
  const month = monthSchema.safeParse((await searchParams).month).data ?? thisMonth;
  const { months, categories, recent, budgets, days, upcoming } = await readDashboard(user, month);
  // The series always has all its months: the shown one last, the one before it next to last.
  const current = months.at(-1)!;
  const previous = months.at(-2)!;
  const pace = spendingPace({ days, budget: budgetTotal(budgets), daysBegun: daysBegun(month, today) });
  const currency = user.currency;
  // No transaction in any month: nothing to chart or to switch between yet.
  const newUser = recent.length === 0;
  // This month only; a new user sees it once a schedule has something coming.
  const upcomingCard =
    upcoming && (!newUser || upcoming.length > 0) ? (
      <UpcomingCard upcoming={upcoming} days={UPCOMING_DAYS} month={thisMonth} balanceSoFar={current.balance} currency={currency} />
    ) : null;

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-bold tracking-tight">Dashboard</h1>
          <p className="text-sm text-muted-foreground">
            {newUser ? "Nothing recorded yet" : `Where your money went in ${formatMonth(month)}`}
            {current.count > 0 ? ` · ${current.count} ${current.count === 1 ? "transaction" : "transactions"}` : ""}
          </p>
        </div>
        {newUser ? null : <MonthSwitcher basePath="/dashboard" month={month} thisMonth={thisMonth} />}
      </header>

      {newUser ? (
        <>
          <GettingStarted hasBudgets={budgets !== "unavailable" && budgets.items.length > 0} />
          {upcomingCard}
        </>
      ) : (
        <>
          <HeadlineCards current={current} previous={previous} currency={currency} />
          <div className="grid gap-6 lg:grid-cols-2">
            <CategorySpending spending={categories} currency={currency} />
            <SpendingPaceCard
              month={month}
              pace={pace}
              days={days}
              budgetsReadable={budgets !== "unavailable"}
              asOf={month < thisMonth ? `the end of ${formatMonth(month, "name")}` : formatDay(today)}
              currency={currency}
            />
          </div>
          <MonthlyTrend months={months} currency={currency} />
          <div className="grid gap-6 lg:grid-cols-2">
            <BudgetsAtRisk
              budgets={budgets}
              budgetsHref={month === thisMonth ? "/budgets" : `/budgets?month=${month}`}
              currency={currency}
            />
            <RecentTransactions transactions={recent} currency={currency} />
          </div>
          {upcomingCard}
        </>
      )}
    </div>
  );
}
