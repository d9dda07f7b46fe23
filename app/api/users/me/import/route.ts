import { importAccount } from "@/app/account-file";
import { endpoint, handler, json, readUpload } from "@/lib/http";
import { requireSession } from "@/modules/user";

export const dynamic = "force-dynamic";

const MAX_ACCOUNT_FILE_BYTES = 200 * 1024 * 1024;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/users/me/import", {
  POST: handler({ auth: requireSession }, async ({ auth, request }) => {
    const bytes = await readUpload(request, { field: "file", maxBytes: MAX_ACCOUNT_FILE_BYTES, types: ["application/json"] });
    return json({ imported: await importAccount(auth.user, bytes) }, 201);
  }),
});
