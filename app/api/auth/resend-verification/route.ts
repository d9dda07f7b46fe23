import { clientIp, endpoint, handler, json } from "@/lib/http";
import { resendVerification, userSchemas } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/resend-verification", {
  POST: handler({ body: userSchemas.emailOnlyBody }, async ({ body, request }) => {
    await resendVerification(body.email, clientIp(request));
    return json({ accepted: true }, 202);
  }),
});
