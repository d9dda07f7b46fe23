import { systemClock, type Clock } from "@/lib/clock";
import { unauthenticated } from "@/lib/http";
import { blacklistAccessCredential, issueAccessCredential } from "./access-credential";
import { sessionCookies } from "./cookies";
import { hashToken } from "./email-token";
import type { UserView } from "./schemas";
import { findRefreshToken, recordAccessCredential, rotateRefreshToken } from "./session-repository";
import { IDLE_TIMEOUT_MS } from "./session-policy";
import { newRefreshToken, revokeAndBlacklist } from "./start-session";
import { findUserById, toUserView } from "./user-repository";

const expired = () => unauthenticated("Your session has ended; sign in again.");

/**
 * Rotates both credentials. A refresh credential presented after it was
 * rotated was stolen or replayed: the whole session is revoked (RFC 9700 §4.14.2).
 */
export async function refreshSession(
  refreshToken: string | null,
  clock: Clock = systemClock,
): Promise<{ user: UserView; accessExpiresAt: Date; cookies: string[] }> {
  if (!refreshToken) throw expired();
  const found = await findRefreshToken(hashToken(refreshToken));
  if (!found) throw expired();
  const { session } = found;
  const now = clock();
  if (found.rotatedAt) {
    await revokeAndBlacklist({ sessionId: session.id }, clock);
    throw expired();
  }
  const idle = now.getTime() - session.lastUsedAt.getTime() > IDLE_TIMEOUT_MS;
  if (session.revokedAt || session.expiresAt <= now || idle) throw expired();

  const next = newRefreshToken();
  if (!(await rotateRefreshToken(found.tokenId, session.id, next.tokenHash, now))) {
    // Another request rotated it a moment ago with the same credential: a reuse.
    await revokeAndBlacklist({ sessionId: session.id }, clock);
    throw expired();
  }
  if (session.accessJti && session.accessExpiresAt) await blacklistAccessCredential(session.accessJti, session.accessExpiresAt);
  const access = await issueAccessCredential(session.userId, session.id, clock);
  await recordAccessCredential(session.id, access.jti, access.expiresAt);
  const user = await findUserById(session.userId);
  if (!user) throw expired();
  return {
    user: toUserView(user),
    accessExpiresAt: access.expiresAt,
    cookies: sessionCookies({
      accessToken: access.token,
      accessExpiresAt: access.expiresAt,
      refreshToken: next.token,
      sessionExpiresAt: session.expiresAt,
    }),
  };
}
