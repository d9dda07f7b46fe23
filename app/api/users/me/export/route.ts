import { exportAccount } from "@/app/account-file";
import { endpoint, handler, json } from "@/lib/http";
import { requireSession } from "@/modules/user";

export const dynamic = "force-dynamic";

// Everything of the account as one file; only the signed-in person, not a token.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/users/me/export", {
  GET: handler({ auth: requireSession }, async ({ auth }) => {
    const file = await exportAccount(auth.user);
    return json(file, 200, { "Content-Disposition": `attachment; filename="ledgerly-account-${file.exportedAt.slice(0, 10)}.json"` });
  }),
});
