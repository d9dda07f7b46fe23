import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs with nothing configured", () => {
    const env = parseEnv({});
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["DATABASE_URL", "mysql://x@y/z"],
    ["REDIS_URL", "http://localhost:6379"],
    ["APP_URL", "not a url"],
    ["PORT", "70000"],
    ["AUTH_SECRET", "short"],
    ["METRICS_TOKEN", "tiny"],
  ])("names %s when its value is bad", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(InvalidEnvironmentError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });

  it("keeps only the origin of APP_URL", () => {
    expect(parseEnv({ APP_URL: "https://money.example.com/some/path" }).APP_URL).toBe("https://money.example.com");
  });

  it("refuses the in-process store for several production instances", () => {
    expect(() => parseEnv({ NODE_ENV: "production", WEB_CONCURRENCY: "2" })).toThrow(/REDIS_URL/);
    expect(parseEnv({ NODE_ENV: "production", WEB_CONCURRENCY: "2", REDIS_URL: "redis://r:6379" }).WEB_CONCURRENCY).toBe(2);
  });
});
