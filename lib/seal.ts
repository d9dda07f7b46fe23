// Seals a short-lived server-side secret (AES-256-GCM) under a key derived
// once per process from the app secret, so a database reader can't use it.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./secrets";

const cache = globalThis as unknown as { __ledgerlySealKey?: Buffer };

function key(): Buffer {
  cache.__ledgerlySealKey ??= Buffer.from(hkdfSync("sha256", authSecret(), "", "ledgerly sealed values v1", 32));
  return cache.__ledgerlySealKey;
}

export function seal(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The plaintext, or null when the value was not sealed by this app's secret or was altered. */
export function unseal(sealed: string): string | null {
  try {
    const bytes = Buffer.from(sealed, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
