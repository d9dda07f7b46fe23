// A person's whole account as one JSON file (issue 15: move between servers):
// the profile, categories with their keyword changes, budgets with every
// limit, recurring schedules and every transaction. Each module reads and
// writes its part; the import runs in ONE database transaction, into an
// account with nothing of its own yet, so it lands whole or not at all.
import { z } from "zod";
import { inSqlTransaction } from "@/lib/db/sql";
import { describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import { AppError } from "@/lib/http";
import { budgetDataSchema, exportBudgetData, hasNoBudgets, importBudgetData } from "@/modules/budget";
import { exportTransactionData, hasNoTransactionData, importTransactionData, transactionDataSchema, userCategories } from "@/modules/transaction";
import { exportProfile, importProfile, profileDataSchema, type SessionUser } from "@/modules/user";

export const ACCOUNT_FILE_FORMAT = "ledgerly-account";

export const accountFileSchema = z
  .strictObject({
    format: z.literal(ACCOUNT_FILE_FORMAT, { error: `must be "${ACCOUNT_FILE_FORMAT}"` }),
    version: z.literal(1, { error: "must be 1 (this server reads version 1)" }),
    exportedAt: z.string().max(40),
    profile: profileDataSchema,
    ...transactionDataSchema,
    budgets: budgetDataSchema,
  })
  .meta({ id: "AccountFile" });
export type AccountFile = z.output<typeof accountFileSchema>;

export async function exportAccount(user: SessionUser): Promise<AccountFile> {
  const data = await exportTransactionData(user.id);
  const categories = await userCategories(user.id);
  const names = new Map(categories.all.map((c) => [c.id, c.name]));
  return { format: ACCOUNT_FILE_FORMAT, version: 1, exportedAt: new Date().toISOString(), profile: exportProfile(user), ...data, budgets: await exportBudgetData(user.id, names) };
}

export async function importAccount(user: SessionUser, file: AccountFile): Promise<{ transactions: number; budgets: number; recurring: number; categories: number }> {
  await inSqlTransaction(async (tx) => {
    if (!(await hasNoTransactionData(tx, user.id)) || !(await hasNoBudgets(tx, user.id))) {
      throw new AppError("account_not_empty", "An account file goes into an account with no transactions, budgets, schedules or categories of its own yet.");
    }
    await importProfile(tx, user.id, file.profile);
    const categoryId = await importTransactionData(tx, user.id, file);
    await importBudgetData(tx, user.id, file.budgets, categoryId);
  });
  return { transactions: file.transactions.length, budgets: file.budgets.length, recurring: file.recurring.length, categories: file.categories.length };
}

export function accountFileOpenApi(registry: OpenAPIRegistry): void {
  describeEndpoint(registry, {
    method: "get", path: "/api/users/me/export", tag: "Account", auth: "session",
    summary: "Everything of the account as one file (Content-Disposition: attachment)",
    success: { status: 200, description: "The account file", schema: accountFileSchema },
    errors: [],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/users/me/import", tag: "Account", auth: "session", body: accountFileSchema,
    summary: "Bring an account file into this account, which must have nothing of its own yet (also as multipart field `file`)",
    success: {
      status: 201,
      description: "Imported, all or nothing",
      schema: z.object({ imported: z.object({ transactions: z.number().int(), budgets: z.number().int(), recurring: z.number().int(), categories: z.number().int() }) }),
    },
    errors: ["account_not_empty"],
  });
}
