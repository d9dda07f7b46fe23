// The only place that touches users.email_tokens (STYLE.md §6).
import * as Prisma from "@/lib/db/sql-fragments";
import { inSqlTransaction, sql } from "@/lib/db/sql";
import type { TokenPurpose } from "./email-token";

/** Stores a new token and voids the user's older ones of the same purpose (SECURITY.md). */
export async function replaceEmailToken(userId: string, purpose: TokenPurpose, tokenHash: string, expiresAt: Date, now: Date) {
  await inSqlTransaction(async (tx) => {
    await tx.execute(Prisma.sql`
      UPDATE users.email_tokens SET used_at = ${now} WHERE user_id = ${userId}::uuid AND purpose = ${purpose} AND used_at IS NULL`);
    await tx.execute(Prisma.sql`
      INSERT INTO users.email_tokens (id, user_id, purpose, token_hash, expires_at, created_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${purpose}, ${tokenHash}, ${expiresAt}, ${now})`);
  });
}

/**
 * Uses a token exactly once: the conditional update succeeds for one caller
 * only, and only while the token is unused and unexpired.
 */
export async function consumeEmailToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
  const [row] = await sql().query<{ userId: string }>(Prisma.sql`
    UPDATE users.email_tokens SET used_at = ${now}
     WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > ${now}
    RETURNING user_id AS "userId"`);
  return row?.userId ?? null;
}

/** The user a live token belongs to, without using it up. */
export async function peekEmailToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
  const [row] = await sql().query<{ userId: string }>(Prisma.sql`
    SELECT user_id AS "userId" FROM users.email_tokens
     WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > ${now}`);
  return row?.userId ?? null;
}
