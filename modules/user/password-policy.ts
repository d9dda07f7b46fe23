// The whole password policy, on the server: the shape rules plus "not a
// commonly used password" (SECURITY.md).
import { dictionary } from "@zxcvbn-ts/language-common";
import { passwordShapeProblem } from "./password-rules";

// ~49,000 passwords from real breach corpora, shipped by zxcvbn-ts.
let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  return common;
}

export const COMMON_PASSWORD_COUNT = (): number => commonPasswords().size;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  const shape = passwordShapeProblem(password, email);
  if (shape) return shape;
  if (commonPasswords().has(password.toLowerCase())) return "is too common; choose one that is harder to guess";
  return null;
}
