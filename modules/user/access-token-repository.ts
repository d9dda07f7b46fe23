// Data access for users.personal_access_tokens (STYLE.md §6).
import * as Prisma from "@/lib/db/sql-fragments";
import { inSqlTransaction, sql } from "@/lib/db/sql";
import type { SessionUserRow } from "./session-repository";

export type AccessTokenRow = {
  id: string;
  name: string;
  scope: "read" | "write";
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
};

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const COLUMNS = Prisma.raw(`t.id, t.name, t.scope, ${iso("t.created_at")} AS "createdAt", t.expires_at::text AS "expiresAt", ${iso("t.last_used_at")} AS "lastUsedAt"`);

/** The new token, or null when the user already has `max` live ones (counted under a lock on the user, so two requests can't both pass). */
export async function insertAccessToken(
  userId: string,
  data: { name: string; scope: "read" | "write"; tokenHash: string; expiresAt: string | null },
  max: number,
): Promise<AccessTokenRow | null> {
  return inSqlTransaction(async (tx) => {
    await tx.execute(Prisma.sql`SELECT 1 FROM users.users WHERE id = ${userId}::uuid FOR UPDATE`);
    const [counted] = await tx.query<{ live: number }>(Prisma.sql`
      SELECT count(*)::int AS live FROM users.personal_access_tokens
       WHERE user_id = ${userId}::uuid AND (expires_at IS NULL OR expires_at >= (now() AT TIME ZONE 'UTC')::date)`);
    if (counted!.live >= max) return null;
    const [row] = await tx.query<AccessTokenRow>(Prisma.sql`
      INSERT INTO users.personal_access_tokens AS t (id, user_id, name, scope, token_hash, created_at, expires_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${data.name}, ${data.scope}, ${data.tokenHash}, now(), ${data.expiresAt}::date)
      RETURNING ${COLUMNS}`);
    return row!;
  });
}

export async function listAccessTokens(userId: string): Promise<AccessTokenRow[]> {
  return sql().query<AccessTokenRow>(Prisma.sql`
    SELECT ${COLUMNS} FROM users.personal_access_tokens t WHERE t.user_id = ${userId}::uuid ORDER BY t.created_at DESC, t.id`);
}

export async function deleteAccessToken(userId: string, id: string): Promise<boolean> {
  return (await sql().execute(Prisma.sql`DELETE FROM users.personal_access_tokens WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`)) === 1;
}

export type BearerLookup = {
  tokenId: string;
  userId: string;
  scope: "read" | "write";
  expired: boolean;
  /** Whether last_used_at is old enough to be worth writing again. */
  stale: boolean;
  user: SessionUserRow;
};

/** The token of a secret's hash with its user, in one query. */
export async function findBearer(tokenHash: string, staleAfterSeconds: number): Promise<BearerLookup | null> {
  const [row] = await sql().query<Omit<BearerLookup, "user"> & SessionUserRow>(Prisma.sql`
    SELECT t.id AS "tokenId", t.user_id AS "userId", t.scope,
           (t.expires_at IS NOT NULL AND t.expires_at < (now() AT TIME ZONE 'UTC')::date) AS expired,
           (t.last_used_at IS NULL OR t.last_used_at < now() - make_interval(secs => ${staleAfterSeconds})) AS stale,
           u.email, u.name, u.email_verified_at AS "emailVerifiedAt", u.created_at AS "createdAt", u.currency, u.timezone
      FROM users.personal_access_tokens t JOIN users.users u ON u.id = t.user_id
     WHERE t.token_hash = ${tokenHash}`);
  if (!row) return null;
  const { email, name, emailVerifiedAt, createdAt, currency, timezone, ...token } = row;
  return { ...token, user: { email, name, emailVerifiedAt, createdAt, currency, timezone } };
}

export async function touchAccessToken(tokenId: string): Promise<void> {
  await sql().execute(Prisma.sql`UPDATE users.personal_access_tokens SET last_used_at = now() WHERE id = ${tokenId}::uuid`);
}
