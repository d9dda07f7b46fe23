import { countRegistration } from "@/lib/metrics";
import { AppError, invalidField } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { systemClock, type Clock } from "@/lib/clock";
import { newEmailToken, TOKEN_LIFETIME_MS, TOKEN_PURPOSE } from "./email-token";
import { replaceEmailToken } from "./email-token-repository";
import { verificationMail } from "./mails";
import { hashPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import { limits } from "./rate-limits";
import type { RegisterInput, UserView } from "./schemas";
import { findUserByEmail, insertUser, toUserView } from "./user-repository";

export async function register(input: RegisterInput, ip: string, clock: Clock = systemClock): Promise<UserView> {
  await limits.registrationsPerIp.consume(ip);
  const weak = passwordProblem(input.password, input.email);
  if (weak) throw invalidField("password", weak);
  if (await findUserByEmail(input.email)) throw emailTaken();
  const user = await insertUser({
    email: input.email,
    passwordHash: await hashPassword(input.password),
    name: input.name ?? null,
    currency: input.currency ?? "USD",
    timezone: input.timezone ?? "UTC",
  });
  if (!user) throw emailTaken(); // lost a race with a concurrent sign-up
  countRegistration();
  await sendVerification(user.id, user.email, clock);
  return toUserView(user);
}

export async function sendVerification(userId: string, email: string, clock: Clock = systemClock): Promise<void> {
  const now = clock();
  const { token, tokenHash } = newEmailToken();
  await replaceEmailToken(userId, TOKEN_PURPOSE.verifyEmail, tokenHash, new Date(now.getTime() + TOKEN_LIFETIME_MS.verify_email), now);
  await sendMail(verificationMail(email, token));
}

const emailTaken = () => new AppError("email_taken", "An account with this email already exists; sign in or reset your password.");
