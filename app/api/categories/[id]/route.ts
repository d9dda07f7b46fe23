import { endpoint, handler, json, noContent } from "@/lib/http";
import { deleteCategory, deleteCategoryQuerySchema, patchCategoryBodySchema, updateCategory } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/categories/[id]", {
  PATCH: handler({ auth: requireUser, body: patchCategoryBodySchema }, async ({ auth, body, params }) =>
    json({ category: await updateCategory(auth.id, params.id!, body) }),
  ),
  DELETE: handler({ auth: requireUser, query: deleteCategoryQuerySchema }, async ({ auth, query, params }) => {
    await deleteCategory(auth.id, params.id!, query.moveTo);
    return noContent();
  }),
});
