import { endpoint, handler, json, readUpload } from "@/lib/http";
import { createImport, MAX_IMPORT_BYTES } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/imports", {
  POST: handler({ auth: requireUser }, async ({ auth, request }) => {
    const bytes = await readUpload(request, { field: "file", maxBytes: MAX_IMPORT_BYTES, types: ["text/csv", "text/plain", "application/csv"] });
    return json({ import: await createImport(auth.id, bytes) }, 201);
  }),
});
