// A person's budgets, with every limit and its month, by category name (the
// account file of issue 15; the transaction module writes the categories
// first, in the same database transaction, and says which id each name has).
import { z } from "zod";
import * as Prisma from "@/lib/db/sql-fragments";
import type { SqlClient } from "@/lib/db/sql";
import { invalidField } from "@/lib/http";
import type { TransactionType } from "@/modules/transaction";
import { listBudgetRows } from "./budget-repository";

const firstOfMonth = z.string().regex(/^\d{4}-\d{2}-01$/, { error: "must be the first day of a month, YYYY-MM-01" });

export const budgetDataSchema = z
  .array(
    z.strictObject({
      category: z.string().min(1).max(40),
      rollover: z.boolean(),
      startsMonth: firstOfMonth.nullable(),
      limits: z.array(z.strictObject({ from: firstOfMonth, amount: z.string().regex(/^\d{1,12}\.\d{2}$/) })).min(1).max(1_200),
    }),
  )
  .max(500);
export type BudgetData = z.output<typeof budgetDataSchema>;

export async function exportBudgetData(userId: string, categoryNames: ReadonlyMap<string, string>): Promise<BudgetData> {
  return (await listBudgetRows(userId)).map((b) => ({ category: categoryNames.get(b.categoryId) ?? "", rollover: b.rollover, startsMonth: b.startsMonth, limits: b.limits }));
}

export async function hasNoBudgets(tx: SqlClient, userId: string): Promise<boolean> {
  const [row] = await tx.query<{ used: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM budgets.budgets WHERE user_id = ${userId}::uuid) AS used`);
  return !row!.used;
}

export async function importBudgetData(tx: SqlClient, userId: string, budgets: BudgetData, categoryId: (type: TransactionType, name: string) => string | undefined): Promise<void> {
  for (const [index, budget] of budgets.entries()) {
    const id = categoryId("expense", budget.category);
    if (!id) throw invalidField(`budgets.${index}.category`, "names no expense category of the file");
    const [made] = await tx.query<{ id: string }>(Prisma.sql`
      INSERT INTO budgets.budgets (id, user_id, category_id, rollover, starts_month, created_at, updated_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${id}::uuid, ${budget.rollover}, ${budget.startsMonth}::date, clock_timestamp(), now())
      ON CONFLICT DO NOTHING RETURNING id`);
    if (!made) throw invalidField(`budgets.${index}.category`, "has a budget already earlier in the file");
    await tx.execute(Prisma.sql`
      INSERT INTO budgets.budget_limits (budget_id, from_month, amount)
      SELECT ${made.id}::uuid, l."from", l.amount FROM jsonb_to_recordset(${JSON.stringify(budget.limits)}::jsonb) AS l("from" date, amount numeric)`);
  }
}
