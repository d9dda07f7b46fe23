import { endpoint, handler, json } from "@/lib/http";
import { CATEGORIES } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/categories", {
  GET: handler({ auth: requireUser }, async () => json({ items: CATEGORIES })),
});
