import { endpoint, handler, noContent } from "@/lib/http";
import { authenticate, clearedSessionCookies, logout, readCookie, refuseAccessToken, REFRESH_COOKIE, withCookies } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/logout", {
  POST: handler({}, async ({ request }) => {
    refuseAccessToken(request);
    await logout({ session: await authenticate(request), refreshToken: readCookie(request, REFRESH_COOKIE) });
    return withCookies(noContent(), clearedSessionCookies());
  }),
});
