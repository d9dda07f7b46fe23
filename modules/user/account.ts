// What a signed-in user does to their own account: sign out, change the
// profile or password, delete everything.
import { systemClock, type Clock } from "@/lib/clock";
import { AppError, invalidField, unauthenticated, type Client } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { blacklistAccessCredential } from "./access-credential";
import type { Authenticated } from "./authenticate";
import { hashToken } from "./email-token";
import { passwordChangedMail } from "./mails";
import { beforePasswordCheck, recordWrongPassword } from "./password-guard";
import { hashPassword, verifyPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import type { UpdateMeInput, UserView } from "./schemas";
import { findRefreshToken } from "./session-repository";
import { revokeAndBlacklist, startSession, type IssuedSession } from "./start-session";
import { deleteUserEverywhere, findUserById, replacePassword, toUserView, updateUser } from "./user-repository";

/**
 * Ends the session of whichever credential the browser still has: the access
 * cookie, or only the refresh cookie once the access cookie expired.
 */
export async function logout(
  credentials: { session: Authenticated | null; refreshToken: string | null },
  clock: Clock = systemClock,
): Promise<void> {
  const { session, refreshToken } = credentials;
  if (session) {
    await revokeAndBlacklist({ sessionId: session.sessionId }, clock);
    await blacklistAccessCredential(session.jti, session.accessExpiresAt);
    return;
  }
  const found = refreshToken ? await findRefreshToken(hashToken(refreshToken)) : null;
  if (!found) throw unauthenticated("There is no session to sign out of.");
  await revokeAndBlacklist({ sessionId: found.session.id }, clock);
}

export async function updateProfile(userId: string, input: UpdateMeInput): Promise<UserView> {
  const user = await updateUser(userId, input);
  // Only if the account was deleted since this request's session check.
  if (!user) throw unauthenticated();
  return toUserView(user);
}

// 403, not 401: a 401 would make the browser refresh and retry (API.md).
const wrongPassword = () => new AppError("invalid_password", "The current password is incorrect.");

/** The current password, counted with the account's failed logins (API.md, Rate limits). */
async function assertPassword(userId: string, password: string, client: Client) {
  const user = await findUserById(userId);
  if (!user) throw unauthenticated();
  await beforePasswordCheck(user.email, client.ip);
  if (!(await verifyPassword(password, user.passwordHash))) {
    await recordWrongPassword(user.email, client.ip);
    throw wrongPassword();
  }
  return user;
}

/** Every other session ends; this device continues on a fresh session (new cookies). */
export async function changePassword(
  session: Authenticated,
  input: { currentPassword: string; newPassword: string },
  client: Client,
  clock: Clock = systemClock,
): Promise<IssuedSession> {
  const user = await assertPassword(session.user.id, input.currentPassword, client);
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw invalidField("newPassword", problem);
  const { credentialVersion } = await replacePassword(user.id, await hashPassword(input.newPassword), clock());
  await revokeAndBlacklist({ userId: user.id }, clock);
  await sendMail(passwordChangedMail(user.email));
  const fresh = await startSession({ id: user.id, credentialVersion }, client, clock);
  // Null only if yet another change landed in between: this device signs in again.
  if (!fresh) throw unauthenticated("Your password changed again meanwhile; sign in with the new one.");
  return fresh;
}

export async function deleteAccount(session: Authenticated, password: string, client: Client): Promise<void> {
  await assertPassword(session.user.id, password, client);
  await deleteUserEverywhere(session.user.id);
  await blacklistAccessCredential(session.jti, session.accessExpiresAt);
}
