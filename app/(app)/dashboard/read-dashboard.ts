// Everything the dashboard shows for a month, read through the modules'
// public surfaces in parallel: one query per widget, the budgets' two and
// then the pace chart's, which depends on which categories have a budget.
import { thisMonthIn } from "@/lib/clock";
import { AppError } from "@/lib/http";
import { listBudgets, type BudgetMonth } from "@/modules/budget";
import {
  dailySpending,
  listTransactions,
  monthlyTotals,
  spendingByCategory,
  upcomingRecurring,
  type DaySpending,
  type MonthTotals,
  type SpendingByCategory,
  type Transaction,
  type UpcomingOccurrenceItem,
} from "@/modules/transaction";
import type { SessionUser } from "@/modules/user";

/** The trend chart's months. They end with the month shown, so they hold the previous month for the headline too. */
export const TREND_MONTHS = 12;
const RECENT_TRANSACTIONS = 5;
/** The Upcoming card's window, from tomorrow on. */
export const UPCOMING_DAYS = 30;

export type Dashboard = {
  /** TREND_MONTHS months, oldest first, the month shown last. */
  months: MonthTotals[];
  categories: SpendingByCategory;
  /** The latest transactions of any month; none at all means a new user. */
  recent: Transaction[];
  /** Unavailable while the read-only connection the budgets are read through is down. */
  budgets: BudgetMonth | "unavailable";
  /** Every day of the month: the budgeted categories' spending when there are budgets, all spending otherwise. */
  days: DaySpending[];
  /** The recurring occurrences of the next UPCOMING_DAYS days; null when the month shown is not this month (the card is about now). */
  upcoming: UpcomingOccurrenceItem[] | null;
};

export async function readDashboard(user: SessionUser, month: string): Promise<Dashboard> {
  const [months, categories, recent, { budgets, days }, upcoming] = await Promise.all([
    monthlyTotals(user.id, { through: month, months: TREND_MONTHS }),
    spendingByCategory(user.id, month),
    listTransactions(user.id, { limit: RECENT_TRANSACTIONS }),
    readBudgetsWithDailySpending(user, month),
    month === thisMonthIn(user.timezone) ? upcomingRecurring(user, UPCOMING_DAYS) : null,
  ]);
  return { months, categories, recent: recent.items, budgets, days, upcoming };
}

/**
 * Only the budgeted categories count against the budgets' total: rent
 * without a budget would otherwise put every month over it from day one.
 */
async function readBudgetsWithDailySpending(user: SessionUser, month: string) {
  const budgets = await readBudgets(user, month);
  const budgeted = budgets === "unavailable" || budgets.items.length === 0 ? undefined : budgets.items.map((b) => b.category);
  return { budgets, days: await dailySpending(user.id, month, { categories: budgeted }) };
}

async function readBudgets(user: SessionUser, month: string): Promise<BudgetMonth | "unavailable"> {
  try {
    return await listBudgets(user, month);
  } catch (error) {
    if (error instanceof AppError && error.code === "unavailable") return "unavailable";
    throw error;
  }
}

/** The budgets' total to pace spending against, or null without budgets to compare with. */
export function budgetTotal(budgets: Dashboard["budgets"]): string | null {
  return budgets !== "unavailable" && budgets.items.length > 0 ? budgets.totals.amount : null;
}
