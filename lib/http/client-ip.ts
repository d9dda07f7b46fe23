// Next gives route handlers no socket address: it fills X-Forwarded-For with
// the peer's address only when the request has none. Behind a reverse proxy
// that appends the client's address, the last entry is the one the proxy saw,
// so that is the one rate limits key on. (Exposed without a proxy, a client can
// choose this value; per-account and per-address limits still hold.)
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || "unknown";
}
