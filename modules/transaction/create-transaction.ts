import { createHash } from "node:crypto";
import { systemClock, todayIn, type Clock } from "@/lib/clock";
import { AppError, invalidField } from "@/lib/http";
import { countTransactionCreated } from "@/lib/metrics";
import { categoryRequest, chooseCategory } from "./choose-category";
import { claimIdempotencyKey, completeIdempotencyRecord, findIdempotencyRecord } from "./idempotency-repository";
import { learnKeyword } from "./learn-keyword";
import { retryIfCategoryVanished } from "./retry-if-category-vanished";
import type { CreateTransactionInput, Transaction } from "./schemas";
import { serializeTransaction } from "./serialize-transaction";
import { sql } from "@/lib/db/sql";
import { inTransaction, insertTransactionRow } from "./transaction-repository";
import { userCategories } from "./user-categories";

/** Who records it: the owner, and the time zone that "today" is in. */
export type TransactionOwner = { id: string; timezone: string };

export type CreatedTransaction = {
  transaction: Transaction;
  /** 201, or the first answer's status on a replay. */
  status: number;
  /** True when an earlier request with the same Idempotency-Key created it. */
  replayed: boolean;
};

const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000; // API.md: keys are kept 24 h
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/; // visible ASCII, as header values should be

function readIdempotencyKey(header: string | null | undefined): string | null {
  if (header === null || header === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw invalidField("Idempotency-Key", "must be 1 to 255 visible ASCII characters, e.g. a UUID");
  }
  return header;
}

/**
 * Identifies the request's meaning, not its bytes: `12.5` and `"12.50"`, JSON
 * and a form, hash alike. A missing date stays missing (not today's date), so a
 * retry after midnight is still the same request.
 */
function requestHash(input: CreateTransactionInput): string {
  const { amount, type, date, note, comment, category } = input;
  const canonical = [amount, type, date ?? null, note ?? "", comment ?? "", category ?? null];
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

/**
 * Records a transaction: detects the category when none is given, learns from
 * a hand-picked one that the detector got wrong, and with an Idempotency-Key
 * answers a retry with the first result instead of creating a duplicate.
 */
export async function createTransaction(
  owner: TransactionOwner,
  input: CreateTransactionInput,
  options: { idempotencyKey?: string | null; clock?: Clock } = {},
): Promise<CreatedTransaction> {
  const clock = options.clock ?? systemClock;
  const key = readIdempotencyKey(options.idempotencyKey);
  const fields = {
    amount: input.amount,
    type: input.type,
    date: input.date ?? todayIn(owner.timezone, clock),
    note: input.note ?? "",
    comment: input.comment ?? "",
  };

  const created = await retryIfCategoryVanished(async () => {
    // Read outside the database transaction (from this instance's cache when current).
    const categories = await userCategories(owner.id);
    if (!key) {
      const choice = chooseCategory({ request: categoryRequest(input.category, "detect"), next: fields, categories });
      // The usual case, one statement (the totals follow in it by trigger): no round trips for BEGIN and COMMIT.
      if (!choice.learn) {
        const row = await insertTransactionRow(sql(), owner.id, { ...fields, categoryId: choice.category.id, categorySource: choice.categorySource });
        return { transaction: serializeTransaction(row), status: 201, replayed: false };
      }
    }
    return inTransaction(async (tx): Promise<CreatedTransaction> => {
      if (key) {
        const hash = requestHash(input);
        const expiredBefore = new Date(clock().getTime() - IDEMPOTENCY_WINDOW_MS);
        if (!(await claimIdempotencyKey(tx, owner.id, key, hash, expiredBefore))) {
          const first = await findIdempotencyRecord(tx, owner.id, key);
          if (!first || first.requestHash !== hash) {
            throw new AppError("idempotency_conflict", "This Idempotency-Key was already used for a different request.");
          }
          const body = first.body as { transaction: Transaction };
          return { transaction: body.transaction, status: first.status, replayed: true };
        }
      }
      // A category that doesn't fit is a 400 that rolls the claimed key back too.
      const choice = chooseCategory({ request: categoryRequest(input.category, "detect"), next: fields, categories });
      const row = await insertTransactionRow(tx, owner.id, { ...fields, categoryId: choice.category.id, categorySource: choice.categorySource });
      if (choice.learn) await learnKeyword(tx, owner.id, categories, choice.learn);

      const transaction = serializeTransaction(row);
      if (key) await completeIdempotencyRecord(tx, owner.id, key, { status: 201, body: { transaction } });
      return { transaction, status: 201, replayed: false };
    });
  });

  if (!created.replayed) countTransactionCreated();
  return created;
}
