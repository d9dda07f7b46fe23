// Next 16's successor of middleware.ts, on the Node runtime (TOOLCHAIN.md). A
// convenience only (SECURITY.md): it sets per-request security headers and
// renews an expired access credential on page navigations; every route
// handler and server component checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { isSecureOrigin } from "./lib/env";
import { contentSecurityPolicy, HSTS } from "./lib/security-headers";
import { ACCESS_COOKIE, decodeAccessCredential, REFRESH_COOKIE, refreshSession } from "./modules/user";

/**
 * Only a top-level page load refreshes: prefetches and RSC requests run in
 * parallel, and two refreshes with one credential would look like a replay
 * and end the session.
 */
function isDocumentNavigation(request: NextRequest): boolean {
  return (
    request.method === "GET" &&
    !request.nextUrl.pathname.startsWith("/api/") &&
    request.headers.get("sec-fetch-dest") === "document" &&
    !request.headers.has("next-router-prefetch")
  );
}

/** New Set-Cookie lines when the access credential is gone or stale but the refresh credential still works. */
async function renewedCookies(request: NextRequest): Promise<string[]> {
  const refresh = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refresh || !isDocumentNavigation(request)) return [];
  try {
    if (await decodeAccessCredential(request.cookies.get(ACCESS_COOKIE)?.value)) return [];
    return (await refreshSession(refresh)).cookies;
  } catch {
    return []; // signed out or a dependency is down: the page decides what to show
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

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's CSP and puts it on its own scripts.
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // Where the user was going, for the sign-in redirect of pages behind login.
  headers.set("x-pathname", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const renewed = await renewedCookies(request);
  if (renewed.length) headers.set("cookie", cookieHeaderWith(request, renewed));

  const response = NextResponse.next({ request: { headers } });
  for (const line of renewed) response.headers.append("Set-Cookie", line);
  response.headers.set("Content-Security-Policy", csp);
  if (isSecureOrigin()) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
