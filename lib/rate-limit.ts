// API.md's rate limits on rate-limiter-flexible: Redis-backed when REDIS_URL is
// set, so limits hold across instances; in memory otherwise.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { rateLimited, unavailable } from "./http/errors";
import { redis } from "./redis";

export type Limit = { points: number; durationSeconds: number };

export interface Limiter {
  /** Counts one attempt; throws 429 (with Retry-After) once the limit is passed. */
  consume(key: string): Promise<void>;
  /** Throws 429 if the limit is already used up, without counting this attempt. */
  assertAvailable(key: string): Promise<void>;
  /** Counts one attempt without refusing it (e.g. a failed login). */
  record(key: string): Promise<void>;
  reset(key: string): Promise<void>;
  /** Attempts counted in the current window. */
  consumed(key: string): Promise<number>;
}

const state = globalThis as unknown as { __ledgerlyLimiters?: Map<string, RateLimiterAbstract> };

function backend(name: string, limit: Limit): RateLimiterAbstract {
  state.__ledgerlyLimiters ??= new Map();
  const id = `${name}:${limit.points}:${limit.durationSeconds}`;
  let limiter = state.__ledgerlyLimiters.get(id);
  if (!limiter) {
    const options = { keyPrefix: `rl:${name}`, points: limit.points, duration: limit.durationSeconds };
    const client = redis();
    limiter = client ? new RateLimiterRedis({ ...options, storeClient: client }) : new RateLimiterMemory(options);
    state.__ledgerlyLimiters.set(id, limiter);
  }
  return limiter;
}

function refusal(error: unknown): never {
  if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext / 1000);
  throw unavailable("Redis"); // the store itself failed: fail closed
}

export function limiter(name: string, limit: Limit): Limiter {
  const store = () => backend(name, limit);
  return {
    async consume(key) {
      await store().consume(key).catch(refusal);
    },
    async assertAvailable(key) {
      const current = await store().get(key).catch(refusal);
      if (current && current.consumedPoints >= limit.points) throw rateLimited(current.msBeforeNext / 1000);
    },
    async record(key) {
      await store()
        .penalty(key, 1)
        .catch(refusal);
    },
    async reset(key) {
      await store().delete(key).catch(refusal);
    },
    async consumed(key) {
      return (await store().get(key).catch(refusal))?.consumedPoints ?? 0;
    },
  };
}
