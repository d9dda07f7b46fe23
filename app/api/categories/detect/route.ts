import { endpoint, handler, json } from "@/lib/http";
import { detectCategoryForUser, detectCategoryQuerySchema } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/categories/detect", {
  GET: handler({ auth: requireUser, query: detectCategoryQuerySchema }, async ({ auth, query }) =>
    json(await detectCategoryForUser(auth.id, query.text, query.type)),
  ),
});
