// One size N: a fresh database, the app started on it, the users registered
// and seeded, the bare server started for the main user; and the way back.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Options } from "./args";
import { startBenchApp } from "./app";
import { startBareServer } from "./bare";
import type { SizeContext } from "./context";
import { BENCH_DATABASE, createBenchDatabase } from "./database";
import { onCleanup } from "./cleanup";
import { PORTS } from "./ports";
import { rssMiB } from "./proc";
import { round } from "./stats";
import { registerUsers, signIn } from "./users";
import { seedBudgets, seedTransactions } from "../seed";

const CROWD_USERS = 20;
const CROWD_ROWS = 5_000;

/** The last whole calendar month (UTC): inside the seeded three years whatever today is. */
function lastMonth(today = new Date()): { from: string; to: string } {
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

export async function setUpSize(
  n: number,
  options: Options,
  root: string,
  serverUrl: string,
  /** Node flags for the app (bench/profile.ts). */
  appNodeArgs: string[] = [],
): Promise<SizeContext> {
  const db = await createBenchDatabase(root, serverUrl);
  const dropDatabase = onCleanup(`drop ${BENCH_DATABASE}`, () => (options.keep ? db.admin.end() : db.drop()));
  // The app's DATA_DIR (secret, mail outbox): its own, thrown away afterwards.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ledgerly-bench-data-"));
  const removeDataDir = onCleanup("remove the app's DATA_DIR", async () => rmSync(dataDir, { recursive: true, force: true }));
  const app = await startBenchApp({ databaseUrl: db.url, port: PORTS.app, dataDir, redisUrl: options.redisUrl, nodeArgs: appNodeArgs });
  const stopApp = onCleanup("stop the app", () => app.stop());
  const afterStart = rssMiB(app.pid) ?? NaN;

  const [main] = await registerUsers(app.url, db.admin, ["main"]);
  await signIn(app.url, main!);
  const afterFirstLogin = rssMiB(app.pid) ?? NaN;
  const crowd = await registerUsers(
    app.url,
    db.admin,
    Array.from({ length: CROWD_USERS }, (_, i) => `crowd${String(i + 1).padStart(2, "0")}`),
  );

  // A user's default categories are made on first use (user-categories.ts):
  // one request each, the way the app would, before rows can point at them.
  for (const user of [main!, ...crowd]) {
    const signedIn = await signIn(app.url, user);
    const categories = await signedIn.client.get("/api/categories");
    if (categories.status !== 200) throw new Error(`GET /api/categories answered ${categories.status}: ${categories.text}`);
  }

  const seeding = performance.now();
  await seedTransactions(db.admin, [main!.id], n);
  await seedTransactions(db.admin, crowd.map((u) => u.id), CROWD_ROWS);
  await seedBudgets(db.admin, main!.id);
  // VACUUM as well as ANALYZE: fresh rows otherwise get their hint bits set
  // (pages dirtied) by whichever server reads them first, and the bare server goes first.
  await db.admin.query("VACUUM (ANALYZE)");
  const seedSeconds = round((performance.now() - seeding) / 1000, 1);
  console.log(`  seeded ${n.toLocaleString("en")} rows for the main user and ${CROWD_USERS} × ${CROWD_ROWS.toLocaleString("en")} for others in ${seedSeconds} s`);

  const bare = await startBareServer({ databaseUrl: db.url, userId: main!.id, port: PORTS.bare });
  const stopBare = onCleanup("stop the bare server", () => bare.stop());
  return {
    n,
    options,
    db,
    app,
    bare,
    main: main!,
    writer: crowd[0]!,
    month: lastMonth(),
    appRss: { afterStart: round(afterStart), afterFirstLogin: round(afterFirstLogin) },
    bareRssAfterStart: round(rssMiB(bare.pid) ?? NaN),
    seedSeconds,
    tearDown: async () => {
      await stopBare();
      await stopApp();
      await removeDataDir();
      await dropDatabase();
      if (options.keep) console.log(`  kept database ${BENCH_DATABASE} (--keep)`);
    },
  };
}
