// Prisma's SQL template tag (sql-template-tag: fragments whose values are
// always bound, never spliced), from the small package the Prisma client
// itself uses. Importing it from the generated client instead would load the
// whole client runtime (~18 MiB of a server's memory) for four functions.
// Use it as a namespace: `import * as Prisma from "@/lib/db/sql-fragments"`.
export { empty, join, raw, sql, Sql } from "@prisma/client-runtime-utils";
