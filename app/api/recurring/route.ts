import { endpoint, handler, json } from "@/lib/http";
import { createRecurring, createRecurringBodySchema, listRecurring } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/recurring", {
  GET: handler({ auth: requireUser }, async ({ auth }) => json({ items: await listRecurring(auth) })),
  POST: handler({ auth: requireUser, body: createRecurringBodySchema }, async ({ auth, body }) =>
    json({ recurring: await createRecurring(auth, body) }, 201),
  ),
});
