// The browser-safe half of the password policy (SECURITY.md, Passwords):
// 10–128 characters, anything allowed, nothing required, not the email.
// The common-password check (password-policy.ts) runs on the server only, so
// its ~49,000-entry list never ships to the browser.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function passwordShapeProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return "must not be your email address";
  return null;
}
