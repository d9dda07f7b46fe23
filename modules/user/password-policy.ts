// SECURITY.md, Passwords: 10–128 characters, anything allowed, nothing
// required; not a commonly used password, not the email address.
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// ~49,000 passwords from real breach corpora, shipped by zxcvbn-ts.
let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  return common;
}

export const COMMON_PASSWORD_COUNT = (): number => commonPasswords().size;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  if (commonPasswords().has(password.toLowerCase())) return "is too common; choose one that is harder to guess";
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return "must not be your email address";
  return null;
}
