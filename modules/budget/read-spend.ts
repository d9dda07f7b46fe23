// A month's spending per expense category, read straight from the transaction
// module's schema through the read-only role (ARCHITECTURE.md,
// Data): this module never imports the transaction module's data layer.
import { monthRange } from "@/lib/clock";
import { readonlyDb } from "@/lib/db/client";
import { isDatabaseDown, unavailable } from "@/lib/http";
import { logger } from "@/lib/log";

/** The one capability the reader needs; tests hand in a counting or unreachable one. */
export type SpendReader = Pick<ReturnType<typeof readonlyDb>, "$queryRaw">;

export type MonthSpend = {
  /** Expense total per category with any spending in the month, as two-decimal strings. */
  byCategory: ReadonlyMap<string, string>;
  /** The database role the query ran as (the read-only one), which tests assert. */
  readAs: string;
};

type SpendRow = { read_as: string; spent: Record<string, string> };

/**
 * One query per call, whatever the number of budgets: it sums every expense
 * category of the month (inclusive date range) at once, so the same reading
 * serves the budgets and the "spending without a budget" hint. The aggregate
 * always returns one row, with an empty object when nothing was spent.
 */
export async function readMonthSpend(userId: string, month: string, reader: SpendReader = readonlyDb()): Promise<MonthSpend> {
  const { from, to } = monthRange(month);
  let rows: SpendRow[];
  try {
    rows = await reader.$queryRaw<SpendRow[]>`
      SELECT current_user AS read_as,
             coalesce(jsonb_object_agg(category, spent::text), '{}'::jsonb) AS spent
        FROM (SELECT category, sum(amount) AS spent
                FROM transactions.transactions
               WHERE user_id = ${userId}::uuid
                 AND type = 'expense'
                 AND date BETWEEN ${from}::date AND ${to}::date
               GROUP BY category) AS by_category`;
  } catch (error) {
    if (!isReaderUnavailable(error)) throw error;
    logger.warn("budget spending unreadable", { error: error instanceof Error ? error.message : String(error) });
    throw unavailable("The read-only database connection (the budget module's role)");
  }
  const row = rows[0]!;
  return { byCategory: new Map(Object.entries(row.spent)), readAs: row.read_as };
}

// Driver adapter error kinds meaning "can't connect as the read-only role": a role
// that is missing or may not log in is as much an outage as a server that is down.
const CONNECTION_FAILURES = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "ConnectionClosed",
  "TlsConnectionError",
  "TooManyConnections",
  "SocketTimeout",
]);
const INSUFFICIENT_PRIVILEGE = "42501"; // the role lost its grants on schema transactions

function isReaderUnavailable(error: unknown): boolean {
  if (isDatabaseDown(error)) return true;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } } })?.meta
    ?.driverAdapterError?.cause;
  return CONNECTION_FAILURES.has(cause?.kind ?? "") || cause?.code === INSUFFICIENT_PRIVILEGE;
}
