// Recognises "the database is down" among thrown errors, so a handler that hits
// it answers 503 `unavailable` instead of 500 (SECURITY.md, Operations).
// Socket errors (node-postgres passes them through) and PostgreSQL's
// admin_shutdown / cannot_connect_now.
const DOWN_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03"]);
const DOWN_MESSAGES = /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|terminating connection|the database system is (starting up|shutting down)/i;

export function isDatabaseDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; errno?: unknown };
    if (typeof candidate.code === "string" && DOWN_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === "string" && DOWN_MESSAGES.test(candidate.message)) return true;
    e = candidate.cause;
  }
  return false;
}
