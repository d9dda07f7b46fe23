// Personal access tokens (API.md): for scripts, instead of a password and
// cookies. The secret is shown once; only its SHA-256 is kept.
import { randomBytes } from "node:crypto";
import { systemClock, todayIn, type Clock } from "@/lib/clock";
import { invalidField, notFound } from "@/lib/http";
import { deleteAccessToken, insertAccessToken, listAccessTokens, type AccessTokenRow } from "./access-token-repository";
import { hashToken } from "./email-token";
import type { CreateAccessTokenInput } from "./schemas";

export const TOKEN_PREFIX = "lgy_";
export const MAX_LIVE_TOKENS = 50;

/** lgy_ and 256 random bits, URL-safe. */
const newSecret = () => `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;

export async function createAccessToken(
  userId: string,
  input: CreateAccessTokenInput,
  clock: Clock = systemClock,
): Promise<{ token: AccessTokenRow; secret: string }> {
  if (input.expiresAt && input.expiresAt <= todayIn("UTC", clock)) throw invalidField("expiresAt", "must be a date after today (UTC)");
  const secret = newSecret();
  const token = await insertAccessToken(
    userId,
    { name: input.name, scope: input.scope, tokenHash: hashToken(secret), expiresAt: input.expiresAt ?? null },
    MAX_LIVE_TOKENS,
  );
  if (!token) throw invalidField("name", `you can have at most ${MAX_LIVE_TOKENS} live tokens; revoke one first`);
  return { token, secret };
}

export const listTokens = (userId: string): Promise<AccessTokenRow[]> => listAccessTokens(userId);

/** The secret stops working at once, on every instance: each request looks the token up. */
export async function revokeAccessToken(userId: string, id: string): Promise<void> {
  if (!(await deleteAccessToken(userId, id))) throw notFound("token");
}
