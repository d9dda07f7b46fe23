import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

// The cost is stored in each hash, so raising BCRYPT_COST (default 11, see
// bench/) upgrades old hashes at their next login.
export const bcryptCost = (): number => env().BCRYPT_COST;

// bcrypt reads only the first 72 bytes. Longer passwords (up to 128 characters,
// up to 512 bytes) are first reduced to a SHA-256 digest, so every byte counts.
function bcryptInput(password: string): string {
  return Buffer.byteLength(password, "utf8") > 72
    ? `sha256:${createHash("sha256").update(password, "utf8").digest("base64")}`
    : password;
}

export function hashPassword(password: string, cost = bcryptCost()): Promise<string> {
  return bcrypt.hash(bcryptInput(password), cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(bcryptInput(password), hash);
}

export const needsRehash = (hash: string): boolean => bcrypt.getRounds(hash) < bcryptCost();

// Compared against when the email is unknown, so both answers take the same time.
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-just-for-timing");
  return dummy;
}
