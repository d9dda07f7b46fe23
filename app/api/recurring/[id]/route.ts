import { endpoint, handler, json, noContent } from "@/lib/http";
import { deleteRecurring, getRecurring, patchRecurring, patchRecurringBodySchema } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/recurring/[id]", {
  GET: handler({ auth: requireUser }, async ({ auth, params }) => json({ recurring: await getRecurring(auth, params.id!) })),
  PATCH: handler({ auth: requireUser, body: patchRecurringBodySchema }, async ({ auth, body, params }) =>
    json({ recurring: await patchRecurring(auth, params.id!, body) }),
  ),
  DELETE: handler({ auth: requireUser }, async ({ auth, params }) => {
    await deleteRecurring(auth, params.id!);
    return noContent();
  }),
});
