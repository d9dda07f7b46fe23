import { endpoint, handler, json } from "@/lib/http";
import { upcomingQuerySchema, upcomingRecurring } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/recurring/upcoming", {
  GET: handler({ auth: requireUser, query: upcomingQuerySchema }, async ({ auth, query }) =>
    json({ items: await upcomingRecurring(auth, query.days) }),
  ),
});
