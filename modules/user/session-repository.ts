// Sessions are families of rotating refresh credentials (RFC 9700 §4.14.2).
import { db } from "@/lib/db/client";

export type SessionRow = {
  id: string;
  userId: string;
  lastUsedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  accessJti: string | null;
  accessExpiresAt: Date | null;
};

export async function createSession(data: {
  userId: string;
  refreshHash: string;
  now: Date;
  expiresAt: Date;
}): Promise<SessionRow> {
  return db().session.create({
    data: {
      userId: data.userId,
      createdAt: data.now,
      lastUsedAt: data.now,
      expiresAt: data.expiresAt,
      refreshTokens: { create: { tokenHash: data.refreshHash, createdAt: data.now } },
    },
  });
}

export const findSession = (id: string) => db().session.findUnique({ where: { id } });

export const recordAccessCredential = (sessionId: string, jti: string, expiresAt: Date) =>
  db().session.update({ where: { id: sessionId }, data: { accessJti: jti, accessExpiresAt: expiresAt } });

export type RefreshLookup = { session: SessionRow; rotatedAt: Date | null; tokenId: string } | null;

export async function findRefreshToken(tokenHash: string): Promise<RefreshLookup> {
  const token = await db().refreshToken.findUnique({ where: { tokenHash }, include: { session: true } });
  return token ? { session: token.session, rotatedAt: token.rotatedAt, tokenId: token.id } : null;
}

/**
 * Retires a refresh credential and issues its successor in one transaction.
 * False when another request rotated it first: that is a reuse.
 */
export async function rotateRefreshToken(tokenId: string, sessionId: string, newHash: string, now: Date): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.refreshToken.updateMany({ where: { id: tokenId, rotatedAt: null }, data: { rotatedAt: now } });
    if (count !== 1) return false;
    await tx.refreshToken.create({ data: { sessionId, tokenHash: newHash, createdAt: now } });
    await tx.session.update({ where: { id: sessionId }, data: { lastUsedAt: now } });
    return true;
  });
}

/** Revokes sessions and returns their live access credentials, for the blacklist. */
export async function revokeSessions(
  where: { sessionId: string } | { userId: string; exceptSessionId?: string },
  now: Date,
): Promise<Array<{ jti: string; expiresAt: Date }>> {
  const filter =
    "sessionId" in where
      ? { id: where.sessionId }
      : { userId: where.userId, ...(where.exceptSessionId ? { id: { not: where.exceptSessionId } } : {}) };
  const live = await db().session.findMany({
    where: { ...filter, revokedAt: null },
    select: { id: true, accessJti: true, accessExpiresAt: true },
  });
  if (live.length === 0) return [];
  await db().$transaction([
    db().session.updateMany({ where: { id: { in: live.map((s) => s.id) } }, data: { revokedAt: now } }),
    db().refreshToken.updateMany({ where: { sessionId: { in: live.map((s) => s.id) }, rotatedAt: null }, data: { rotatedAt: now } }),
  ]);
  return live.flatMap((s) => (s.accessJti && s.accessExpiresAt ? [{ jti: s.accessJti, expiresAt: s.accessExpiresAt }] : []));
}

/** The session behind an access credential, with its user, in one query. */
export const findSessionWithUser = (sessionId: string) =>
  db().session.findUnique({ where: { id: sessionId }, include: { user: true } });
