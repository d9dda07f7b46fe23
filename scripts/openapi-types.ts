// `npm run openapi:types`: writes openapi/ledgerly.d.ts, the TypeScript types
// of /api/openapi.json (openapi-typescript), for scripts that call the API with
// openapi-fetch. tests/integration/openapi.test.ts fails when it is stale.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { openApiTypes } from "./lib/openapi-types";

const target = path.resolve(import.meta.dirname, "../openapi/ledgerly.d.ts");
await writeFile(target, await openApiTypes());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
