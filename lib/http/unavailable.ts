// Recognises "the database is down" among thrown errors, so a handler that hits
// it answers 503 `unavailable` instead of 500 (SECURITY.md, Operations).
const DOWN_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03"]);
const DOWN_MESSAGES = /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|Can't reach database|terminating connection|the database system is (starting up|shutting down)/i;

export function isDatabaseDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; errno?: unknown };
    if (typeof candidate.code === "string" && DOWN_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === "string" && DOWN_MESSAGES.test(candidate.message)) return true;
    e = candidate.cause;
  }
  return false;
}
