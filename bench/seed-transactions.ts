// Transactions for the latency benchmark: one INSERT … SELECT generate_series,
// so 100,000 rows take seconds, not 100,000 API calls.
import { db } from "@/lib/db/client";
import type { TransactionType } from "@/modules/transaction";

// Notes as people type them, each with the category the detector gives it.
// One row in ten is an income, as in a typical ledger.
const SAMPLES: ReadonlyArray<readonly [TransactionType, string, string]> = [
  ["expense", "Food & Dining", "Starbucks latte"],
  ["expense", "Groceries", "Tesco weekly shop"],
  ["expense", "Transport", "Uber trip home"],
  ["expense", "Food & Dining", "lunch with the team"],
  ["expense", "Groceries", "Lidl"],
  ["expense", "Utilities", "Electricity bill"],
  ["expense", "Shopping", "Amazon order"],
  ["expense", "Entertainment", "Cinema tickets"],
  ["expense", "Subscriptions", "Netflix"],
  ["income", "Salary", "ACME payroll"],
  ["expense", "Health", "Pharmacy"],
  ["expense", "Transport", "Shell fuel"],
  ["expense", "Housing", "Rent"],
  ["expense", "Personal Care", "Haircut"],
  ["expense", "Travel", "Ryanair flight"],
  ["expense", "Food & Dining", "pizza night"],
  ["expense", "Groceries", "Whole Foods Market"],
  ["expense", "Other", "cash"],
  ["expense", "Gifts & Donations", "birthday present"],
  ["income", "Freelance", "Upwork payment"],
];

/**
 * Inserts `count` transactions for the user: dates spread over the last three
 * years (many rows share a date, as in real use), distinct creation times,
 * expenses of 1.00–200.99 and incomes of 500.00–4,499.99, all `auto` categories.
 */
export async function seedTransactions(userId: string, count: number): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, got ${count}`);
  const [types, categories, notes] = [0, 1, 2].map((column) => SAMPLES.map((sample) => sample[column]!));
  await db().$executeRaw`
    WITH samples AS (
      SELECT * FROM unnest(${types}::text[], ${categories}::text[], ${notes}::text[]) WITH ORDINALITY AS s(type, category, note, n)
    )
    INSERT INTO "transactions"."transactions"
      (id, user_id, type, amount, category, category_source, date, note, comment, created_at, updated_at)
    SELECT gen_random_uuid(), ${userId}::uuid, s.type,
           CASE WHEN s.type = 'income' THEN (50000 + (i::bigint * 7919) % 400000) / 100.0
                ELSE (100 + (i::bigint * 7919) % 20000) / 100.0 END,
           s.category, 'auto', current_date - (i % 1095), s.note, '',
           now() - make_interval(secs => i), now() - make_interval(secs => i)
      FROM generate_series(1, ${count}::int) AS i
      JOIN samples s ON s.n = 1 + i % ${SAMPLES.length}`;
}
