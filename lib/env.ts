// The only reader of process.env (STYLE.md §7): every variable of
// ARCHITECTURE.md's Configuration table, validated once, typed.
import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" });

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(postgresUrl),
    DATABASE_READONLY_URL: optional(postgresUrl),
    REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" })),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
    NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
    RESEND_API_KEY: optional(z.string().min(1)),
    // Where the Resend SDK sends its requests; tests point it at a local stand-in.
    RESEND_BASE_URL: optional(z.url()),
    MAIL_FROM: z.string().min(3).default("Ledgerly <no-reply@localhost>"),
    APP_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .default("http://localhost:3000")
      .transform((value) => new URL(value).origin),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default(".data"),
    METRICS_TOKEN: optional(z.string().min(16, "must be at least 16 characters")),
    // How many app processes share this configuration; the in-process store only works for one.
    WEB_CONCURRENCY: z.coerce.number().int().min(1).default(1),
    // bcrypt work factor for new password hashes. SECURITY.md wants ~100–250 ms
    // per hash: bcryptjs takes ~210 ms at 11 and ~400 ms at 12 on these 2-core machines.
    BCRYPT_COST: z.coerce.number().int().min(4).max(16).default(11),
    // Requests per minute per user (per token for personal access tokens) on the authenticated API.
    API_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
    // Reverse proxies in front that append X-Forwarded-For; 0 = per-IP limits key on the TCP peer.
    // Read by scripts/server.mjs, which hands route handlers the client address.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // How long SIGTERM waits for requests in flight before closing their connections.
    SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.REDIS_URL && env.WEB_CONCURRENCY > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["REDIS_URL"],
        message: "is required when more than one instance runs (WEB_CONCURRENCY > 1): the in-process store is not shared",
      });
    }
    if (env.NODE_ENV === "production" && env.BCRYPT_COST < 10) {
      ctx.addIssue({ code: "custom", path: ["BCRYPT_COST"], message: "must be at least 10 in production" });
    }
    if (env.DATABASE_READONLY_URL && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_READONLY_URL"], message: "needs DATABASE_URL as well" });
    }
  });

export type Env = z.infer<typeof schema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`),
    );
  }
  return result.data;
}

const cache = globalThis as unknown as { __ledgerlyEnv?: Env };

/** The validated environment of this process (parsed on first use, then cached). */
export function env(): Env {
  cache.__ledgerlyEnv ??= parseEnv(process.env);
  return cache.__ledgerlyEnv;
}

/** The app's own origin, for CSRF checks, mail links and cookie flags. */
export const appOrigin = (): string => env().APP_URL;
export const isSecureOrigin = (): boolean => appOrigin().startsWith("https:");
