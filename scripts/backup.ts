// `npm run backup`: one consistent snapshot of the Ledgerly database (of
// DATABASE_URL, or the embedded PostgreSQL under $DATA_DIR) written to
// $DATA_DIR/backups/ledgerly-<UTC time>.ndjson.gz (scripts/lib/backup/format.ts).
import path from "node:path";
import { appConfiguration, figures, formatBytes, formatRows, runCommand, say, UsageError, withStopOnSignal } from "./lib/backup/command-line";
import { connect, openDatabase } from "./lib/backup/open-database";
import { writeBackup } from "./lib/backup/write-backup";

await runCommand("backup", async () => {
  if (process.argv.length > 2) {
    throw new UsageError(`unexpected arguments: ${process.argv.slice(2).join(" ")} (usage: npm run backup; set DATABASE_URL or DATA_DIR to choose the database)`);
  }
  const started = performance.now();
  const { databaseUrl, dataDir } = appConfiguration();
  const database = await openDatabase({ databaseUrl, dataDir, createEmbedded: false, log: say });
  const summary = await withStopOnSignal(database.close, async () => {
    const client = await connect(database.url);
    try {
      say(`Backing up ${database.label} …`);
      return await writeBackup(client, path.join(dataDir, "backups"));
    } finally {
      await client.end().catch(() => {});
    }
  });
  for (const table of summary.tables) say(`  ${table.name.padEnd(40)} ${formatRows(table.rows).padStart(12)} rows`);
  say(
    `Backed up ${summary.tables.length} tables, ${formatRows(summary.rows)} rows at migration ${summary.migration}: ` +
      `${formatBytes(summary.bytes)} in ${figures(started)}`,
  );
  say(`Wrote ${summary.file}`);
});
