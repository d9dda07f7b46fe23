import { endpoint, handler } from "@/lib/http";
import { exportTransactions, exportTransactionsQuerySchema } from "@/modules/transaction";
import { requireUser } from "@/modules/user";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/transactions/export", {
  GET: handler({ auth: requireUser, query: exportTransactionsQuerySchema }, async ({ auth, query }) => {
    const { filename, body } = await exportTransactions(auth, query);
    return new Response(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
    });
  }),
});
