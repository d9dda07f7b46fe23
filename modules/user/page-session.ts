import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions, type LedgerlySession } from "./auth-options";
import { sessionOf, type Authenticated, type SessionUser } from "./authenticate";

/** The signed-in session for a server component, checked on the server (not only by the proxy). */
export async function currentSession(): Promise<Authenticated | null> {
  const session = (await getServerSession(authOptions())) as LedgerlySession | null;
  return sessionOf(session?.claims ?? null);
}

/** Only same-origin paths: "/x", never "//x" or a URL (SECURITY.md). */
export function safeNextPath(next: string | null | undefined, fallback = "/dashboard"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}

/** For pages behind login: the user, or a redirect to /login?next=<nextPath>. */
export async function requirePageUser(nextPath: string): Promise<SessionUser> {
  const session = await currentSession();
  if (!session) redirect(`/login?next=${encodeURIComponent(safeNextPath(nextPath))}`);
  return session.user;
}
