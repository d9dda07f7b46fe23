// Data access for transactions.idempotency_records: the first answer to a
// POST /api/transactions sent with an Idempotency-Key, per user.
import * as Prisma from "@/lib/db/sql-fragments";
import type { Db } from "./transaction-repository";

export type IdempotencyRecord = { requestHash: string; status: number; body: unknown };

/**
 * Claims `key` for this request inside the caller's database transaction: true
 * when this request owns it and must do the work, false when a record exists.
 *
 * Insert first, with the primary key (user_id, key) as the lock: a concurrent
 * retry's insert waits on the uncommitted row until this transaction commits
 * (then it sees the record and replays it) or rolls back (then it claims the
 * key itself). No window where both create a transaction.
 * Records older than `expiredBefore` are the user's stale keys: dropped first,
 * so the key can be used again.
 */
export async function claimIdempotencyKey(tx: Db, userId: string, key: string, requestHash: string, expiredBefore: Date): Promise<boolean> {
  await tx.execute(Prisma.sql`
    DELETE FROM transactions.idempotency_records WHERE user_id = ${userId}::uuid AND created_at < ${expiredBefore}`);
  // status 0 marks the claim; it is never visible outside this transaction.
  const claimed = await tx.execute(Prisma.sql`
    INSERT INTO transactions.idempotency_records (user_id, key, request_hash, status, body, created_at)
    VALUES (${userId}::uuid, ${key}, ${requestHash}, 0, '{}'::jsonb, now())
    ON CONFLICT DO NOTHING`);
  return claimed === 1;
}

export async function findIdempotencyRecord(tx: Db, userId: string, key: string): Promise<IdempotencyRecord | null> {
  const [row] = await tx.query<IdempotencyRecord>(Prisma.sql`
    SELECT request_hash AS "requestHash", status, body FROM transactions.idempotency_records
     WHERE user_id = ${userId}::uuid AND key = ${key}`);
  return row ?? null;
}

/** Stores the answer that replays will get. */
export async function completeIdempotencyRecord(tx: Db, userId: string, key: string, answer: { status: number; body: unknown }): Promise<void> {
  await tx.execute(Prisma.sql`
    UPDATE transactions.idempotency_records SET status = ${answer.status}, body = ${JSON.stringify(answer.body)}::jsonb
     WHERE user_id = ${userId}::uuid AND key = ${key}`);
}
