import { endpoint, handler, json } from "@/lib/http";
import { createCategory, createCategoryBodySchema, listCategories, listCategoriesQuerySchema } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/categories", {
  GET: handler({ auth: requireUser, query: listCategoriesQuerySchema }, async ({ auth, query }) =>
    json({ items: await listCategories(auth.id, query.type) }),
  ),
  POST: handler({ auth: requireUser, body: createCategoryBodySchema }, async ({ auth, body }) =>
    json({ category: await createCategory(auth.id, body) }, 201),
  ),
});
