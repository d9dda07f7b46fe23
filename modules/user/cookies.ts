// Both credentials are httpOnly, SameSite=Lax, Path=/ cookies; Secure whenever
// the app is served over https (APP_URL), per SECURITY.md.
import { isSecureOrigin } from "@/lib/env";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "./session-policy";

function cookie(name: string, value: string, maxAgeSeconds: number): string {
  const parts = [`${name}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`];
  if (isSecureOrigin()) parts.push("Secure");
  return parts.join("; ");
}

export function sessionCookies(credentials: {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  sessionExpiresAt: Date;
}): string[] {
  const now = Date.now();
  return [
    cookie(ACCESS_COOKIE, credentials.accessToken, (credentials.accessExpiresAt.getTime() - now) / 1000),
    cookie(REFRESH_COOKIE, credentials.refreshToken, (credentials.sessionExpiresAt.getTime() - now) / 1000),
  ];
}

export const clearedSessionCookies = (): string[] => [cookie(ACCESS_COOKIE, "", 0), cookie(REFRESH_COOKIE, "", 0)];

/**
 * A cookie's value from a request's Cookie header. A value that isn't a valid
 * %-escaped string can't be a credential we issued: it reads as no cookie.
 */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim()) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** A response with the given Set-Cookie lines added. */
export function withCookies(response: Response, cookies: string[]): Response {
  for (const line of cookies) response.headers.append("Set-Cookie", line);
  return response;
}
