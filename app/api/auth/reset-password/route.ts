import { endpoint, handler, noContent } from "@/lib/http";
import { resetPassword, userSchemas } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/reset-password", {
  POST: handler({ body: userSchemas.resetPasswordBody }, async ({ body }) => {
    await resetPassword(body.token, body.password);
    return noContent();
  }),
});
