import { endpoint, handler, json } from "@/lib/http";
import { budgetHistory, budgetHistoryQuery } from "@/modules/budget";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/budgets/[id]/history", {
  GET: handler({ auth: requireUser, query: budgetHistoryQuery }, async ({ auth, query, params }) =>
    json({ items: await budgetHistory(auth, params.id!, query) }),
  ),
});
