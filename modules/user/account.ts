// What a signed-in user does to their own account: sign out, change the
// profile or password, delete everything.
import { systemClock, type Clock } from "@/lib/clock";
import { AppError, invalidField } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { blacklistAccessCredential } from "./access-credential";
import type { Authenticated } from "./authenticate";
import { passwordChangedMail } from "./mails";
import { hashPassword, verifyPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import type { UpdateMeInput, UserView } from "./schemas";
import { revokeAndBlacklist, startSession, type IssuedSession } from "./start-session";
import { deleteUserEverywhere, findUserById, setPasswordHash, toUserView, updateUser } from "./user-repository";

export async function logout(session: Authenticated, clock: Clock = systemClock): Promise<void> {
  await revokeAndBlacklist({ sessionId: session.sessionId }, clock);
  await blacklistAccessCredential(session.jti, session.accessExpiresAt);
}

export async function updateProfile(userId: string, input: UpdateMeInput): Promise<UserView> {
  return toUserView(await updateUser(userId, input));
}

// 403, not 401: a 401 would make the browser refresh and retry (API.md).
const wrongPassword = () => new AppError("invalid_password", "The current password is incorrect.");

async function assertPassword(userId: string, password: string): Promise<{ email: string }> {
  const user = await findUserById(userId);
  if (!user || !(await verifyPassword(password, user.passwordHash))) throw wrongPassword();
  return user;
}

/** Every other session ends; this device continues on a fresh session (new cookies). */
export async function changePassword(
  session: Authenticated,
  input: { currentPassword: string; newPassword: string },
  clock: Clock = systemClock,
): Promise<IssuedSession> {
  const { email } = await assertPassword(session.user.id, input.currentPassword);
  const problem = passwordProblem(input.newPassword, email);
  if (problem) throw invalidField("newPassword", problem);
  await setPasswordHash(session.user.id, await hashPassword(input.newPassword));
  await revokeAndBlacklist({ userId: session.user.id }, clock);
  await sendMail(passwordChangedMail(email));
  return startSession(session.user.id, clock);
}

export async function deleteAccount(session: Authenticated, password: string): Promise<void> {
  await assertPassword(session.user.id, password);
  await deleteUserEverywhere(session.user.id);
  await blacklistAccessCredential(session.jti, session.accessExpiresAt);
}
