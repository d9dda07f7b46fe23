// What `npm run backup` and `npm run restore` share: the same configuration
// as the app (.env, then lib/env.ts), figures, and errors as one clear line.
import { existsSync } from "node:fs";
import path from "node:path";
import { env } from "../../../lib/env";

/** The app's configuration as scripts/server.mjs sees it: .env of the checkout first, then the environment (which wins). */
export function appConfiguration(): { databaseUrl: string | undefined; dataDir: string } {
  const dotenv = path.resolve(".env");
  if (existsSync(dotenv)) process.loadEnvFile(dotenv);
  const { DATABASE_URL, DATA_DIR } = env();
  return { databaseUrl: DATABASE_URL, dataDir: path.resolve(DATA_DIR) };
}

export const say = (message: string) => console.log(message);

export const formatBytes = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

export const formatRows = (rows: number): string => rows.toLocaleString("en-US");

/** Seconds since `started` and this process's peak resident memory so far. */
export function figures(started: number): string {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const peakRss = (process.resourceUsage().maxRSS / 1024).toFixed(0); // maxRSS is in KiB
  return `${seconds} s, peak RSS ${peakRss} MiB`;
}

/** Runs the command; any failure prints `<name> failed: <why>` on stderr and exits 1 (2 for a usage error). */
export async function runCommand(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const { message, detail, hint } = error as { message?: string; detail?: string; hint?: string };
    console.error(`${name} failed: ${message || String(error)}`);
    if (detail) console.error(`  detail: ${detail}`);
    if (hint) console.error(`  hint: ${hint}`);
    const ours = error instanceof Error && ["BackupFileError", "DatabaseError", "RestoreError", "UsageError", "InvalidEnvironmentError"].includes(error.name);
    const fromPostgres = /^[0-9A-Z]{5}$/.test(String((error as { code?: unknown }).code)); // a SQLSTATE: the message says it all
    if (!ours && !fromPostgres) {
      // Not one of ours: the stack helps whoever reports it.
      if (error instanceof Error && error.stack) console.error(error.stack.split("\n").slice(1, 6).join("\n"));
    }
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

export class UsageError extends Error {
  override name = "UsageError";
}

/** Runs `work` with the database open, and stops an embedded server this job started even on Ctrl-C. */
export async function withStopOnSignal<T>(close: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${signal}: stopping …`);
    void close().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await work();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await close();
  }
}
