import { env, InvalidEnvironmentError } from "./env";
import { prepareDatabase } from "./db/prepare";
import { logger } from "./log";
import { redisConnected } from "./redis";
import { authSecret } from "./secrets";

const starting = globalThis as unknown as { __ledgerlyDatabaseStarting?: Promise<void> };

export async function startUp(): Promise<void> {
  // scripts/server.mjs may still be starting the embedded PostgreSQL (and setting DATABASE_URL).
  await starting.__ledgerlyDatabaseStarting;
  try {
    env();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      // A bad value stops start-up with a message naming it (ARCHITECTURE.md, Configuration).
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  try {
    authSecret();
  } catch (error) {
    // No retry can fix an unwritable DATA_DIR; left to throw, Next would log it
    // and then answer every request with a 500.
    console.error(`Can't read or create the app secret under DATA_DIR (${env().DATA_DIR}): ${(error as Error).message}. Set AUTH_SECRET, or make DATA_DIR a writable directory.`);
    process.exit(1);
  }
  const started = Date.now();
  await prepareDatabase();
  logger.info("database ready", { ms: Date.now() - started });
  // Commands fail fast while Redis is unreachable (no offline queue): wait for
  // the first connection so the first requests don't answer 503.
  if (!(await redisConnected())) logger.warn("Redis is not reachable yet; requests that need it answer 503 until it is");
}
