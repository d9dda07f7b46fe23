// Runs `prisma generate` at install. Prisma 7's CLI downloads a schema engine on
// every command, which this network can't reach; generate itself needs no
// engine (the client compiles queries in WASM), so point it at a dummy binary
// (TOOLCHAIN.md).
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
