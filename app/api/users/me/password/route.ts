import { endpoint, handler, noContent } from "@/lib/http";
import { changePassword, requireSession, userSchemas, withCookies } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE } = endpoint("/api/users/me/password", {
  POST: handler({ auth: requireSession, body: userSchemas.changePasswordBody }, async ({ auth, body }) => {
    const session = await changePassword(auth, body);
    return withCookies(noContent(), session.cookies);
  }),
});
