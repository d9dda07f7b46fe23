// `npm run bench:serve`: the bench's set-up (N = 10,000 unless given), then the
// app stays up with the main user signed in, for looking at it by hand (curl,
// a browser) until Ctrl-C. Prints the URL and the session cookie.
import path from "node:path";
import { parseArgs } from "./lib/args";
import { ensureBuilt } from "./lib/app";
import { cleanUpAll } from "./lib/cleanup";
import { DEFAULT_SERVER_URL } from "./lib/database";
import { setUpSize } from "./lib/setup";
import { signIn } from "./lib/users";

const root = path.resolve(import.meta.dirname, "..");
const n = Number(process.argv[2] ?? 10_000);

ensureBuilt(root);
// A failed set-up must not leave the app it started listening (the next run would talk to that one).
const { context, cookie } = await (async () => {
  try {
    const context = await setUpSize(n, parseArgs(["--sizes", String(n)]), root, process.env.DATABASE_URL || DEFAULT_SERVER_URL);
    return { context, cookie: (await signIn(context.app.url, context.main)).cookie };
  } catch (error) {
    await cleanUpAll();
    throw error;
  }
})();
console.log(`app: ${context.app.url} (pid ${context.app.pid})\nbare: ${context.bare.url}\ncookie: ${cookie}`);
const stop = async () => {
  await context.tearDown();
  await cleanUpAll();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
