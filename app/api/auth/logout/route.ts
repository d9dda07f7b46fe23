import { endpoint, handler, noContent } from "@/lib/http";
import { clearedSessionCookies, logout, requireSession, withCookies } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE } = endpoint("/api/auth/logout", {
  POST: handler({ auth: requireSession }, async ({ auth }) => {
    await logout(auth);
    return withCookies(noContent(), clearedSessionCookies());
  }),
});
