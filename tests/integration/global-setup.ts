// Runs once before the integration tests. Under `npm test` (scripts/test.mjs)
// the fresh test database and the app server already exist; run alone
// (`npx vitest --project integration`), it creates the database itself.
import path from "node:path";
import { createTestDatabase } from "../../scripts/lib/test-database.mjs";

export default async function setup(): Promise<() => Promise<void>> {
  let stop = async () => {};
  if (!process.env.LEDGERLY_TEST_BASE_URL) {
    const root = path.resolve(import.meta.dirname, "../..");
    const database = await createTestDatabase({ root, log: () => {} });
    process.env.DATABASE_URL = database.databaseUrl;
    if (database.readonlyUrl) process.env.DATABASE_READONLY_URL = database.readonlyUrl;
    process.env.LEDGERLY_TEST_ADMIN_URL = database.adminUrl;
    process.env.DATA_DIR ??= path.join(root, ".data-test");
    stop = database.stop;
  }
  const { prepareDatabase } = await import("../../lib/db/prepare");
  await prepareDatabase();
  const { disconnectDatabases } = await import("../../lib/db/client");
  await disconnectDatabases();
  return stop;
}
