import Redis from "ioredis";
import { env } from "./env";

const state = globalThis as unknown as { __ledgerlyRedis?: Redis | null };

/**
 * The process's Redis connection, or null when REDIS_URL is unset (then the
 * in-process store serves a single instance). Commands fail at once while
 * Redis is unreachable (no offline queue) so requests answer 503 instead of
 * hanging; ioredis reconnects by itself when it comes back.
 */
export function redis(): Redis | null {
  if (state.__ledgerlyRedis === undefined) {
    const url = env().REDIS_URL;
    state.__ledgerlyRedis = url
      ? new Redis(url, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
          commandTimeout: 2_000,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
        })
      : null;
    // Without a listener ioredis reports every failed reconnect as an unhandled error.
    state.__ledgerlyRedis?.on("error", () => {});
  }
  return state.__ledgerlyRedis;
}

/** Waits (bounded) for the first connection, so the first requests don't fail while it opens. */
export async function redisConnected(timeoutMs = 5_000): Promise<boolean> {
  const client = redis();
  if (!client) return true;
  if (client.status === "ready") return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
