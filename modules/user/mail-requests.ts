// resend-verification and forgot-password: always 202, whether or not the
// address exists (SECURITY.md), limited per address and per IP. Both answer
// after the same work (the limits) either way; looking the address up, writing
// the token and sending the mail happen after the response, so its timing
// says nothing about the address.
import { afterResponse } from "@/lib/after-response";
import { systemClock, type Clock } from "@/lib/clock";
import { sendMail } from "@/lib/mail";
import { newEmailToken, TOKEN_LIFETIME_MS, TOKEN_PURPOSE } from "./email-token";
import { replaceEmailToken } from "./email-token-repository";
import { passwordResetMail } from "./mails";
import { limits } from "./rate-limits";
import { sendVerification } from "./register";
import { findUserByEmail } from "./user-repository";

async function limit(kind: "forgot" | "resend", email: string, ip: string): Promise<void> {
  await limits.mailRequestsPerIp(kind).consume(ip);
  await limits.mailRequestsPerAddress(kind).consume(email);
}

export async function resendVerification(email: string, ip: string, clock: Clock = systemClock): Promise<void> {
  await limit("resend", email, ip);
  afterResponse("resend-verification", async () => {
    const user = await findUserByEmail(email);
    if (user && !user.emailVerifiedAt) await sendVerification(user.id, user.email, clock);
  });
}

export async function forgotPassword(email: string, ip: string, clock: Clock = systemClock): Promise<void> {
  await limit("forgot", email, ip);
  afterResponse("forgot-password", async () => {
    const user = await findUserByEmail(email);
    if (!user) return;
    const now = clock();
    const { token, tokenHash } = newEmailToken();
    await replaceEmailToken(user.id, TOKEN_PURPOSE.resetPassword, tokenHash, new Date(now.getTime() + TOKEN_LIFETIME_MS.reset_password), now);
    await sendMail(passwordResetMail(user.email, token));
  });
}
