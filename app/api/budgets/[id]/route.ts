import { endpoint, handler, json, noContent } from "@/lib/http";
import { deleteBudget, updateBudget, updateBudgetBody } from "@/modules/budget";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/budgets/[id]", {
  PUT: handler({ auth: requireUser, body: updateBudgetBody }, async ({ auth, body, params }) =>
    json({ budget: await updateBudget(auth, params.id!, body) }),
  ),
  DELETE: handler({ auth: requireUser }, async ({ auth, params }) => {
    await deleteBudget(auth, params.id!);
    return noContent();
  }),
});
