import { endpoint, handler, json } from "@/lib/http";
import { commitImport, commitImportBodySchema } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/imports/[id]/commit", {
  POST: handler({ auth: requireUser, body: commitImportBodySchema }, async ({ auth, body, params }) =>
    json(await commitImport(auth.id, params.id!, body)),
  ),
});
