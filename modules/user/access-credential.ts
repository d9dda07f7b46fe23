// The access credential is a next-auth JWT (its encode/decode: encrypted and
// signed with the app secret; we don't hand-roll JWT crypto). It carries the
// user (sub), the session (sid) and a unique id (jti) for the blacklist.
import { decode, encode, type JWT } from "next-auth/jwt";
import { systemClock, type Clock } from "@/lib/clock";
import { kv } from "@/lib/kv";
import { authSecret } from "@/lib/secrets";
import { ACCESS_TTL_MS } from "./session-policy";

export type AccessClaims = { sub: string; sid: string; jti: string; exp: number };

const blacklistKey = (jti: string) => `blacklist:access:${jti}`;

export async function issueAccessCredential(
  userId: string,
  sessionId: string,
  clock: Clock = systemClock,
): Promise<{ token: string; jti: string; expiresAt: Date }> {
  // encode() stamps iat/exp from the real time; shifting maxAge by the clock's
  // offset lets tests issue credentials "in the past" without sleeping.
  const offsetSeconds = Math.round((clock().getTime() - Date.now()) / 1000);
  const maxAge = ACCESS_TTL_MS / 1000 + offsetSeconds;
  const token = await encode({ token: { sub: userId, sid: sessionId }, secret: authSecret(), maxAge });
  const expiresAt = new Date((Math.floor(Date.now() / 1000) + maxAge) * 1000);
  // encode() draws the jti itself; read it back (a credential born expired has none worth knowing).
  const claims = maxAge > 0 ? await decode({ token, secret: authSecret() }) : null;
  return { token, jti: typeof claims?.jti === "string" ? claims.jti : "", expiresAt };
}

/**
 * The claims of a valid, unexpired, not blacklisted access credential, or null.
 * Used by next-auth (authOptions.jwt.decode) and by API route handlers alike.
 * A blacklist that can't be read throws (503): authentication fails closed.
 */
export async function decodeAccessCredential(token: string | undefined | null): Promise<AccessClaims | null> {
  if (!token) return null;
  let claims: JWT | null;
  try {
    claims = await decode({ token, secret: authSecret() });
  } catch {
    return null; // tampered, foreign or expired
  }
  if (!claims || typeof claims.sub !== "string" || typeof claims.sid !== "string" || typeof claims.jti !== "string") return null;
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= Date.now()) return null;
  if (await kv().get(blacklistKey(claims.jti))) return null;
  return { sub: claims.sub, sid: claims.sid, jti: claims.jti, exp: claims.exp };
}

/** Keeps a revoked credential's id on the blacklist until it would have expired anyway. */
export async function blacklistAccessCredential(jti: string, expiresAt: Date): Promise<void> {
  const ttlSeconds = Math.ceil((expiresAt.getTime() - Date.now()) / 1000);
  if (ttlSeconds > 0) await kv().set(blacklistKey(jti), "1", ttlSeconds);
}
