// Public surface of the user module: accounts, credentials, sessions.
export { authenticate, requireSession, requireUser } from "./authenticate";
export type { Authenticated, SessionUser } from "./authenticate";
export { currentSession, requirePageUser, safeNextPath } from "./page-session";
export { authOptions } from "./auth-options";
export { register } from "./register";
export { verifyEmail } from "./verify-email";
export { forgotPassword, resendVerification } from "./mail-requests";
export { login, verifyCredentials } from "./login";
export { refreshSession } from "./refresh-session";
export { resetPassword } from "./reset-password";
export { changePassword, deleteAccount, logout, updateProfile } from "./account";
export { clearedSessionCookies, readCookie, withCookies } from "./cookies";
export { decodeAccessCredential, issueAccessCredential } from "./access-credential";
export { ACCESS_COOKIE, REFRESH_COOKIE, ACCESS_TTL_MS, IDLE_TIMEOUT_MS, ABSOLUTE_LIFETIME_MS } from "./session-policy";
export { COMMON_PASSWORD_COUNT, PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "./password-policy";
export { bcryptCost, hashPassword, verifyPassword } from "./password-hash";
export * as userSchemas from "./schemas";
export { userOpenApi } from "./openapi";
