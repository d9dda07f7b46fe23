// Next 16's successor of middleware.ts, on the Node runtime (TOOLCHAIN.md). It
// serves pages only (API routes check everything themselves, and skipping
// them here saves every API request its cost): per-request security headers,
// renewal of an expired access credential on page navigations, and the
// sign-in redirect of pages behind login, answered before any HTML streams.
// Not the only guard (SECURITY.md): the signed-in layout and every page check
// the session again.
import { NextResponse, type NextRequest } from "next/server";
import { isSecureOrigin } from "./lib/env";
import { clientOf, isDatabaseDown } from "./lib/http";
import { contentSecurityPolicy, HSTS } from "./lib/security-headers";
import { authenticate, REFRESH_COOKIE, refreshSession, safeNextPath } from "./modules/user";
import { isPageBehindLogin } from "./lib/pages-behind-login";
import { unavailablePage } from "./lib/unavailable-page";

/**
 * Only a top-level page load refreshes: prefetches and RSC requests run in
 * parallel and carry no User-Agent-stable context worth a rotation.
 */
function isDocumentNavigation(request: NextRequest): boolean {
  return request.method === "GET" && request.headers.get("sec-fetch-dest") === "document" && !request.headers.has("next-router-prefetch");
}

type SignIn = { signedIn: boolean; renewed: string[] };

/** Whether the request carries a working session, renewing the access credential on a navigation when only the refresh one works. */
async function signInState(request: NextRequest): Promise<SignIn> {
  if (await authenticate(request)) return { signedIn: true, renewed: [] };
  const refresh = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refresh || !isDocumentNavigation(request)) return { signedIn: false, renewed: [] };
  try {
    return { signedIn: true, renewed: (await refreshSession(refresh, clientOf(request))).cookies };
  } catch (error) {
    if ((error as { code?: string }).code === "unauthenticated") return { signedIn: false, renewed: [] };
    throw error;
  }
}

/** The request's Cookie header with the renewed values, so this very render sees them. */
function cookieHeaderWith(request: NextRequest, setCookies: string[]): string {
  const jar = new Map(request.cookies.getAll().map((c) => [c.name, c.value]));
  for (const line of setCookies) {
    const [pair] = line.split(";");
    const index = pair!.indexOf("=");
    jar.set(pair!.slice(0, index), pair!.slice(index + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

function withSecurityHeaders<R extends Response>(response: R, csp: string): R {
  response.headers.set("Content-Security-Policy", csp);
  if (isSecureOrigin()) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export async function proxy(request: NextRequest): Promise<Response> {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const here = `${request.nextUrl.pathname}${request.nextUrl.search}`;

  let state: SignIn;
  try {
    state = await signInState(request);
  } catch (error) {
    // The database or Redis is down: say so plainly rather than render a page that can't load.
    if (isDatabaseDown(error) || (error as { code?: string }).code === "unavailable") return withSecurityHeaders(unavailablePage(), csp);
    throw error;
  }
  if (!state.signedIn && isPageBehindLogin(request.nextUrl.pathname)) {
    const login = new URL(`/login?next=${encodeURIComponent(safeNextPath(here))}`, request.url);
    return withSecurityHeaders(NextResponse.redirect(login, 307), csp);
  }

  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's CSP and puts it on its own scripts.
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // Where the user was going, for the sign-in redirect of pages behind login.
  headers.set("x-pathname", here);
  if (state.renewed.length) headers.set("cookie", cookieHeaderWith(request, state.renewed));

  const response = NextResponse.next({ request: { headers } });
  for (const line of state.renewed) response.headers.append("Set-Cookie", line);
  return withSecurityHeaders(response, csp);
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|icon|robots.txt).*)" }],
};
