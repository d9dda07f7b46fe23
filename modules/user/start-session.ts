import { randomBytes, randomUUID } from "node:crypto";
import { systemClock, type Clock } from "@/lib/clock";
import type { Client } from "@/lib/http";
import { blacklistAccessCredential, issueAccessCredential } from "./access-credential";
import { sessionCookies } from "./cookies";
import { hashToken } from "./email-token";
import { insertSession, revokeSessions } from "./session-repository";
import { ABSOLUTE_LIFETIME_MS } from "./session-policy";

export type IssuedSession = { sessionId: string; accessExpiresAt: Date; cookies: string[] };

// An opaque random refresh credential; the server keeps only its SHA-256.
export const newRefreshToken = () => {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
};

/**
 * A new session (a new id at every login: no fixation) with its two
 * credentials, for the password state the caller checked (`credentialVersion`):
 * null when the password changed since, so the sign-in must fail.
 */
export async function startSession(
  user: { id: string; credentialVersion: number },
  client: Client,
  clock: Clock = systemClock,
): Promise<IssuedSession | null> {
  const now = clock();
  const sessionId = randomUUID();
  const refresh = newRefreshToken();
  const access = await issueAccessCredential(user.id, sessionId, clock);
  const expiresAt = new Date(now.getTime() + ABSOLUTE_LIFETIME_MS);
  const created = await insertSession({
    id: sessionId,
    userId: user.id,
    credentialVersion: user.credentialVersion,
    clientHash: client.agentHash,
    refreshHash: refresh.tokenHash,
    access,
    now,
    expiresAt,
  });
  if (!created) return null;
  return {
    sessionId,
    accessExpiresAt: access.expiresAt,
    cookies: sessionCookies({
      accessToken: access.token,
      accessExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      sessionExpiresAt: expiresAt,
    }),
  };
}

/** Revokes sessions server-side: refresh credentials die, live access ids go on the blacklist. */
export async function revokeAndBlacklist(
  where: Parameters<typeof revokeSessions>[0],
  clock: Clock = systemClock,
): Promise<void> {
  const live = await revokeSessions(where, clock());
  await Promise.all(live.map(({ jti, expiresAt }) => blacklistAccessCredential(jti, expiresAt)));
}
