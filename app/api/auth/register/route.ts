import { clientIp, endpoint, handler, json } from "@/lib/http";
import { register, userSchemas } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/register", {
  POST: handler({ body: userSchemas.registerBody }, async ({ body, request }) =>
    json({ user: await register(body, clientIp(request)) }, 201),
  ),
});
