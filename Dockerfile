# syntax=docker/dockerfile:1
# Ledgerly production image, built by docker-compose.yml (`build: .`).
#
# In the container PostgreSQL is external: DATABASE_URL (and
# DATABASE_READONLY_URL, REDIS_URL, AUTH_SECRET, …) are required at run time.
# The embedded PostgreSQL that `npm start` can launch is for the bare-metal
# quick start only and is not used here: this image runs Next's standalone
# build through scripts/server.mjs. The app applies prisma/migrations/*/migration.sql and
# creates its roles/grants itself when it starts.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: exact locked dependencies, cached until the lockfile changes.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# npm ci's postinstall runs `prisma generate` (scripts/generate-prisma.mjs),
# which needs the Prisma schema and config.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/generate-prisma.mjs ./scripts/generate-prisma.mjs
RUN npm ci --no-audit --no-fund

# ---- build: `next build` with `output: "standalone"` traces the server and
# the node_modules it really imports into .next/standalone.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/generated ./generated
# .dockerignore keeps node_modules, .next, generated/, .env* and local data out.
COPY . .
# The same two steps tests/integration/container.test.ts runs and checks.
RUN npx next build && node scripts/assemble-image.mjs /image

# ---- runner: only the standalone server, static assets and migrations.
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
# scripts/server.mjs listens on every interface, so other containers reach it.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATA_DIR=/app/.data
# Code stays owned by root (read-only for the app user); only the caches and
# data directory are writable by it. /image (scripts/assemble-image.mjs): the
# traced standalone server and node_modules, static assets, the migrations
# (applied at start) and scripts/server.mjs.
COPY --from=build /image ./
RUN mkdir -p .next/cache .data && chown node:node .next/cache .data
# `node` (uid 1000) comes with the official image.
USER node
EXPOSE 3000
# Liveness only (/api/health); compose checks readiness (/api/health/ready).
# The slim image has no curl: use Node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Our server, not Next's server.js: the client address from the TCP peer (and
# TRUSTED_PROXY_HOPS), 405s for methods Next can't route, drain on SIGTERM.
# The heap cap is package.json's start script's (docs/scaling.md, Memory);
# tests/integration/container.test.ts keeps the two the same.
CMD ["node", "--max-old-space-size=256", "scripts/server.mjs"]
