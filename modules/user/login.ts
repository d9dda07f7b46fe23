import { systemClock, type Clock } from "@/lib/clock";
import { AppError, type Client } from "@/lib/http";
import { countLogin } from "@/lib/metrics";
import { beforePasswordCheck, recordWrongPassword } from "./password-guard";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { limits } from "./rate-limits";
import type { LoginInput, UserView } from "./schemas";
import { startSession, type IssuedSession } from "./start-session";
import { findUserByEmail, rehashPassword, toUserView, type UserRow } from "./user-repository";

/**
 * The one code path that checks an email and password (the login page and
 * scripts both come through POST /api/auth/login). An unknown email is
 * compared against a dummy hash so both failures take the same time. The row
 * read here carries the credential_version the session will be bound to.
 */
export async function verifyCredentials(email: string, password: string): Promise<UserRow | null> {
  const user = await findUserByEmail(email);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !matches) return null;
  // A hash made with a lower cost than today's is upgraded while we have the password.
  if (needsRehash(user.passwordHash)) await rehashPassword(user.id, await hashPassword(password));
  return user;
}

const invalidCredentials = () => new AppError("invalid_credentials", "The email or password is incorrect.");

export async function login(input: LoginInput, client: Client, clock: Clock = systemClock): Promise<{ user: UserView } & IssuedSession> {
  try {
    await limits.loginsPerIp.consume(client.ip);
    await beforePasswordCheck(input.email, client.ip);
  } catch (error) {
    countLogin("rate_limited");
    throw error;
  }
  const user = await verifyCredentials(input.email, input.password);
  if (!user) {
    await recordWrongPassword(input.email, client.ip);
    countLogin("invalid_credentials");
    throw invalidCredentials();
  }
  if (!user.emailVerifiedAt) {
    countLogin("email_not_verified");
    throw new AppError("email_not_verified", "Confirm your email first: we sent you a link when you signed up.");
  }
  // Null when the password changed while this one was being checked: the old
  // password no longer opens a session.
  const session = await startSession(user, client, clock);
  if (!session) {
    countLogin("invalid_credentials");
    throw invalidCredentials();
  }
  countLogin("success");
  return { user: toUserView(user), ...session };
}
