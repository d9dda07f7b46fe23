// `npm run bench:profile -- <path> [seconds] [connections] [POST body]`: a CPU profile of
// the app under load on one endpoint, for finding where a request's time goes.
// Sets up N = 10,000 as the bench does, starts the app with --cpu-prof, loads
// the path, stops the app (which writes the profile), and prints the top
// self-time functions and packages.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "./lib/args";
import { ensureBuilt } from "./lib/app";
import { cleanUpAll } from "./lib/cleanup";
import { DEFAULT_SERVER_URL } from "./lib/database";
import { runLoad, warmUp } from "./lib/load";
import { setUpSize } from "./lib/setup";
import { signIn } from "./lib/users";
import { summarizeProfile } from "./lib/profile-summary";

const root = path.resolve(import.meta.dirname, "..");
const [target = "/api/transactions", seconds = "10", connections = "32", body] = process.argv.slice(2);
const profileDir = path.join(root, "bench/results/profiles");

async function main(): Promise<void> {
  let loadStarted = 0;
  let loadEnded = 0;
  let stopping = 0;
  ensureBuilt(root);
  rmSync(profileDir, { recursive: true, force: true });
  const options = parseArgs(["--sizes", "10000"]);
  const context = await setUpSize(10_000, options, root, process.env.DATABASE_URL || DEFAULT_SERVER_URL, [
    "--cpu-prof",
    `--cpu-prof-dir=${profileDir}`,
  ]);
  try {
    const { cookie } = await signIn(context.app.url, context.main);
    const load = {
      url: `${context.app.url}${target}`,
      headers: body ? { cookie, "content-type": "application/json" } : ({ cookie } as Record<string, string>),
      connections: Number(connections),
      duration: Number(seconds),
      ...(body ? { method: "POST" as const, body } : {}),
    };
    await warmUp(load);
    loadStarted = Date.now();
    const result = await runLoad(load, context.app.pid, context.db.admin);
    loadEnded = Date.now();
    console.log(`${target}: ${result.rps} req/s, p95 ${result.p95} ms, ${result.cpuMsPerRequest} ms CPU per request, statuses ${JSON.stringify(result.statuses)}`);
  } finally {
    stopping = Date.now();
    await context.tearDown();
    await cleanUpAll();
  }
  const [file] = readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile in ${profileDir}`);
  console.log(summarizeProfile(JSON.parse(readFileSync(path.join(profileDir, file), "utf8")), 25, {
    fromEnd: (stopping - loadStarted) / 1000,
    toEnd: (stopping - loadEnded) / 1000,
  }));
  console.log(`profile: ${path.join(profileDir, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
