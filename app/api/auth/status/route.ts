import { endpoint, handler, json } from "@/lib/http";
import { authenticate } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/status", {
  GET: handler({}, async ({ request }) => {
    const session = await authenticate(request);
    if (!session) return json({ authenticated: false });
    return json({ authenticated: true, user: session.user, accessExpiresAt: session.accessExpiresAt.toISOString() });
  }),
});
