import { endpoint, handler, json, noContent } from "@/lib/http";
import {
  deleteTransaction,
  getTransaction,
  patchTransaction,
  patchTransactionBodySchema,
  replaceTransaction,
  replaceTransactionBodySchema,
} from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/transactions/[id]", {
  GET: handler({ auth: requireUser }, async ({ auth, params }) =>
    json({ transaction: await getTransaction(auth.id, params.id!) }),
  ),
  PUT: handler({ auth: requireUser, body: replaceTransactionBodySchema }, async ({ auth, params, body }) =>
    json({ transaction: await replaceTransaction(auth.id, params.id!, body) }),
  ),
  PATCH: handler({ auth: requireUser, body: patchTransactionBodySchema }, async ({ auth, params, body }) =>
    json({ transaction: await patchTransaction(auth.id, params.id!, body) }),
  ),
  DELETE: handler({ auth: requireUser }, async ({ auth, params }) => {
    await deleteTransaction(auth.id, params.id!);
    return noContent();
  }),
});
