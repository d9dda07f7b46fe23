// The only place that touches the users.users table (STYLE.md §6).
import { db } from "@/lib/db/client";
import type { User } from "@/generated/prisma/client";
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

export const findUserByEmail = (email: string) => db().user.findUnique({ where: { email } });

export const findUserById = (id: string) => db().user.findUnique({ where: { id } });

/** Inserts a user; null when the email is taken (the unique index decides, so concurrent sign-ups can't both win). */
export async function insertUser(data: {
  email: string;
  passwordHash: string;
  name: string | null;
  currency: string;
  timezone: string;
}): Promise<User | null> {
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    INSERT INTO users.users (id, email, password_hash, name, currency, timezone, created_at, updated_at)
    VALUES (gen_random_uuid(), ${data.email}, ${data.passwordHash}, ${data.name}, ${data.currency}, ${data.timezone}, now(), now())
    ON CONFLICT (email) DO NOTHING
    RETURNING id`;
  return rows[0] ? findUserById(rows[0].id) : null;
}

export const updateUser = (id: string, data: { name?: string | null; currency?: string; timezone?: string }) =>
  db().user.update({ where: { id }, data });

/** Upgrades the hash of the same password (a higher bcrypt cost): sessions stay valid. */
export const rehashPassword = (id: string, passwordHash: string) =>
  db().user.update({ where: { id }, data: { passwordHash } });

/**
 * Sets a new password and raises credential_version, which ends every session
 * begun under the old one (including a login whose check is still in flight),
 * voids pending reset links and revokes the personal access tokens, in one
 * transaction.
 */
export async function replacePassword(id: string, passwordHash: string, now: Date): Promise<{ credentialVersion: number }> {
  const [user] = await db().$transaction([
    db().user.update({ where: { id }, data: { passwordHash, credentialVersion: { increment: 1 } }, select: { credentialVersion: true } }),
    db().emailToken.updateMany({ where: { userId: id, purpose: TOKEN_PURPOSE.resetPassword, usedAt: null }, data: { usedAt: now } }),
    db().personalAccessToken.deleteMany({ where: { userId: id } }),
  ]);
  return user;
}

/**
 * Removes the user and, through ON DELETE CASCADE, every row of theirs in
 * every module (transactions, learned keywords, idempotency records, budgets,
 * sessions, tokens), in one statement and so one transaction.
 */
export async function deleteUserEverywhere(id: string): Promise<boolean> {
  const { count } = await db().user.deleteMany({ where: { id } });
  return count === 1;
}

export const markEmailVerified = (id: string, now: Date) =>
  db().user.updateMany({ where: { id, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });

/** Each user's time zone, for work done on their behalf outside a request (the recurring scheduler's "today"). */
export async function timezonesOf(userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, timezone: true } });
  return new Map(users.map((u) => [u.id, u.timezone]));
}
