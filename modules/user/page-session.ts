import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { appOrigin } from "@/lib/env";
import { authOptions, type LedgerlySession } from "./auth-options";
import { sessionOf, type Authenticated, type SessionUser } from "./authenticate";

/**
 * The signed-in session for a server component, checked on the server (not
 * only by the proxy). Once per request: the signed-in layout and its page both
 * ask, and React's cache hands the page the layout's answer instead of a
 * second credential decode, session row and blacklist lookup.
 */
export const currentSession = cache(async (): Promise<Authenticated | null> => {
  const session = (await getServerSession(authOptions())) as LedgerlySession | null;
  return sessionOf(session?.claims ?? null);
});

// Browsers drop tabs and newlines inside URLs and read "\\" as "/", so
// "/\t/evil.example" would leave the site: control characters disqualify a path.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Only paths of this app (SECURITY.md): resolved against APP_URL, the origin
 * must stay ours, and nothing a browser would silently rewrite may be in it.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/dashboard"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return fallback;
  }
  if (CONTROL.test(next) || CONTROL.test(decoded) || decoded.startsWith("//") || decoded.includes("\\")) return fallback;
  const url = new URL(next, appOrigin());
  return url.origin === appOrigin() ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

/** For pages behind login: the user, or a redirect to /login?next=<nextPath>. */
export async function requirePageUser(nextPath: string): Promise<SessionUser> {
  const session = await currentSession();
  if (!session) redirect(`/login?next=${encodeURIComponent(safeNextPath(nextPath))}`);
  return session.user;
}
