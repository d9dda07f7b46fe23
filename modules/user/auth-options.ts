// next-auth is the session layer: its JWT encode/decode for the access
// credential, getServerSession for server components, SessionProvider on the
// client. Credentials are checked only by POST /api/auth/login (login.ts), so
// no next-auth provider signs anyone in.
import type { NextAuthOptions, Session } from "next-auth";
import { isSecureOrigin } from "@/lib/env";
import { authSecret } from "@/lib/secrets";
import { decodeAccessCredential, type AccessClaims } from "./access-credential";
import { ACCESS_COOKIE, ACCESS_TTL_MS } from "./session-policy";

export type LedgerlySession = Session & { claims?: AccessClaims };

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    providers: [],
    session: { strategy: "jwt", maxAge: ACCESS_TTL_MS / 1000 },
    jwt: {
      maxAge: ACCESS_TTL_MS / 1000,
      // Same check as API handlers: valid, unexpired and not on the blacklist.
      decode: async ({ token }) => (await decodeAccessCredential(token)) ?? null,
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
