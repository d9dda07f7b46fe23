// `npm run restore -- <file> [--force]`: restores a backup of `npm run backup`
// into the database of DATABASE_URL (or the embedded one under $DATA_DIR),
// which must hold no Ledgerly data unless --force (scripts/lib/backup/restore-backup.ts).
import { stat } from "node:fs/promises";
import { readMigrations } from "../lib/db/migrate";
import { appConfiguration, figures, formatBytes, formatRows, runCommand, say, UsageError, withStopOnSignal } from "./lib/backup/command-line";
import { connect, openDatabase } from "./lib/backup/open-database";
import { openBackup } from "./lib/backup/read-backup";
import { migrationsFor, restoreBackup } from "./lib/backup/restore-backup";

await runCommand("restore", async () => {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => arg !== "--force");
  if (files.length !== 1 || files[0]!.startsWith("--")) {
    throw new UsageError("usage: npm run restore -- <backup file> [--force]");
  }
  const file = files[0]!;
  const started = performance.now();
  const { databaseUrl, dataDir } = appConfiguration();

  // The file and the migrations are checked before any database is touched.
  const backup = openBackup(file);
  try {
    const header = await backup.header;
    const migrations = migrationsFor(header, await readMigrations());
    say(`Backup of ${header.createdAt} (database "${header.database}", PostgreSQL ${header.postgresVersion}, migration ${header.migration})`);

    const database = await openDatabase({ databaseUrl, dataDir, createEmbedded: true, log: say });
    const summary = await withStopOnSignal(database.close, async () => {
      const client = await connect(database.url);
      try {
        say(`Restoring into ${database.label}${force ? " (--force: replacing what it holds)" : ""} …`);
        return await restoreBackup(client, backup, migrations, { force, target: database.label });
      } finally {
        await client.end().catch(() => {});
      }
    });
    if (summary.dropped.length) say(`Dropped ${summary.dropped.join(", ")}`);
    say(`Applied ${summary.migrations.length} migrations up to ${header.migration}`);
    if (summary.cleared.length) say(`Emptied ${summary.cleared.join(", ")} of the rows the migrations inserted: the backup's rows replace them`);
    for (const table of summary.tables) say(`  ${table.name.padEnd(40)} ${formatRows(table.rows).padStart(12)} rows`);
    say(
      `Restored ${summary.tables.length} tables, ${formatRows(summary.rows)} rows from ${formatBytes((await stat(file)).size)} ` +
        `in ${figures(started)}; row counts match the backup.`,
    );
    say("Start (or restart) the app on this database: start-up gives the read-only role its grants again.");
  } finally {
    await backup.close();
  }
});
