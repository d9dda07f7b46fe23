import { endpoint, handler, json } from "@/lib/http";
import { createBudget, createBudgetBody, listBudgets, listBudgetsQuery } from "@/modules/budget";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/budgets", {
  GET: handler({ auth: requireUser, query: listBudgetsQuery }, async ({ auth, query }) => {
    const { month, items, totals } = await listBudgets(auth, query.month);
    return json({ month, items, totals });
  }),
  POST: handler({ auth: requireUser, body: createBudgetBody }, async ({ auth, body }) =>
    json({ budget: await createBudget(auth, body) }, 201),
  ),
});
