import { systemClock, type Clock } from "@/lib/clock";
import { AppError, unauthenticated } from "@/lib/http";
import { authenticateBearer, bearerSecret } from "./bearer";
import { isBlacklisted, verifyAccessCredential, type AccessClaims } from "./access-credential";
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
  // The blacklist (Redis) and the session row (PostgreSQL) are asked at once.
  const [blacklisted, session] = await Promise.all([isBlacklisted(claims.jti), findSessionWithUser(claims.sid)]);
  const now = clock().getTime();
  if (
    blacklisted ||
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
  return sessionOf(await verifyAccessCredential(readCookie(request, ACCESS_COOKIE)), clock);
}

const insufficientScope = (detail: string) => new AppError("insufficient_scope", detail);

/**
 * For what only a signed-in person may do (the account, its tokens, logout,
 * password): the cookie session, or 401. A personal access token here is 403
 * insufficient_scope (API.md), even alongside a cookie.
 */
export async function requireSession(request: Request): Promise<Authenticated> {
  refuseAccessToken(request);
  const claims = await verifyAccessCredential(readCookie(request, ACCESS_COOKIE));
  // The request is counted against its user's limit while the session is
  // looked up, not after: one round trip less per request. A credential is
  // only decoded if this app issued it, so its `sub` is the user; a revoked
  // session still answers 401 rather than 429.
  const [session, counted] = await Promise.all([
    sessionOf(claims),
    claims ? limits.apiPerUser.consume(claims.sub).then(() => null, (error: unknown) => error) : null,
  ]);
  if (!session) throw unauthenticated("Your session has expired or was signed out; sign in again.");
  if (counted) throw counted;
  return session;
}

/**
 * The `auth` option of lib/http's handler for the data endpoints: a personal
 * access token when the request carries one (a read token only on safe
 * methods), else the cookie session; 401 without either.
 */
export async function requireUser(request: Request): Promise<SessionUser> {
  const secret = bearerSecret(request);
  if (secret === null) return (await requireSession(request)).user;
  const token = await authenticateBearer(secret);
  if (!token) throw unauthenticated("This token is unknown, revoked or expired.");
  if (token.scope === "read" && !SAFE_METHODS.has(request.method)) {
    throw insufficientScope("This token may only read; create a write token to change data.");
  }
  await limits.apiPerUser.consume(`token:${token.tokenId}`);
  return token.user;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** 403 insufficient_scope for a request that carries a personal access token where only a signed-in person may act. */
export function refuseAccessToken(request: Request): void {
  if (bearerSecret(request) !== null) {
    throw insufficientScope("Personal access tokens can't manage the account, its sessions or its tokens; sign in to do this.");
  }
}
