import { appOrigin } from "../env";
import { AppError } from "./errors";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * API.md's CSRF rule: an unsafe request whose Origin is present and not ours
 * (`null` included), or that has no Origin but a cross-site/same-site
 * Sec-Fetch-Site, is refused. A script that sends neither header is allowed,
 * and so is a request authenticated by a bearer token.
 */
export function assertSameOrigin(request: Request): void {
  if (!UNSAFE.has(request.method)) return;
  // A personal access token is sent by a script, never attached by a browser
  // on its own: the request is authenticated by it, not by cookies (API.md).
  if (/^Bearer\s/i.test(request.headers.get("authorization") ?? "")) return;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (origin !== appOrigin()) throw forbidden();
    return;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") throw forbidden();
}

const forbidden = () => new AppError("forbidden_origin", "This request comes from another site and was refused.");
