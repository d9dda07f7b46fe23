// Sessions are families of rotating refresh credentials (RFC 9700 §4.14.2).
// The statements on the request path are single round trips in raw SQL.
import * as Prisma from "@/lib/db/sql-fragments";
import { inSqlTransaction, sql } from "@/lib/db/sql";

export type SessionRow = {
  id: string;
  userId: string;
  lastUsedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  accessJti: string | null;
  accessExpiresAt: Date | null;
  clientHash: string | null;
  /** False once the password changed after this session's sign-in. */
  credentialCurrent: boolean;
};

const SESSION_COLUMNS = Prisma.raw(`s.id, s.user_id AS "userId", s.last_used_at AS "lastUsedAt", s.expires_at AS "expiresAt",
  s.revoked_at AS "revokedAt", s.access_jti AS "accessJti", s.access_expires_at AS "accessExpiresAt",
  s.client_hash AS "clientHash", s.credential_version = u.credential_version AS "credentialCurrent"`);

/**
 * Inserts a session with its first refresh credential, only if the user's
 * credential_version is still the one the password was checked against: a
 * login that raced a password change or reset creates nothing.
 */
export async function insertSession(data: {
  id: string;
  userId: string;
  credentialVersion: number;
  clientHash: string;
  refreshHash: string;
  access: { jti: string; expiresAt: Date };
  now: Date;
  expiresAt: Date;
}): Promise<boolean> {
  const rows = await sql().query<{ id: string }>(Prisma.sql`
    WITH session AS (
      INSERT INTO users.sessions (id, user_id, created_at, last_used_at, expires_at, access_jti, access_expires_at, credential_version, client_hash)
      SELECT ${data.id}::uuid, u.id, ${data.now}, ${data.now}, ${data.expiresAt}, ${data.access.jti}, ${data.access.expiresAt},
             u.credential_version, ${data.clientHash}
        FROM users.users u
       WHERE u.id = ${data.userId}::uuid AND u.credential_version = ${data.credentialVersion}
      RETURNING id)
    INSERT INTO users.refresh_tokens (id, session_id, token_hash, created_at)
    SELECT gen_random_uuid(), id, ${data.refreshHash}, ${data.now} FROM session
    RETURNING session_id AS id`);
  return rows.length === 1;
}

/** The session behind an access credential, with its user's public fields, in one query. */
export async function findSessionWithUser(sessionId: string): Promise<(SessionRow & { user: SessionUserRow }) | null> {
  const rows = await sql().query<SessionRow & SessionUserRow>(Prisma.sql`
    SELECT ${SESSION_COLUMNS}, ${USER_COLUMNS}
      FROM users.sessions s JOIN users.users u ON u.id = s.user_id
     WHERE s.id = ${sessionId}::uuid`);
  const row = rows[0];
  return row ? { ...row, user: userOf(row) } : null;
}

export type SessionUserRow = {
  email: string;
  name: string | null;
  emailVerifiedAt: Date | null;
  createdAt: Date;
  currency: string;
  timezone: string;
};

const userOf = ({ email, name, emailVerifiedAt, createdAt, currency, timezone }: SessionUserRow): SessionUserRow => ({
  email,
  name,
  emailVerifiedAt,
  createdAt,
  currency,
  timezone,
});

const USER_COLUMNS = Prisma.raw(`u.email, u.name, u.email_verified_at AS "emailVerifiedAt", u.created_at AS "createdAt", u.currency, u.timezone`);

export type RefreshLookup = {
  session: SessionRow;
  user: SessionUserRow;
  tokenId: string;
  rotatedAt: Date | null;
  successorSealed: string | null;
};

export async function findRefreshToken(tokenHash: string): Promise<RefreshLookup | null> {
  const rows = await sql().query<SessionRow & SessionUserRow & { tokenId: string; rotatedAt: Date | null; successorSealed: string | null }>(Prisma.sql`
    SELECT ${SESSION_COLUMNS}, ${USER_COLUMNS}, t.id AS "tokenId", t.rotated_at AS "rotatedAt", t.successor_sealed AS "successorSealed"
      FROM users.refresh_tokens t
      JOIN users.sessions s ON s.id = t.session_id
      JOIN users.users u ON u.id = s.user_id
     WHERE t.token_hash = ${tokenHash}`);
  const row = rows[0];
  return row ? { session: row, user: userOf(row), tokenId: row.tokenId, rotatedAt: row.rotatedAt, successorSealed: row.successorSealed } : null;
}

/**
 * Retires a refresh credential (keeping what replaced it, sealed, for the grace
 * window), issues its successor and records the new access credential, in one
 * transaction. False when another request rotated it first.
 */
export async function rotateRefreshToken(data: {
  tokenId: string;
  sessionId: string;
  newHash: string;
  successorSealed: string;
  access: { jti: string; expiresAt: Date };
  now: Date;
  staleBefore: Date;
}): Promise<boolean> {
  return inSqlTransaction(async (tx) => {
    const retired = await tx.execute(Prisma.sql`
      UPDATE users.refresh_tokens SET rotated_at = ${data.now}, successor_sealed = ${data.successorSealed}
       WHERE id = ${data.tokenId}::uuid AND rotated_at IS NULL`);
    if (retired !== 1) return false;
    await tx.execute(Prisma.sql`
      INSERT INTO users.refresh_tokens (id, session_id, token_hash, created_at)
      VALUES (gen_random_uuid(), ${data.sessionId}::uuid, ${data.newHash}, ${data.now})`);
    await tx.execute(Prisma.sql`
      UPDATE users.sessions SET last_used_at = ${data.now}, access_jti = ${data.access.jti}, access_expires_at = ${data.access.expiresAt}
       WHERE id = ${data.sessionId}::uuid`);
    // Sealed successors are only needed for a few seconds.
    await tx.execute(Prisma.sql`
      UPDATE users.refresh_tokens SET successor_sealed = NULL
       WHERE session_id = ${data.sessionId}::uuid AND successor_sealed IS NOT NULL AND rotated_at < ${data.staleBefore}`);
    return true;
  });
}

/**
 * Revokes sessions (and retires their refresh credentials) in one statement,
 * and returns their live access credentials, for the blacklist.
 */
export async function revokeSessions(
  where: { sessionId: string } | { userId: string; exceptSessionId?: string },
  now: Date,
): Promise<Array<{ jti: string; expiresAt: Date }>> {
  const filter =
    "sessionId" in where
      ? Prisma.sql`id = ${where.sessionId}::uuid`
      : where.exceptSessionId
        ? Prisma.sql`user_id = ${where.userId}::uuid AND id <> ${where.exceptSessionId}::uuid`
        : Prisma.sql`user_id = ${where.userId}::uuid`;
  return sql().query<{ jti: string; expiresAt: Date }>(Prisma.sql`
    WITH live AS (
      UPDATE users.sessions SET revoked_at = ${now} WHERE ${filter} AND revoked_at IS NULL
      RETURNING id, access_jti, access_expires_at),
    retired AS (
      UPDATE users.refresh_tokens SET rotated_at = ${now}, successor_sealed = NULL WHERE session_id IN (SELECT id FROM live))
    SELECT access_jti AS jti, access_expires_at AS "expiresAt" FROM live WHERE access_jti IS NOT NULL AND access_expires_at IS NOT NULL`);
}
