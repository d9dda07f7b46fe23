// Aggregates behind the dashboard's charts, one statement each, scoped by
// user_id and summed exactly by PostgreSQL. Whole months come from the
// monthly totals (kept with every write), so the cost doesn't grow with the
// number of rows; only the days of one month are read from the rows.
import * as Prisma from "@/lib/db/sql-fragments";
import { sql } from "@/lib/db/sql";

/** Inclusive calendar dates, YYYY-MM-DD. */
export type DateRange = { from: string; to: string };

export type CategorySpendRow = {
  category: string;
  spent: string;
  count: number;
  /** spent / total × 100, rounded to one decimal by PostgreSQL. */
  share: string;
  /** The month's expenses across every category (the same on every row). */
  total: string;
};

/** A month's expenses per category, largest first; categories without any are absent. */
export function sumExpensesByCategory(userId: string, monthStart: string): Promise<CategorySpendRow[]> {
  return sql().query<CategorySpendRow>(Prisma.sql`
    SELECT c.name AS category,
           m.amount::text AS spent,
           m.count,
           round(m.amount * 100 / nullif(sum(m.amount) OVER (), 0), 1)::text AS share,
           (sum(m.amount) OVER ())::text AS total
      FROM "transactions"."monthly_totals" m
      JOIN "transactions"."categories" c ON c.id = m.category_id
     WHERE m.user_id = ${userId}::uuid AND m.month = ${monthStart}::date AND m.type = 'expense' AND m.count > 0
     ORDER BY m.amount DESC, c.name`);
}

export type MonthTotalsRow = { month: string; income: string; expense: string; balance: string; count: number };

/**
 * Income, expense, balance and count per calendar month, one row for every
 * month from `range.from`'s to `range.to`'s, months without transactions as
 * zeros. Months come from generate_series over timestamps without a time
 * zone, so no session time zone can move a boundary.
 */
export function sumByMonth(userId: string, range: DateRange): Promise<MonthTotalsRow[]> {
  return sql().query<MonthTotalsRow>(Prisma.sql`
    WITH totals AS (
           SELECT month,
                  sum(amount) FILTER (WHERE type = 'income') AS income,
                  sum(amount) FILTER (WHERE type = 'expense') AS expense,
                  sum(count) AS count
             FROM "transactions"."monthly_totals"
            WHERE user_id = ${userId}::uuid
              AND month BETWEEN date_trunc('month', ${range.from}::date)::date AND ${range.to}::date
            GROUP BY month
         )
    SELECT to_char(months.first_day, 'YYYY-MM') AS month,
           coalesce(totals.income, 0.00)::text AS income,
           coalesce(totals.expense, 0.00)::text AS expense,
           (coalesce(totals.income, 0.00) - coalesce(totals.expense, 0.00))::text AS balance,
           coalesce(totals.count, 0)::int AS count
      FROM generate_series(date_trunc('month', ${range.from}::timestamp),
                           date_trunc('month', ${range.to}::timestamp),
                           interval '1 month') AS months(first_day)
      LEFT JOIN totals ON totals.month = months.first_day::date
     ORDER BY months.first_day`);
}

export type DaySpendRow = { date: string; spent: string; cumulative: string };

/**
 * Expenses per day and their running total, one row for every day of the
 * range (days without spending as zeros). `categoryIds` limits the sum to
 * those categories; absent, every expense counts.
 */
export function sumExpensesByDay(userId: string, range: DateRange, categoryIds?: readonly string[]): Promise<DaySpendRow[]> {
  const inCategories =
    categoryIds === undefined
      ? Prisma.empty
      : categoryIds.length === 0
        ? Prisma.sql`AND false`
        : Prisma.sql`AND category_id IN (${Prisma.join(categoryIds.map((id) => Prisma.sql`${id}::uuid`))})`;
  return sql().query<DaySpendRow>(Prisma.sql`
    SELECT to_char(days.day, 'YYYY-MM-DD') AS date,
           coalesce(spending.spent, 0.00)::text AS spent,
           (sum(coalesce(spending.spent, 0.00)) OVER (ORDER BY days.day))::text AS cumulative
      FROM generate_series(${range.from}::timestamp, ${range.to}::timestamp, interval '1 day') AS days(day)
      LEFT JOIN (
            SELECT date, sum(amount) AS spent
              FROM "transactions"."transactions"
             WHERE user_id = ${userId}::uuid
               AND type = 'expense'
               AND date BETWEEN ${range.from}::date AND ${range.to}::date
               ${inCategories}
             GROUP BY date
           ) AS spending ON spending.date = days.day::date
     ORDER BY days.day`);
}
