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

// A credential is presented on every request of its 15 minutes; decrypting it
// (next-auth derives the key with HKDF on each call) is done once per process.
const decoded = globalThis as unknown as { __ledgerlyDecoded?: Map<string, AccessClaims> };
const MAX_DECODED = 10_000;

/** The claims of a credential this app issued and that hasn't expired, without the blacklist check; null otherwise. */
export async function verifyAccessCredential(token: string | undefined | null): Promise<AccessClaims | null> {
  if (!token) return null;
  decoded.__ledgerlyDecoded ??= new Map();
  let claims = decoded.__ledgerlyDecoded.get(token) ?? null;
  if (!claims) {
    let jwt: JWT | null;
    try {
      jwt = await decode({ token, secret: authSecret() });
    } catch {
      return null; // tampered, foreign or expired
    }
    if (!jwt || typeof jwt.sub !== "string" || typeof jwt.sid !== "string" || typeof jwt.jti !== "string" || typeof jwt.exp !== "number") return null;
    claims = { sub: jwt.sub, sid: jwt.sid, jti: jwt.jti, exp: jwt.exp };
    if (decoded.__ledgerlyDecoded.size >= MAX_DECODED) decoded.__ledgerlyDecoded.clear();
    decoded.__ledgerlyDecoded.set(token, claims);
  }
  if (claims.exp * 1000 <= Date.now()) {
    decoded.__ledgerlyDecoded.delete(token);
    return null;
  }
  return claims;
}

/** Whether a credential's id was revoked. A blacklist that can't be read throws (503): authentication fails closed. */
export async function isBlacklisted(jti: string): Promise<boolean> {
  return (await kv().get(blacklistKey(jti))) !== null;
}

/** Keeps a revoked credential's id on the blacklist until it would have expired anyway. */
export async function blacklistAccessCredential(jti: string, expiresAt: Date): Promise<void> {
  const ttlSeconds = Math.ceil((expiresAt.getTime() - Date.now()) / 1000);
  if (ttlSeconds > 0) await kv().set(blacklistKey(jti), "1", ttlSeconds);
}
