import { endpoint, handler, json } from "@/lib/http";
import { createAccessToken, listTokens, requireSession, userSchemas } from "@/modules/user";

export const dynamic = "force-dynamic";

// Only a signed-in person manages tokens: requireSession refuses a token here (403 insufficient_scope).
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/tokens", {
  GET: handler({ auth: requireSession }, async ({ auth }) => json({ items: await listTokens(auth.user.id) })),
  POST: handler({ auth: requireSession, body: userSchemas.createAccessTokenBody }, async ({ auth, body }) =>
    json(await createAccessToken(auth.user.id, body), 201),
  ),
});
