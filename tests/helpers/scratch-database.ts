import { randomBytes } from "node:crypto";
import pg from "pg";

/** An empty database on the test server (named `<prefix>_<random>`), for tests that start an app of their own on it. */
export async function createScratchDatabase(prefix = "scratch"): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.LEDGERLY_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error("LEDGERLY_TEST_ADMIN_URL is not set: run through `npm test` or vitest's global setup.");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      // The read-only role an app started on it derived (lib/db/urls.ts).
      await client.query(`DROP ROLE IF EXISTS ${name}_reader`);
      await client.end();
    },
  };
}

/** Tables, columns, indexes and constraints of the app's schemas, comparable across databases. */
export async function describeSchemas(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schemas = ["users", "transactions", "budgets"];
    const columns = await client.query(
      `SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
              || coalesce('(' || character_maximum_length || ')', '')
              || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
              || ' ' || is_nullable || ' default ' || coalesce(column_default, '-') AS line
         FROM information_schema.columns WHERE table_schema = ANY($1) ORDER BY 1`,
      [schemas],
    );
    const indexes = await client.query(
      `SELECT schemaname || ' ' || indexdef AS line FROM pg_indexes WHERE schemaname = ANY($1) ORDER BY 1`,
      [schemas],
    );
    const constraints = await client.query(
      `SELECT n.nspname || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = ANY($1) ORDER BY 1`,
      [schemas],
    );
    const lines = (result: pg.QueryResult<{ line: string }>) => result.rows.map((row) => row.line);
    return { columns: lines(columns), indexes: lines(indexes), constraints: lines(constraints) };
  } finally {
    await client.end();
  }
}
