// Prints the SQL that creates prisma/schema.prisma from an empty database,
// computed by Prisma's own schema engine (its WASM build: the CLI can't fetch
// its native engine here, TOOLCHAIN.md). Used to write a new migration and by
// the drift test.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The package is built for bundlers (it imports its .wasm as an ES module),
// which Node can't; instantiate the module by hand with its JS glue.
async function loadSchemaEngine() {
  const dir = path.join(root, "node_modules/@prisma/schema-engine-wasm");
  const engineBindings = await import(path.join(dir, "schema_engine_bg.js"));
  const wasmPath = path.join(dir, "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { "./schema_engine_bg.js": engineBindings });
  engineBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return engineBindings.SchemaEngine;
}

/**
 * The SQL that turns one datamodel into another (`from: null` = an empty
 * database), computed by the engine without touching any table: the URL only
 * satisfies the adapter's connection.
 */
export async function diffSql({ from, to, databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" }) {
  const schemaPath = path.join(root, "prisma/schema.prisma");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, to]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: schemaPath, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

export async function schemaSql(databaseUrl) {
  const content = await readFile(path.join(root, "prisma/schema.prisma"), "utf8");
  return diffSql({ from: null, to: content, databaseUrl });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await schemaSql());
}
