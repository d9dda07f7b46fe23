// What next-auth's SessionProvider reads (GET /api/auth/session), answered from
// getServerSession so that no next-auth endpoint re-issues the credential.
import { endpoint, handler, json } from "@/lib/http";
import { currentSession } from "@/modules/user";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/session", {
  GET: handler({}, async () => {
    const session = await currentSession();
    if (!session) return json({});
    const { user } = session;
    return json({ user: { name: user.name, email: user.email }, expires: session.accessExpiresAt.toISOString() });
  }),
});
