import { defineConfig } from "prisma/config";

// The URL is only needed by CLI commands that talk to a database (migrate
// status/deploy where the CLI can run); `prisma generate` works without one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
