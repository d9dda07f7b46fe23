import { clientIp, endpoint, handler, json } from "@/lib/http";
import { forgotPassword, userSchemas } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/forgot-password", {
  POST: handler({ body: userSchemas.emailOnlyBody }, async ({ body, request }) => {
    await forgotPassword(body.email, clientIp(request));
    return json({ accepted: true }, 202);
  }),
});
