#!/usr/bin/env node
// `node scripts/assemble-image.mjs <dest>`: lays out the container's /app from
// a standalone build (NEXT_OUTPUT=standalone next build): Next's traced server
// and node_modules, static assets, public/, the migrations, and our own
// server (scripts/server.mjs), which the image runs instead of Next's
// server.js so that the container gets what `npm start` gets: the client
// address from the TCP peer (never from a header a client sent), 405s for
// methods Next can't route, and draining on SIGTERM. The Dockerfile runs this
// script, and so does tests/integration/container.test.ts: the two can't drift.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dest = path.resolve(process.argv[2] ?? "");
if (!process.argv[2]) {
  console.error("usage: node scripts/assemble-image.mjs <dest>");
  process.exit(2);
}
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const standalone = path.join(distDir, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error(`no standalone build in ${path.relative(root, standalone)}: run NEXT_OUTPUT=standalone next build first`);
  process.exit(1);
}

mkdirSync(dest, { recursive: true });
cpSync(standalone, dest, { recursive: true });
// The traced server keeps the build's dist dir name; the image always has .next.
const tracedDist = path.join(dest, path.basename(distDir));
if (tracedDist !== path.join(dest, ".next")) renameSync(tracedDist, path.join(dest, ".next"));
cpSync(path.join(distDir, "static"), path.join(dest, ".next/static"), { recursive: true });
if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), path.join(dest, "public"), { recursive: true });
cpSync(path.join(root, "prisma/migrations"), path.join(dest, "prisma/migrations"), { recursive: true });
for (const file of ["scripts/server.mjs", "scripts/lib/request-target.mjs"]) {
  mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
  cpSync(path.join(root, file), path.join(dest, file));
}

// Next's server.js carries the build's config inline; scripts/server.mjs
// hands it to next() the same way (the image has no next.config.ts to load).
const serverJs = readFileSync(path.join(standalone, "server.js"), "utf8");
const match = /^const nextConfig = (\{.*\})$/m.exec(serverJs);
if (!match) {
  console.error("could not find the inlined config in the standalone server.js");
  process.exit(1);
}
const config = JSON.parse(match[1]);
config.distDir = "./.next";
delete config.distDirRoot;
writeFileSync(path.join(dest, "next-config.json"), JSON.stringify(config));
console.log(`assembled the image's /app in ${dest}`);
