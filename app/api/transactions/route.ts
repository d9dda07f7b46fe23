import { endpoint, handler, json } from "@/lib/http";
import {
  createTransaction,
  createTransactionBodySchema,
  listTransactions,
  listTransactionsQuerySchema,
} from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/transactions", {
  GET: handler({ auth: requireUser, query: listTransactionsQuerySchema }, async ({ auth, query }) =>
    json(await listTransactions(auth.id, query)),
  ),
  POST: handler(
    { auth: requireUser, body: createTransactionBodySchema, bodyTypes: ["json", "form"] },
    async ({ auth, body, request }) => {
      const idempotencyKey = request.headers.get("idempotency-key");
      const { transaction, status, replayed } = await createTransaction(auth, body, { idempotencyKey });
      return json({ transaction }, status, replayed ? { "Idempotent-Replayed": "true" } : {});
    },
  ),
});
