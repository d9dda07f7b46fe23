import { exportAccount } from "@/app/account-file";
import { endpoint, handler } from "@/lib/http";
import { requireSession } from "@/modules/user";

export const dynamic = "force-dynamic";

// Everything of the account as one file; only the signed-in person, not a token.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/users/me/export", {
  GET: handler({ auth: requireSession }, async ({ auth }) => {
    const { filename, body } = await exportAccount(auth.user);
    return new Response(body, { headers: { "Content-Type": "application/json", "Content-Disposition": `attachment; filename="${filename}"` } });
  }),
});
