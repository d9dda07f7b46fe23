import { createHash, randomBytes } from "node:crypto";

// 256 bits from the CSPRNG, URL-safe; only the SHA-256 is stored (SECURITY.md).
export function newEmailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export const hashToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

export const TOKEN_PURPOSE = { verifyEmail: "verify_email", resetPassword: "reset_password" } as const;
export type TokenPurpose = (typeof TOKEN_PURPOSE)[keyof typeof TOKEN_PURPOSE];

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 30 * 60 * 1000,
};
