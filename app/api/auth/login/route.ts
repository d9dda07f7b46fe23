import { clientOf, endpoint, handler, json } from "@/lib/http";
import { login, userSchemas, withCookies } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/login", {
  POST: handler({ body: userSchemas.loginBody }, async ({ body, request }) => {
    const session = await login(body, clientOf(request));
    return withCookies(json({ user: session.user }), session.cookies);
  }),
});
