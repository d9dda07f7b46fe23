// Pure pieces of the server (scripts/server.mjs), kept apart so unit tests can reach them.

/** The header the server sets (replacing any a client sent) and lib/http/client-ip.ts reads. */
export const CLIENT_IP_HEADER = "x-ledgerly-client-ip";

const unmapped = (address) => (address?.startsWith("::ffff:") ? address.slice(7) : address);

/**
 * The client's address: the TCP peer, unless `trustedHops` proxies stand in
 * front, each appending the address it saw to X-Forwarded-For. Then the entry
 * `trustedHops` from the right is the one the outermost trusted proxy saw;
 * anything left of it was written by the client and proves nothing.
 * @param {string | undefined} peer
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} trustedHops
 */
export function clientAddress(peer, forwardedFor, trustedHops) {
  if (trustedHops > 0 && forwardedFor) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const seen = entries[entries.length - trustedHops] ?? entries[0];
    if (seen) return unmapped(seen);
  }
  return unmapped(peer) || "unknown";
}

/** False when a segment of the request target's path is not a decodable %-escaped UTF-8 string. */
export function isDecodablePath(target) {
  const end = target.search(/[?#]/);
  const pathname = end === -1 ? target : target.slice(0, end);
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The methods Next's route handlers have a slot for; any other is refused before Next sees it. */
export const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Set by the server (replacing any a client sent) on a request whose method no route has; lib/http/endpoint.ts reads it. */
export const REFUSED_METHOD_HEADER = "x-ledgerly-refused-method";
