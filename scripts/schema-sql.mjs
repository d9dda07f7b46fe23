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

export async function schemaSql(databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres") {
  const schemaPath = path.join(root, "prisma/schema.prisma");
  const content = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, content]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await schemaSql());
}
