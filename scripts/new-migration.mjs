#!/usr/bin/env node
// `npm run migrate:new -- <name> [--from <schema file>]`: writes
// prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that
// turns the last committed prisma/schema.prisma (or --from) into the current
// one, computed by Prisma's own schema engine (its WASM build: the CLI can't
// fetch its native engine here, TOOLCHAIN.md). Review the file, add what the
// engine can't know (data moves, comments), then let the drift test
// (tests/integration/schema-drift.test.ts) confirm schema and migrations agree.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { diffSql } from "./schema-sql.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const fromFile = fromIndex === -1 ? null : args.splice(fromIndex, 2)[1];
const name = args[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run migrate:new -- <name in snake_case> [--from <old schema.prisma>]");
  process.exit(2);
}

const current = await readFile(path.join(root, "prisma/schema.prisma"), "utf8");
const previous = fromFile
  ? await readFile(fromFile, "utf8")
  : execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8" });
const sql = await diffSql({ from: previous, to: current });
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.error("schema.prisma has not changed since the last commit (or --from): nothing to write.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(root, dir)}/migration.sql (${sql.split("\n").length} lines): review it before committing`);
