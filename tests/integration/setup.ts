import { afterAll } from "vitest";
import { disconnectDatabases } from "@/lib/db/client";
import { redis, redisConnected } from "@/lib/redis";

await redisConnected();

afterAll(async () => {
  await disconnectDatabases();
  redis()?.disconnect();
});
