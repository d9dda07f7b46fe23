import { systemClock, type Clock } from "@/lib/clock";
import { unauthenticated } from "@/lib/http";
import { decodeAccessCredential, type AccessClaims } from "./access-credential";
import { readCookie } from "./cookies";
import { limits } from "./rate-limits";
import type { UserView } from "./schemas";
import { findSessionWithUser } from "./session-repository";
import { ACCESS_COOKIE, IDLE_TIMEOUT_MS } from "./session-policy";
import { toUserView } from "./user-repository";

/** The signed-in user as every other module sees it. */
export type SessionUser = UserView;

export type Authenticated = { user: SessionUser; sessionId: string; jti: string; accessExpiresAt: Date };

/**
 * Checks a credential's session on the server on every request: a revoked,
 * idle or expired session ends at once, even with an unexpired credential.
 */
export async function sessionOf(claims: AccessClaims | null, clock: Clock = systemClock): Promise<Authenticated | null> {
  if (!claims) return null;
  const session = await findSessionWithUser(claims.sid);
  const now = clock().getTime();
  if (
    !session ||
    session.userId !== claims.sub ||
    // A credential the session has since replaced (a refresh) or begun under
    // an old password no longer counts, even before it expires.
    session.accessJti !== claims.jti ||
    !session.credentialCurrent ||
    session.revokedAt ||
    session.expiresAt.getTime() <= now ||
    now - session.lastUsedAt.getTime() > IDLE_TIMEOUT_MS
  ) {
    return null;
  }
  return { user: toUserView({ ...session.user, id: session.userId }), sessionId: session.id, jti: claims.jti, accessExpiresAt: new Date(claims.exp * 1000) };
}

export async function authenticate(request: Request, clock: Clock = systemClock): Promise<Authenticated | null> {
  return sessionOf(await decodeAccessCredential(readCookie(request, ACCESS_COOKIE)), clock);
}

/** For API handlers that need the session itself (logout, password change). 401 without one. */
export async function requireSession(request: Request): Promise<Authenticated> {
  const session = await authenticate(request);
  if (!session) throw unauthenticated("Your session has expired or was signed out; sign in again.");
  await limits.apiPerUser.consume(session.user.id);
  return session;
}

/** The `auth` option of lib/http's handler: the session's user, or 401. */
export async function requireUser(request: Request): Promise<SessionUser> {
  return (await requireSession(request)).user;
}
