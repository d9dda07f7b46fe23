// Real services a test starts and stops itself (never the shared ones): a
// Redis on its own port, a scratch database named hz_…, a free port in this
// suite's range, and a signed-in user on an app instance of the test's own.
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { ApiClient } from "../api-client";
import { createScratchDatabase } from "../scratch-database";
import { linkIn, TEST_PASSWORD, uniqueEmail, type OutboxMail, type SignedInUser } from "../users";

/** Polls until `check` is truthy or the time is up; returns its last value and how long it took. */
export async function pollUntil<T>(check: () => Promise<T>, { timeoutMs = 30_000, everyMs = 100 } = {}): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  for (;;) {
    const value = await check();
    const ms = performance.now() - started;
    if (value || ms > timeoutMs) return { value, ms };
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

/** A free TCP port in [from, to]: this suite's range (4200–4299), split between its files. */
export async function portInRange(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}–${to}`);
}

/** A redis-server of the test's own: no persistence, so a restart forgets everything, as a crashed Redis would. */
export class RedisProcess {
  private child: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn("redis-server", ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server on ${this.port} did not start`)), 10_000);
      child.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server on ${this.port} exited (${code})`));
      });
    });
  }

  /** Stops it the way an outage would look to the app: the port stops answering. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
    this.child = null;
  }
}

/** An empty database on the test server, named with this suite's prefix, and its cleanup. */
export const createHzDatabase = () => createScratchDatabase("hz");

/** The newest mail to an address in an instance's outbox (its DATA_DIR), waiting for it to be written. */
async function mailTo(dataDir: string, email: string, subject: RegExp): Promise<OutboxMail> {
  const dir = path.join(dataDir, "outbox");
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const file of (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort().reverse()) {
      const mail = JSON.parse(await readFile(path.join(dir, file), "utf8")) as OutboxMail;
      if (mail.to === email && subject.test(mail.subject)) return mail;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${email} in ${dir}`);
}

/** A verified, signed-in user of the app at `baseUrl` (register, the mailed link, login), as users.ts does for the suite's app. */
export async function signInOn(baseUrl: string, dataDir: string, client = new ApiClient(baseUrl)): Promise<SignedInUser> {
  const email = uniqueEmail("hz");
  const register = await client.post("/api/auth/register", { email, password: TEST_PASSWORD });
  if (register.status !== 201) throw new Error(`register answered ${register.status}: ${register.text}`);
  const link = linkIn(await mailTo(dataDir, email, /verify|confirm/i), "/verify-email");
  const verify = await client.get(`/api/auth/verify-email${link.search}`, { headers: { accept: "application/json" } });
  if (verify.status !== 200) throw new Error(`verify-email answered ${verify.status}: ${verify.text}`);
  const login = await client.post("/api/auth/login", { email, password: TEST_PASSWORD });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${login.text}`);
  return { client, email, password: TEST_PASSWORD, user: login.body.user };
}

/** The environment of an app instance of the test's own, from the suite's (the same build, NEXT_DIST_DIR included). */
export function instanceEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_READONLY_URL: "",
    LOG_LEVEL: "warn",
    BCRYPT_COST: "10",
    TRUSTED_PROXY_HOPS: "0",
    ...overrides,
  };
}
