// Secrets the operator did not set are generated once into $DATA_DIR with mode
// 0600, never hard-coded (SECURITY.md, Operations).
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";

function generatedSecret(name: string): string {
  const dir = path.resolve(env().DATA_DIR, "secrets");
  const file = path.join(dir, name);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    // "wx" fails if the file exists, so two processes starting at once keep the first one's value.
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

const cache = globalThis as unknown as { __ledgerlyAuthSecret?: string };

/** Signs and encrypts session credentials (next-auth's secret). */
export function authSecret(): string {
  cache.__ledgerlyAuthSecret ??= env().AUTH_SECRET ?? env().NEXTAUTH_SECRET ?? generatedSecret("auth-secret");
  return cache.__ledgerlyAuthSecret;
}

/**
 * Password of the derived read-only role of a database (no DATABASE_READONLY_URL):
 * derived from the app secret, so every instance of one deployment (which
 * shares AUTH_SECRET) gives the role the same password instead of each
 * overwriting the others'.
 */
export function readerPassword(database: string): string {
  return createHmac("sha256", authSecret()).update(`read-only role of ${database}`).digest("base64url");
}
