import { systemClock, type Clock } from "@/lib/clock";
import { invalidField } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { hashToken, TOKEN_PURPOSE } from "./email-token";
import { consumeEmailToken, peekEmailToken } from "./email-token-repository";
import { passwordChangedMail } from "./mails";
import { hashPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import { revokeAndBlacklist } from "./start-session";
import { findUserById, markEmailVerified, replacePassword } from "./user-repository";
import { invalidToken } from "./verify-email";

/**
 * Sets a new password from a mailed token. Every session of the user ends,
 * including one whose login is checking the old password right now (the
 * credential_version it was checked against is gone), and other reset links die.
 */
export async function resetPassword(token: string, password: string, clock: Clock = systemClock): Promise<void> {
  const now = clock();
  const tokenHash = hashToken(token);
  const owner = await peekEmailToken(tokenHash, TOKEN_PURPOSE.resetPassword, now);
  const user = owner ? await findUserById(owner) : null;
  if (!user) throw invalidToken();
  // Checked before the token is used up, so a refused password costs no new mail.
  const problem = passwordProblem(password, user.email);
  if (problem) throw invalidField("password", problem);
  if ((await consumeEmailToken(tokenHash, TOKEN_PURPOSE.resetPassword, now)) !== user.id) throw invalidToken();
  await replacePassword(user.id, await hashPassword(password), now);
  // The link reached the mailbox, which is what verification proves.
  await markEmailVerified(user.id, now);
  await revokeAndBlacklist({ userId: user.id }, clock);
  await sendMail(passwordChangedMail(user.email));
}
