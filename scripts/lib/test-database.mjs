// The database the test suite runs against: a fresh `ledgerly_test` database on
// the server of DATABASE_URL when it is set (CI and these machines run
// PostgreSQL on 5432), otherwise a fresh embedded PostgreSQL under .data-test.
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

export async function createTestDatabase({
  root,
  databaseUrl = process.env.DATABASE_URL,
  name = "ledgerly_test",
  log = console.log,
}) {
  const TEST_DATABASE = name;
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEST_DATABASE}`);
    } finally {
      await admin.end();
    }
    const url = new URL(databaseUrl);
    url.pathname = `/${TEST_DATABASE}`;
    log(`tests use database ${TEST_DATABASE} on ${url.host}`);
    const drop = async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS ${TEST_DATABASE}_reader`);
      } finally {
        await client.end();
      }
    };
    return { databaseUrl: url.toString(), readonlyUrl: undefined, adminUrl: databaseUrl, stop: drop };
  }
  const dataDir = path.join(root, `.data-${name.replace(/^ledgerly_/, "")}`);
  await rm(dataDir, { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({ dataDir, log });
  log(`tests use the embedded PostgreSQL under ${dataDir}`);
  return embedded;
}
