import { systemClock, type Clock } from "@/lib/clock";
import { AppError } from "@/lib/http";
import { countLogin } from "@/lib/metrics";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { limits } from "./rate-limits";
import type { LoginInput, UserView } from "./schemas";
import { startSession, type IssuedSession } from "./start-session";
import { findUserByEmail, setPasswordHash, toUserView, type UserRow } from "./user-repository";

/**
 * The one code path that checks an email and password (the login page and
 * scripts both come through POST /api/auth/login). An unknown email is
 * compared against a dummy hash so both failures take the same time.
 */
export async function verifyCredentials(email: string, password: string): Promise<UserRow | null> {
  const user = await findUserByEmail(email);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !matches) return null;
  // A hash made with a lower cost than today's is upgraded while we have the password.
  if (needsRehash(user.passwordHash)) await setPasswordHash(user.id, await hashPassword(password));
  return user;
}

export async function login(
  input: LoginInput,
  ip: string,
  clock: Clock = systemClock,
): Promise<{ user: UserView } & IssuedSession> {
  try {
    await limits.loginsPerIp.consume(ip);
    await limits.loginFailuresPerAccount.assertAvailable(input.email);
  } catch (error) {
    countLogin("rate_limited");
    throw error;
  }
  const user = await verifyCredentials(input.email, input.password);
  if (!user) {
    await limits.loginFailuresPerAccount.record(input.email);
    countLogin("invalid_credentials");
    throw new AppError("invalid_credentials", "The email or password is incorrect.");
  }
  if (!user.emailVerifiedAt) {
    countLogin("email_not_verified");
    throw new AppError("email_not_verified", "Confirm your email first: we sent you a link when you signed up.");
  }
  countLogin("success");
  return { user: toUserView(user), ...(await startSession(user.id, clock)) };
}
