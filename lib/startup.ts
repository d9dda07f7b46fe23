import { env, InvalidEnvironmentError } from "./env";
import { prepareDatabase } from "./db/prepare";
import { logger } from "./log";
import { authSecret } from "./secrets";

export async function startUp(): Promise<void> {
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
  authSecret();
  const started = Date.now();
  await prepareDatabase();
  logger.info("database ready", { ms: Date.now() - started });
}
