// `npm run bench`: the latencies the issues ask for, measured against the
// built app on a fresh database (DATABASE_URL's server, or the embedded one):
// login with the production bcrypt cost, and list / summary / budgets /
// dashboard for a user with 100,000 transactions and a budget per category.
import path from "node:path";
import pg from "pg";
import { startApp, stopApp } from "../scripts/lib/app-server.mjs";
import { freePort } from "../scripts/lib/embedded-postgres.mjs";
import { createTestDatabase } from "../scripts/lib/test-database.mjs";
import { ApiClient } from "../tests/helpers/api-client";
import { signedInUser, TEST_PASSWORD } from "../tests/helpers/users";
import { EXPENSE_CATEGORY_NAMES } from "../modules/transaction/client";

const root = path.resolve(import.meta.dirname, "..");
const TRANSACTIONS = Number(process.env.BENCH_TRANSACTIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

type Stats = { p50: number; p95: number; mean: number };

async function measure(run: () => Promise<{ status: number }>, runs = RUNS): Promise<Stats> {
  await run(); // warm-up: first compile of queries and routes
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { status } = await run();
    times.push(performance.now() - started);
    if (status >= 400) throw new Error(`benchmark request answered ${status}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const database = await createTestDatabase({ root, name: "ledgerly_bench", log: () => {} });
  const port = await freePort();
  const dataDir = path.join(root, ".data-bench");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.databaseUrl,
    ...(database.readonlyUrl ? { DATABASE_READONLY_URL: database.readonlyUrl } : {}),
    DATA_DIR: dataDir,
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    LOG_LEVEL: "warn",
  };
  Object.assign(process.env, env, { LEDGERLY_TEST_BASE_URL: env.APP_URL });
  const app = await startApp(env, port, { quiet: true });
  try {
    const { client, email, user } = await signedInUser();
    const { seedTransactions } = await import("./seed-transactions");
    const { seedBudgets } = await import("./seed-budgets");
    const seeded = performance.now();
    await seedTransactions(user.id, TRANSACTIONS);
    // The issue asks for 20 budgets; one per expense category caps a user at 15.
    await seedBudgets(user.id, EXPENSE_CATEGORY_NAMES.length);
    const admin = new pg.Client({ connectionString: database.databaseUrl });
    await admin.connect();
    await admin.query("ANALYZE transactions.transactions");
    console.log(`seeded ${TRANSACTIONS} transactions and budgets in ${ms(performance.now() - seeded)}`);

    const login = await measure(() => new ApiClient().post("/api/auth/login", { email, password: TEST_PASSWORD }), 10);
    const rows: Array<[string, Stats]> = [
      [`POST /api/auth/login (bcrypt cost ${process.env.BCRYPT_COST ?? 11})`, login],
      ["GET /api/transactions (first page of 50)", await measure(() => client.get("/api/transactions"))],
      ["GET /api/transactions?type=expense&category=Groceries&from=…&to=…", await measure(() => client.get("/api/transactions?type=expense&category=Groceries&from=2025-01-01&to=2025-12-31"))],
      ["GET /api/transactions?q=uber", await measure(() => client.get("/api/transactions?q=uber"))],
      ["GET /api/transactions/summary (all time)", await measure(() => client.get("/api/transactions/summary"))],
      ["GET /api/transactions/summary?from=…&to=… (one month)", await measure(() => client.get("/api/transactions/summary?from=2025-06-01&to=2025-06-30"))],
      [`GET /api/budgets (${EXPENSE_CATEGORY_NAMES.length} budgets)`, await measure(() => client.get("/api/budgets"))],
      ["GET /dashboard (server-rendered)", await measure(() => client.get("/dashboard"))],
    ];
    console.log(`\n${"request".padEnd(72)} ${"p50".padStart(10)} ${"p95".padStart(10)} ${"mean".padStart(10)}`);
    for (const [name, stats] of rows) {
      console.log(`${name.padEnd(72)} ${ms(stats.p50).padStart(10)} ${ms(stats.p95).padStart(10)} ${ms(stats.mean).padStart(10)}`);
    }

    const explain = async (label: string, sql: string, params: unknown[]) => {
      const plan = await admin.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(`\nEXPLAIN ${label}\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    };
    await explain(
      "list (first page)",
      `SELECT * FROM transactions.transactions WHERE user_id = $1 ORDER BY date DESC, created_at DESC, id DESC LIMIT 51`,
      [user.id],
    );
    await explain(
      "summary (all time)",
      `SELECT coalesce(sum(amount) FILTER (WHERE type = 'income'), 0) AS income,
              coalesce(sum(amount) FILTER (WHERE type = 'expense'), 0) AS expense, count(*)
         FROM transactions.transactions WHERE user_id = $1`,
      [user.id],
    );
    await explain(
      "budget spend (one month, all categories)",
      `SELECT category, sum(amount) FROM transactions.transactions
        WHERE user_id = $1 AND type = 'expense' AND date BETWEEN $2 AND $3 GROUP BY category`,
      [user.id, "2025-06-01", "2025-06-30"],
    );
    await admin.end();
  } finally {
    await stopApp(app);
    await database.stop();
  }
}

await main();
