import { accountFileSchema, importAccount } from "@/app/account-file";
import { assertNoNul, endpoint, handler, json, parseJsonObject, parseWith, readUpload } from "@/lib/http";
import { requireSession } from "@/modules/user";

export const dynamic = "force-dynamic";

const MAX_ACCOUNT_FILE_BYTES = 200 * 1024 * 1024;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/users/me/import", {
  POST: handler({ auth: requireSession }, async ({ auth, request }) => {
    const bytes = await readUpload(request, { field: "file", maxBytes: MAX_ACCOUNT_FILE_BYTES, types: ["application/json"] });
    const parsed = parseJsonObject(bytes, "The file is not valid JSON: choose a file Ledgerly exported (Settings → Your data).");
    const file = parseWith(accountFileSchema, assertNoNul(parsed));
    return json({ imported: await importAccount(auth.user, file) }, 201);
  }),
});
