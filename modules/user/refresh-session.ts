import { systemClock, type Clock } from "@/lib/clock";
import { unauthenticated, type Client } from "@/lib/http";
import { seal, unseal } from "@/lib/seal";
import { issueAccessCredential } from "./access-credential";
import { sessionCookies } from "./cookies";
import { hashToken } from "./email-token";
import type { UserView } from "./schemas";
import { findRefreshToken, rotateRefreshToken, type RefreshLookup } from "./session-repository";
import { IDLE_TIMEOUT_MS, REFRESH_GRACE_MS } from "./session-policy";
import { newRefreshToken, revokeAndBlacklist } from "./start-session";
import { toUserView } from "./user-repository";

const expired = () => unauthenticated("Your session has ended; sign in again.");

export type RefreshedSession = { user: UserView; accessExpiresAt: Date; cookies: string[] };

type Successor = { accessToken: string; accessExpiresAt: string; refreshToken: string };

/**
 * Rotates both credentials. A refresh credential presented after it was
 * rotated was stolen or replayed, and the whole session is revoked (RFC 9700
 * §4.14.2) — except within a few seconds of the rotation from the browser that
 * signed in: two tabs loaded at once each refresh with the same cookie, and
 * both get the pair the first one got.
 *
 * Touches PostgreSQL only: the retired access credential stops working because
 * the session row names its successor, so a Redis outage can't leave a rotated
 * credential without its cookie (the client's retry would look like a replay).
 */
export async function refreshSession(refreshToken: string | null, client: Client, clock: Clock = systemClock): Promise<RefreshedSession> {
  if (!refreshToken) throw expired();
  const found = await findRefreshToken(hashToken(refreshToken));
  if (!found) throw expired();
  const { session } = found;
  const now = clock();
  const idle = now.getTime() - session.lastUsedAt.getTime() > IDLE_TIMEOUT_MS;
  if (session.revokedAt || session.expiresAt <= now || idle || !session.credentialCurrent) throw expired();

  if (found.rotatedAt) {
    const successor = withinGrace(found, client, now) ? sealedSuccessor(found.successorSealed) : null;
    if (successor) return answer(found, successor);
    await revokeAndBlacklist({ sessionId: session.id }, clock);
    throw expired();
  }

  const next = newRefreshToken();
  const access = await issueAccessCredential(session.userId, session.id, clock);
  const successor: Successor = { accessToken: access.token, accessExpiresAt: access.expiresAt.toISOString(), refreshToken: next.token };
  const rotated = await rotateRefreshToken({
    tokenId: found.tokenId,
    sessionId: session.id,
    newHash: next.tokenHash,
    successorSealed: seal(JSON.stringify(successor)),
    access,
    now,
    staleBefore: new Date(now.getTime() - REFRESH_GRACE_MS),
  });
  if (!rotated) {
    // Another request rotated it a moment ago: the same two-tab case, decided
    // by the row the winner wrote.
    return refreshSession(refreshToken, client, clock);
  }
  return answer(found, successor);
}

function withinGrace(found: RefreshLookup, client: Client, now: Date): boolean {
  return (
    found.rotatedAt !== null &&
    now.getTime() - found.rotatedAt.getTime() <= REFRESH_GRACE_MS &&
    found.session.clientHash === client.agentHash
  );
}

function sealedSuccessor(sealed: string | null): Successor | null {
  const plain = sealed ? unseal(sealed) : null;
  return plain ? (JSON.parse(plain) as Successor) : null;
}

function answer(found: RefreshLookup, successor: Successor): RefreshedSession {
  const accessExpiresAt = new Date(successor.accessExpiresAt);
  return {
    user: toUserView({ ...found.user, id: found.session.userId }),
    accessExpiresAt,
    cookies: sessionCookies({
      accessToken: successor.accessToken,
      accessExpiresAt,
      refreshToken: successor.refreshToken,
      sessionExpiresAt: found.session.expiresAt,
    }),
  };
}
