// CSV export and import: the database side of modules/transaction/csv.
export { commitImport, createImport, getImport } from "./manage-imports";
export { exportTransactions } from "./export-transactions";
export { commitImportBodySchema, MAX_IMPORT_BYTES } from "./schemas";
export type { CommitImportInput, CommitResult, ImportRow, ImportView } from "./schemas";
export { importsOpenApi } from "./openapi";
