import { randomBytes } from "node:crypto";
import { systemClock, type Clock } from "@/lib/clock";
import { blacklistAccessCredential, issueAccessCredential } from "./access-credential";
import { sessionCookies } from "./cookies";
import { hashToken } from "./email-token";
import { createSession, recordAccessCredential, revokeSessions } from "./session-repository";
import { ABSOLUTE_LIFETIME_MS } from "./session-policy";

export type IssuedSession = { sessionId: string; accessExpiresAt: Date; cookies: string[] };

// An opaque random refresh credential; the server keeps only its SHA-256.
export const newRefreshToken = () => {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
};

/** A new session (a new id at every login: no fixation) with its two credentials. */
export async function startSession(userId: string, clock: Clock = systemClock): Promise<IssuedSession> {
  const now = clock();
  const refresh = newRefreshToken();
  const session = await createSession({
    userId,
    refreshHash: refresh.tokenHash,
    now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
  });
  const access = await issueAccessCredential(userId, session.id, clock);
  await recordAccessCredential(session.id, access.jti, access.expiresAt);
  return {
    sessionId: session.id,
    accessExpiresAt: access.expiresAt,
    cookies: sessionCookies({
      accessToken: access.token,
      accessExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      sessionExpiresAt: session.expiresAt,
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
