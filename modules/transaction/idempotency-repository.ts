// Data access for transactions.idempotency_records: the first answer to a
// POST /api/transactions sent with an Idempotency-Key, per user.
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "./transaction-repository";

export type IdempotencyRecord = { requestHash: string; status: number; body: Prisma.JsonValue };

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
export async function claimIdempotencyKey(
  tx: Db,
  userId: string,
  key: string,
  requestHash: string,
  expiredBefore: Date,
): Promise<boolean> {
  await tx.idempotencyRecord.deleteMany({ where: { userId, createdAt: { lt: expiredBefore } } });
  // status 0 marks the claim; it is never visible outside this transaction.
  const { count } = await tx.idempotencyRecord.createMany({
    data: [{ userId, key, requestHash, status: 0, body: {} }],
    skipDuplicates: true,
  });
  return count === 1;
}

export function findIdempotencyRecord(tx: Db, userId: string, key: string): Promise<IdempotencyRecord | null> {
  return tx.idempotencyRecord.findUnique({
    where: { userId_key: { userId, key } },
    select: { requestHash: true, status: true, body: true },
  });
}

/** Stores the answer that replays will get. */
export async function completeIdempotencyRecord(
  tx: Db,
  userId: string,
  key: string,
  answer: { status: number; body: Prisma.InputJsonValue },
): Promise<void> {
  await tx.idempotencyRecord.update({ where: { userId_key: { userId, key } }, data: answer });
}
