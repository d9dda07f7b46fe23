import { AppError } from "@/lib/http";
import { systemClock, type Clock } from "@/lib/clock";
import { hashToken, TOKEN_PURPOSE } from "./email-token";
import { consumeEmailToken } from "./email-token-repository";
import { markEmailVerified } from "./user-repository";

export async function verifyEmail(token: string, clock: Clock = systemClock): Promise<void> {
  const now = clock();
  const userId = await consumeEmailToken(hashToken(token), TOKEN_PURPOSE.verifyEmail, now);
  if (!userId) throw invalidToken();
  await markEmailVerified(userId, now);
}

export const invalidToken = () =>
  new AppError("invalid_token", "This link is invalid, was already used, or has expired. Ask for a new one.");
