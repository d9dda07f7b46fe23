// A person's whole account as one JSON file (issue 15: move between servers):
// the profile, categories with their keyword changes, budgets with every
// limit, recurring schedules and every transaction. Each module reads and
// writes its part; the import runs in ONE database transaction, into an
// account with nothing of its own yet, so it lands whole or not at all.
import { z } from "zod";
import { inSqlTransaction } from "@/lib/db/sql";
import { describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import { AppError, fieldErrors, jsonMembers, recordStream, validationFailed, type FieldError } from "@/lib/http";
import { budgetDataSchema, exportBudgetData, hasNoBudgets, importBudgetData } from "@/modules/budget";
import {
  exportTransactionData,
  hasNoTransactionData,
  importTransactionData,
  MAX_TRANSACTIONS,
  transactionDataSchema,
  transactionRecordSchema,
  userCategories,
  type TransactionRecord,
} from "@/modules/transaction";
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

/** The account file as a byte stream: the head whole, the transactions last, as the cursor reads them. */
export async function exportAccount(user: SessionUser): Promise<{ filename: string; body: ReadableStream<Uint8Array> }> {
  const categories = await userCategories(user.id);
  const budgets = await exportBudgetData(user.id, new Map(categories.all.map((c) => [c.id, c.name])));
  const { head, transactions } = await exportTransactionData(user.id);
  const exportedAt = new Date().toISOString();
  const opening = { format: ACCOUNT_FILE_FORMAT, version: 1, exportedAt, profile: exportProfile(user), ...head, budgets };
  return {
    filename: `ledgerly-account-${exportedAt.slice(0, 10)}.json`,
    body: recordStream(transactions, { opening: `${JSON.stringify(opening).slice(0, -1)},"transactions":[`, format: JSON.stringify, separator: ",", closing: "]}" }),
  };
}

const UNREADABLE = "The file is not valid JSON: choose a file Ledgerly exported (Settings → Your data).";
const STREAMED = "transactions";
// A file with a mistake in every row gets the first ones named, not a million.
const MAX_PROBLEMS = 100;

type AccountHead = Omit<AccountFile, "transactions">;

/**
 * Checks the whole file before anything is written: the head against the
 * schema, each transaction against its own, read one at a time (a 200 MiB
 * file never becomes one JavaScript value). Answers the head and how many
 * transactions follow it.
 */
function readAccountFile(bytes: Uint8Array): { head: AccountHead; count: number } {
  const head: Record<string, unknown> = {};
  const problems: FieldError[] = [];
  let count = 0;
  let unlisted = false;
  for (const member of jsonMembers(bytes, STREAMED, UNREADABLE)) {
    if (!("index" in member)) {
      head[member.key] = member.value;
      continue;
    }
    count++;
    const record = transactionRecordSchema.safeParse(member.value);
    if (record.success) continue;
    if (problems.length >= MAX_PROBLEMS) unlisted = true;
    else {
      const at = `${STREAMED}.${member.index}`;
      problems.push(...fieldErrors(record.error).map((e) => ({ ...e, path: e.path === "body" ? at : `${at}.${e.path}` })));
    }
  }
  const checked = accountFileSchema.safeParse(head); // its transactions: [] (handed over one by one)
  if (!checked.success) problems.unshift(...fieldErrors(checked.error));
  if (count > MAX_TRANSACTIONS) problems.unshift({ path: STREAMED, message: `must have at most ${MAX_TRANSACTIONS} items` });
  if (problems.length) {
    throw validationFailed(problems.slice(0, MAX_PROBLEMS), unlisted || problems.length > MAX_PROBLEMS ? `Some fields are missing or invalid; the first ${MAX_PROBLEMS} are listed.` : undefined);
  }
  const { transactions: _none, ...rest } = checked.data!;
  return { head: rest, count };
}

/** The transactions of a file readAccountFile accepted, read again one at a time: records as validated. */
function* transactionsOf(bytes: Uint8Array): Generator<TransactionRecord> {
  for (const member of jsonMembers(bytes, STREAMED, UNREADABLE)) if ("index" in member) yield member.value as TransactionRecord;
}

/** An account file's bytes into the signed-in (empty) account, whole or not at all. */
export async function importAccount(user: SessionUser, bytes: Uint8Array): Promise<{ transactions: number; budgets: number; recurring: number; categories: number }> {
  const { head, count } = readAccountFile(bytes);
  await inSqlTransaction(async (tx) => {
    if (!(await hasNoTransactionData(tx, user.id)) || !(await hasNoBudgets(tx, user.id))) {
      throw new AppError("account_not_empty", "An account file goes into an account with no transactions, budgets, schedules or categories of its own yet.");
    }
    await importProfile(tx, user.id, head.profile);
    const categoryId = await importTransactionData(tx, user.id, head, transactionsOf(bytes), count);
    await importBudgetData(tx, user.id, head.budgets, categoryId);
  });
  return { transactions: count, budgets: head.budgets.length, recurring: head.recurring.length, categories: head.categories.length };
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
