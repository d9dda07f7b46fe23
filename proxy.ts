// Next 16's successor of middleware.ts, on the Node runtime (TOOLCHAIN.md). A
// convenience only (SECURITY.md): it sets per-request security headers; every
// route handler and server component checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { isSecureOrigin } from "./lib/env";
import { contentSecurityPolicy, HSTS } from "./lib/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's CSP and puts it on its own scripts.
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // Where the user was going, for the sign-in redirect of pages behind login.
  headers.set("x-pathname", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (isSecureOrigin()) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
