// Which database the backup and the restore talk to: DATABASE_URL's, or the
// embedded PostgreSQL under $DATA_DIR (scripts/lib/embedded-postgres.mjs):
// the running one when the app has it up, else started for the job and
// stopped after it.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded-postgres.mjs";

export type OpenedDatabase = {
  url: string;
  /** For messages: host, port and database, never the password. */
  label: string;
  /** Stops the embedded server when this job started it. */
  close: () => Promise<void>;
};

export class DatabaseError extends Error {
  override name = "DatabaseError";
}

export const describeUrl = (url: string): string => {
  const parsed = new URL(url);
  return `database "${decodeURIComponent(parsed.pathname.slice(1)) || "postgres"}" on ${parsed.host}`;
};

/**
 * Where embedded-postgres.mjs keeps the cluster: `$DATA_DIR/postgres`, or,
 * when it runs as root and the "postgres" OS user can't reach that folder,
 * /var/lib/ledgerly/<hash of that path> (its clusterRoot). Whichever holds a
 * connection.json is the one in use.
 */
function clusterCandidates(dataDir: string): string[] {
  const preferred = path.resolve(dataDir, "postgres");
  const key = createHash("sha256").update(preferred).digest("hex").slice(0, 12);
  return [preferred, path.join("/var/lib/ledgerly", key)];
}

type Connection = { port: number; appPassword: string };

/** The embedded server that is up right now for this data dir, if any (its postmaster.pid names a live process). */
async function runningEmbedded(dataDir: string): Promise<{ root: string; port: number; connection: Connection } | null> {
  for (const root of clusterCandidates(dataDir)) {
    const connectionFile = path.join(root, "connection.json");
    const pidFile = path.join(root, "data", "postmaster.pid");
    if (!existsSync(connectionFile) || !existsSync(pidFile)) continue;
    const lines = (await readFile(pidFile, "utf8")).split("\n");
    const pid = Number(lines[0]);
    try {
      process.kill(pid, 0);
    } catch {
      continue; // a stale pid file: the server is down
    }
    const connection = JSON.parse(await readFile(connectionFile, "utf8")) as Connection;
    // Line 4 of postmaster.pid is the port the server really listens on.
    return { root, port: Number(lines[3]) || connection.port, connection };
  }
  return null;
}

const hasEmbeddedCluster = (dataDir: string) =>
  clusterCandidates(dataDir).some((root) => existsSync(path.join(root, "connection.json")) && existsSync(path.join(root, "data", "PG_VERSION")));

export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Restore may initialise a new embedded cluster; a backup needs one that exists. */
  createEmbedded: boolean;
  log: (message: string) => void;
}): Promise<OpenedDatabase> {
  const { databaseUrl, dataDir, log } = options;
  if (databaseUrl) return { url: databaseUrl, label: describeUrl(databaseUrl), close: async () => {} };

  const running = await runningEmbedded(dataDir);
  if (running) {
    const url = `postgresql://ledgerly:${encodeURIComponent(running.connection.appPassword)}@127.0.0.1:${running.port}/ledgerly`;
    log(`Using the embedded PostgreSQL that is running under ${running.root} (port ${running.port}).`);
    return { url, label: `the embedded database under ${running.root}`, close: async () => {} };
  }
  if (!options.createEmbedded && !hasEmbeddedCluster(dataDir)) {
    throw new DatabaseError(
      `DATABASE_URL is not set and there is no embedded PostgreSQL under ${path.resolve(dataDir, "postgres")}: ` +
        "set DATABASE_URL, or DATA_DIR to the folder the app uses.",
    );
  }
  log(`Starting the embedded PostgreSQL under ${path.resolve(dataDir)} for this job …`);
  const embedded = await startEmbeddedPostgres({ dataDir: path.resolve(dataDir), log });
  return { url: embedded.databaseUrl, label: `the embedded database under ${path.resolve(dataDir)}`, close: embedded.stop };
}

/** A connected client, or an error that says which database could not be reached and why. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    const cause = error as NodeJS.ErrnoException;
    throw new DatabaseError(`Cannot connect to ${describeUrl(url)}: ${cause.message || cause.code || String(error)}`);
  }
  // A dropped connection mid-job surfaces through the failing query; without a listener it would crash the process.
  client.on("error", () => {});
  return client;
}
