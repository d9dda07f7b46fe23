import { db } from "@/lib/db/client";
import type { TokenPurpose } from "./email-token";

/** Stores a new token and voids the user's older ones of the same purpose (SECURITY.md). */
export async function replaceEmailToken(userId: string, purpose: TokenPurpose, tokenHash: string, expiresAt: Date, now: Date) {
  await db().$transaction([
    db().emailToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } }),
    db().emailToken.create({ data: { userId, purpose, tokenHash, expiresAt, createdAt: now } }),
  ]);
}

/**
 * Uses a token exactly once: the conditional update succeeds for one caller
 * only, and only while the token is unused and unexpired.
 */
export async function consumeEmailToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
  const rows = await db().$queryRaw<Array<{ user_id: string }>>`
    UPDATE users.email_tokens SET used_at = ${now}
     WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > ${now}
    RETURNING user_id`;
  return rows[0]?.user_id ?? null;
}

/** The user a live token belongs to, without using it up. */
export async function peekEmailToken(tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
  const token = await db().emailToken.findFirst({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    select: { userId: true },
  });
  return token?.userId ?? null;
}
