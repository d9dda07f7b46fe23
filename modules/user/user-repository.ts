// The only place that touches the users.users table (STYLE.md §6), in plain
// SQL on the application pool (lib/db/sql.ts) like every other module.
import type { User } from "@/generated/prisma/client";
import * as Prisma from "@/lib/db/sql-fragments";
import { inSqlTransaction, sql } from "@/lib/db/sql";
import { TOKEN_PURPOSE } from "./email-token";
import type { UserView } from "./schemas";

export type UserRow = User;

/** The columns a UserView is made of (never the password hash). */
export type PublicUserFields = Pick<User, "id" | "email" | "name" | "emailVerifiedAt" | "createdAt" | "currency" | "timezone">;

export function toUserView(user: PublicUserFields): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
    currency: user.currency,
    timezone: user.timezone,
  };
}

const USER_COLUMNS = Prisma.raw(`id, email, name, password_hash AS "passwordHash", email_verified_at AS "emailVerifiedAt",
  currency, timezone, credential_version AS "credentialVersion", created_at AS "createdAt", updated_at AS "updatedAt"`);

async function oneUser(statement: Prisma.Sql): Promise<User | null> {
  const [row] = await sql().query<User>(statement);
  return row ?? null;
}

export const findUserByEmail = (email: string) => oneUser(Prisma.sql`SELECT ${USER_COLUMNS} FROM users.users WHERE email = ${email}`);

export const findUserById = (id: string) => oneUser(Prisma.sql`SELECT ${USER_COLUMNS} FROM users.users WHERE id = ${id}::uuid`);

/** Inserts a user; null when the email is taken (the unique index decides, so concurrent sign-ups can't both win). */
export async function insertUser(data: {
  email: string;
  passwordHash: string;
  name: string | null;
  currency: string;
  timezone: string;
}): Promise<User | null> {
  return oneUser(Prisma.sql`
    INSERT INTO users.users (id, email, password_hash, name, currency, timezone, created_at, updated_at)
    VALUES (gen_random_uuid(), ${data.email}, ${data.passwordHash}, ${data.name}, ${data.currency}, ${data.timezone}, now(), now())
    ON CONFLICT (email) DO NOTHING
    RETURNING ${USER_COLUMNS}`);
}

/** `column = value`, or nothing when the value is absent (undefined: keep what is stored). */
const assignment = (column: string, value: unknown) => (value === undefined ? [] : [Prisma.sql`${Prisma.raw(column)} = ${value}`]);

/** Sets the given profile fields (a null name clears it); null when there is no such user. */
export async function updateUser(id: string, data: { name?: string | null; currency?: string; timezone?: string }): Promise<User | null> {
  const changes = [
    ...assignment("name", data.name),
    ...assignment("currency", data.currency),
    ...assignment("timezone", data.timezone),
    Prisma.sql`updated_at = now()`,
  ];
  return oneUser(Prisma.sql`UPDATE users.users SET ${Prisma.join(changes)} WHERE id = ${id}::uuid RETURNING ${USER_COLUMNS}`);
}

/** Upgrades the hash of the same password (a higher bcrypt cost): sessions stay valid. */
export async function rehashPassword(id: string, passwordHash: string): Promise<void> {
  await sql().execute(Prisma.sql`UPDATE users.users SET password_hash = ${passwordHash}, updated_at = now() WHERE id = ${id}::uuid`);
}

/**
 * Sets a new password and raises credential_version, which ends every session
 * begun under the old one (including a login whose check is still in flight),
 * voids pending reset links and revokes the personal access tokens, in one
 * transaction.
 */
export async function replacePassword(id: string, passwordHash: string, now: Date): Promise<{ credentialVersion: number }> {
  return inSqlTransaction(async (tx) => {
    const [user] = await tx.query<{ credentialVersion: number }>(Prisma.sql`
      UPDATE users.users SET password_hash = ${passwordHash}, credential_version = credential_version + 1, updated_at = now()
       WHERE id = ${id}::uuid
      RETURNING credential_version AS "credentialVersion"`);
    if (!user) throw new Error(`replacePassword: no user ${id}`);
    await tx.execute(Prisma.sql`
      UPDATE users.email_tokens SET used_at = ${now}
       WHERE user_id = ${id}::uuid AND purpose = ${TOKEN_PURPOSE.resetPassword} AND used_at IS NULL`);
    await tx.execute(Prisma.sql`DELETE FROM users.personal_access_tokens WHERE user_id = ${id}::uuid`);
    return user;
  });
}

/**
 * Removes the user and, through ON DELETE CASCADE, every row of theirs in
 * every module (transactions, learned keywords, idempotency records, budgets,
 * sessions, tokens), in one statement and so one transaction.
 */
export async function deleteUserEverywhere(id: string): Promise<boolean> {
  return (await sql().execute(Prisma.sql`DELETE FROM users.users WHERE id = ${id}::uuid`)) === 1;
}

export async function markEmailVerified(id: string, now: Date): Promise<void> {
  await sql().execute(Prisma.sql`
    UPDATE users.users SET email_verified_at = ${now}, updated_at = now() WHERE id = ${id}::uuid AND email_verified_at IS NULL`);
}

/** Each user's time zone, for work done on their behalf outside a request (the recurring scheduler's "today"). */
export async function timezonesOf(userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await sql().query<{ id: string; timezone: string }>(
    Prisma.sql`SELECT id, timezone FROM users.users WHERE id = ANY(${[...userIds]}::uuid[])`,
  );
  return new Map(users.map((u) => [u.id, u.timezone]));
}
