import { clientOf, endpoint, handler, json, noContent } from "@/lib/http";
import { clearedSessionCookies, deleteAccount, requireSession, requireUser, updateProfile, userSchemas, withCookies } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/users/me", {
  GET: handler({ auth: requireUser }, async ({ auth }) => json({ user: auth })),
  PATCH: handler({ auth: requireSession, body: userSchemas.updateMeBody }, async ({ auth, body }) =>
    json({ user: await updateProfile(auth.user.id, body) }),
  ),
  DELETE: handler({ auth: requireSession, body: userSchemas.deleteMeBody }, async ({ auth, body, request }) => {
    await deleteAccount(auth, body.password, clientOf(request));
    return withCookies(noContent(), clearedSessionCookies());
  }),
});
