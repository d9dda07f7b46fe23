import { clientOf, endpoint, handler, noContent } from "@/lib/http";
import { changePassword, requireSession, userSchemas, withCookies } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/users/me/password", {
  POST: handler({ auth: requireSession, body: userSchemas.changePasswordBody }, async ({ auth, body, request }) => {
    const session = await changePassword(auth, body, clientOf(request));
    return withCookies(noContent(), session.cookies);
  }),
});
