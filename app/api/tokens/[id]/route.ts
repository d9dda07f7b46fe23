import { endpoint, handler, noContent } from "@/lib/http";
import { requireSession, revokeAccessToken } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/tokens/[id]", {
  DELETE: handler({ auth: requireSession }, async ({ auth, params }) => {
    await revokeAccessToken(auth.user.id, params.id!);
    return noContent();
  }),
});
