import { clientOf, endpoint, handler, json } from "@/lib/http";
import { readCookie, REFRESH_COOKIE, refreshSession, refuseAccessToken, withCookies } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/refresh", {
  POST: handler({}, async ({ request }) => {
    refuseAccessToken(request);
    const session = await refreshSession(readCookie(request, REFRESH_COOKIE), clientOf(request));
    return withCookies(json({ user: session.user, accessExpiresAt: session.accessExpiresAt.toISOString() }), session.cookies);
  }),
});
