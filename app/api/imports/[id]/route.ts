import { endpoint, handler, json } from "@/lib/http";
import { getImport } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/imports/[id]", {
  GET: handler({ auth: requireUser }, async ({ auth, params }) => json({ import: await getImport(auth.id, params.id!) })),
});
