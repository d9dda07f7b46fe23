#!/usr/bin/env node
// The app's one process: `npm start` (and `npm run dev` with --dev). With no
// DATABASE_URL it starts the embedded PostgreSQL under $DATA_DIR, then serves
// Next from this same process (no supervising launcher), so it can:
// - tell route handlers the real client address (x-ledgerly-client-ip), from
//   the TCP peer and TRUSTED_PROXY_HOPS entries of X-Forwarded-For, never from
//   a header a client chose;
// - turn a request target Next can't decode (a malformed %-escape) into an
//   ordinary 404 instead of Next's 500;
// - drain on SIGTERM: stop accepting, answer new requests on open connections
//   with 503, let in-flight requests finish (bounded), then stop PostgreSQL.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clientAddress, CLIENT_IP_HEADER, HTTP_METHODS, isDecodablePath, REFUSED_METHOD_HEADER } from "./lib/request-target.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const say = (message) => console.log(`[ledgerly] ${message}`);

if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
const env = process.env;
env.NODE_ENV ||= dev ? "development" : "production";
env.NEXT_TELEMETRY_DISABLED = "1";
env.PORT ||= "3000";
env.APP_URL ||= `http://localhost:${env.PORT}`;
// next-auth's name for the app's origin; without it, it warns on the first page.
env.NEXTAUTH_URL ||= env.APP_URL;
env.DATA_DIR ||= ".data";
const port = Number(env.PORT);
const trustedHops = Number(env.TRUSTED_PROXY_HOPS || 0);
const drainMs = Number(env.SHUTDOWN_DRAIN_MS || 10_000);

// In the container (scripts/assemble-image.mjs) Next's config was baked in at
// build time; next() takes it from here as Next's own standalone server does.
const bakedConfig = path.join(root, "next-config.json");
if (existsSync(bakedConfig)) env.__NEXT_PRIVATE_STANDALONE_CONFIG = readFileSync(bakedConfig, "utf8");

const distDir = path.join(root, env.NEXT_DIST_DIR || ".next");
if (!dev && !existsSync(path.join(distDir, "BUILD_ID"))) {
  say("No production build yet: running `next build` (once) …");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The build's own config (what Next's standalone server inlines), so start-up
// doesn't compile next.config.ts again; the container's is baked the same way.
const builtConfig = path.join(distDir, "required-server-files.json");
if (!dev && !env.__NEXT_PRIVATE_STANDALONE_CONFIG && existsSync(builtConfig)) {
  env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(builtConfig, "utf8")).config);
}

// The embedded PostgreSQL starts while Next loads; lib/startup.ts awaits this
// promise before it touches the database (it sets DATABASE_URL first).
let database = null;
if (!env.DATABASE_URL) {
  const started = Date.now();
  globalThis.__ledgerlyDatabaseStarting = import("./lib/embedded-postgres.mjs")
    .then(({ startEmbeddedPostgres }) => startEmbeddedPostgres({ dataDir: path.resolve(root, env.DATA_DIR), log: say }))
    .then((embedded) => {
      database = embedded;
      // An exit that skips shutdown() (process.exit on a failed start-up step)
      // would otherwise leave PostgreSQL running behind us.
      process.once("exit", () => embedded.signalStop());
      env.DATABASE_URL = embedded.databaseUrl;
      env.DATABASE_READONLY_URL = embedded.readonlyUrl;
      say(`Embedded PostgreSQL is up (${Date.now() - started} ms), data in ${path.join(env.DATA_DIR, "postgres")}`);
    })
    // Said and stopped here: left to reject, it happened before anything
    // awaited it, and the process hung silently behind Next's handlers.
    .catch((error) => {
      say(`The embedded PostgreSQL could not start under ${path.resolve(root, env.DATA_DIR)}: ${error.message}`);
      process.exit(1);
    });
}

const { default: next } = await import("next");
const app = next({ dev, dir: root, port, hostname: "localhost" });
// prepare() can fail (a broken build): both settle first, so an embedded
// PostgreSQL that is still coming up is stopped too, not left behind.
// (lib/startup.ts stops the process itself on errors no retry can fix.)
const [prepared] = await Promise.allSettled([app.prepare(), globalThis.__ledgerlyDatabaseStarting]);
if (prepared.status === "rejected") {
  say(`Start-up failed: ${prepared.reason?.message ?? prepared.reason}`);
  await database?.stop().catch(() => {});
  process.exit(1);
}
const handle = app.getRequestHandler();

let draining = false;
let inFlight = 0;

function refuse(res) {
  res.writeHead(503, { "Content-Type": "application/problem+json", Connection: "close", "Retry-After": "1" });
  res.end(JSON.stringify({ type: "about:blank", title: "Service unavailable", status: 503, code: "unavailable", detail: "The server is shutting down; retry shortly." }));
}

function notAllowed(res) {
  res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
  res.end("Method not allowed\n");
}

const server = http.createServer((req, res) => {
  if (draining) return refuse(res);
  inFlight++;
  res.once("close", () => inFlight--);
  // An answer sent before the body was read (a 413 mid-upload) closes the
  // connection: the unread rest of the body would otherwise stall the next request on it.
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!req.complete) this.shouldKeepAlive = false;
    return writeHead.apply(this, args);
  };
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedHops);
  // Next answers 500 before any route runs when it can't decode the path; send
  // such a request to a path that doesn't exist, so the API's catch-all (or the
  // not-found page) answers it with an ordinary, logged 404.
  delete req.headers[REFUSED_METHOD_HEADER];
  if (!HTTP_METHODS.has(req.method)) {
    // Next throws on methods it has no handler slot for (TRACE: a 500). An API
    // route's OPTIONS answers instead, as a 405 naming the methods it has.
    if (!req.url?.startsWith("/api/")) return notAllowed(res);
    req.headers[REFUSED_METHOD_HEADER] = req.method;
    req.method = "OPTIONS";
  }
  if (!isDecodablePath(req.url ?? "/")) req.url = req.url?.startsWith("/api/") ? "/api/_malformed-path" : "/_malformed-path";
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.keepAliveTimeout = 65_000; // above common proxies' idle timeouts, so they never reuse a socket we closed

// A port already taken must stop the start (Next's uncaughtException handler
// would otherwise keep a process alive that serves nothing).
server.once("error", (error) => {
  say(error.code === "EADDRINUSE" ? `Port ${port} is already in use; set PORT to a free one.` : `Can't listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => say(`Ready: ${env.APP_URL}`));

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  draining = true;
  say(`${signal}: finishing ${inFlight} request(s) in flight, refusing new ones …`);
  // Keep listening while draining: a request already on its way (in the
  // accept backlog, or unread on a keep-alive socket) gets an answer, a 503
  // if it is new, instead of a connection reset.
  const deadline = Date.now() + drainMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 250) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  server.close();
  server.closeAllConnections();
  await app.close().catch(() => {});
  if (database) {
    await database.stop().catch((error) => say(`Stopping PostgreSQL failed: ${error.message}`));
    say("Embedded PostgreSQL stopped.");
  }
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(signal));
