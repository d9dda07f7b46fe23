// next-auth is the session layer: its JWT encode/decode for the access
// credential and getServerSession for server components (the client has no
// SessionProvider: pages get the user from the server). Credentials are
// checked only by POST /api/auth/login (login.ts), so no next-auth provider
// signs anyone in.
import type { NextAuthOptions, Session } from "next-auth";
import { isSecureOrigin } from "@/lib/env";
import { authSecret } from "@/lib/secrets";
import { verifyAccessCredential, type AccessClaims } from "./access-credential";
import { ACCESS_COOKIE, ACCESS_TTL_MS } from "./session-policy";

export type LedgerlySession = Session & { claims?: AccessClaims };

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    providers: [],
    session: { strategy: "jwt", maxAge: ACCESS_TTL_MS / 1000 },
    jwt: {
      maxAge: ACCESS_TTL_MS / 1000,
      // Valid and unexpired only, as API handlers decode it: currentSession
      // then checks the blacklist and the session row (sessionOf), so asking
      // Redis here too was a second identical lookup per page.
      decode: async ({ token }) => (await verifyAccessCredential(token)) ?? null,
    },
    cookies: {
      sessionToken: {
        name: ACCESS_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: isSecureOrigin() },
      },
    },
    callbacks: {
      session: ({ session, token }) => {
        const claims = token as unknown as AccessClaims;
        return { ...session, claims: { sub: claims.sub, sid: claims.sid, jti: claims.jti, exp: claims.exp } } as LedgerlySession;
      },
    },
  };
}
