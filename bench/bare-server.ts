// The baseline the app is measured against: plain node:http and a pg Pool, no
// framework, no auth (the user id is given), answering Ledgerly's list and
// summary with the same SQL (bench/seed.ts mirrors the repository) and the
// same JSON. Run as its own process by bench/lib/bare.ts:
//   BENCH_DATABASE_URL=… BENCH_USER_ID=… BENCH_PORT=… node bench/bare-server.ts (bundled first)
import http from "node:http";
import pg from "pg";
import { listQuery, summaryQuery, toApiTransaction, twoDecimals, type SummaryFilters } from "./seed";

const databaseUrl = process.env.BENCH_DATABASE_URL;
const userId = process.env.BENCH_USER_ID;
const port = Number(process.env.BENCH_PORT);
if (!databaseUrl || !userId || !port) throw new Error("BENCH_DATABASE_URL, BENCH_USER_ID and BENCH_PORT are required");

const PAGE_SIZE = 50; // the API's DEFAULT_PAGE_SIZE

// DATE columns as the text PostgreSQL sends ("2026-01-31"), as the API writes them.
pg.types.setTypeParser(pg.types.builtins.DATE, (text) => text);
// The app's pool size (lib/db/client.ts).
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, application_name: "ledgerly-bench-bare" });

// As modules/transaction/cursor.ts encodes the last row of a page.
function encodeCursor({ date, createdAt, id }: { date: string; createdAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([date, createdAt, id])).toString("base64url");
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

function filtersOf(params: URLSearchParams): SummaryFilters {
  const type = params.get("type");
  return {
    type: type === "income" || type === "expense" ? type : undefined,
    category: params.getAll("category").filter(Boolean),
    from: params.get("from") || undefined,
    to: params.get("to") || undefined,
  };
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://bare");
  if (req.method !== "GET") return send(res, 405, { error: "GET only" });
  if (url.pathname === "/health") return send(res, 200, { status: "ok" });
  if (url.pathname === "/api/transactions") {
    const { rows } = await pool.query(listQuery(userId!, PAGE_SIZE));
    const items = rows.slice(0, PAGE_SIZE).map(toApiTransaction);
    const last = items.at(-1);
    return send(res, 200, { items, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last) : null });
  }
  if (url.pathname === "/api/transactions/summary") {
    const { rows } = await pool.query(summaryQuery(userId!, filtersOf(url.searchParams)));
    const row = rows[0]!;
    return send(res, 200, {
      income: twoDecimals(row.income),
      expense: twoDecimals(row.expense),
      balance: twoDecimals(row.balance),
      count: row.count,
    });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  answer(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { error: String(error) });
  });
});
server.keepAliveTimeout = 65_000; // as scripts/server.mjs
server.listen(port, "127.0.0.1");

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
});
