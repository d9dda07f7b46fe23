import * as Prisma from "./db/sql-fragments";
import { sql } from "./db/sql";
import { redis } from "./redis";

export type Readiness = { ready: boolean; checks: Record<string, "ok" | "down" | "not configured"> };

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);

/** Database and (when configured) Redis answer within a second each. */
export async function readiness(): Promise<Readiness> {
  const [database, cache] = await Promise.all([
    withTimeout(sql().query(Prisma.sql`SELECT 1`), 1_000).then(() => "ok" as const, () => "down" as const),
    redis()
      ? withTimeout(redis()!.ping(), 1_000).then(() => "ok" as const, () => "down" as const)
      : Promise.resolve("not configured" as const),
  ]);
  return { ready: database === "ok" && cache !== "down", checks: { database, redis: cache } };
}
