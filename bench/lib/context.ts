// What every per-size section gets: the database, both servers and the users
// of one size N, set up once by bench/lib/setup.ts.
import type { Options } from "./args";
import type { RunningApp } from "./app";
import type { BareServer } from "./bare";
import type { BenchDatabase } from "./database";

export type User = { id: string; email: string };

export type SizeContext = {
  n: number;
  options: Options;
  db: BenchDatabase;
  app: RunningApp;
  bare: BareServer;
  /** The user with N transactions and 15 budgets. */
  main: User;
  /** A user of the background crowd whose rows the write load adds to (so main keeps exactly N). */
  writer: User;
  /** A whole calendar month inside the seeded three years: the "one month" summary. */
  month: { from: string; to: string };
  /** The app's resident memory right after start and after the first login, MiB. */
  appRss: { afterStart: number; afterFirstLogin: number };
  bareRssAfterStart: number;
  seedSeconds: number;
  /** Stops both servers, removes the app's DATA_DIR, drops the database (unless --keep). */
  tearDown(): Promise<void>;
};
