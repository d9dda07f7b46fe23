import { endpoint, handler, json } from "@/lib/http";
import { summarizeTransactions, transactionFiltersQuerySchema } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/transactions/summary", {
  GET: handler({ auth: requireUser, query: transactionFiltersQuerySchema }, async ({ auth, query }) =>
    json(await summarizeTransactions(auth.id, query)),
  ),
});
