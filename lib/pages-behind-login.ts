// The pages of app/(app): the proxy sends a signed-out visitor of any of them
// to /login with a 307 before any HTML is streamed.
const PREFIXES = ["/dashboard", "/transactions", "/budgets", "/settings", "/import", "/recurring"];

export function isPageBehindLogin(pathname: string): boolean {
  return PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
