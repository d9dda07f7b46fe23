// The transaction module's field limits and types, as plain values: importing
// them from "@/modules/transaction/client" would bring its schemas, and zod
// with them, into the page's first load (the schemas load with the form's
// first validation instead, transaction-form.ts). transaction-limits.test.ts
// checks they stay equal to the module's.
import type { TransactionType } from "@/modules/transaction/client";

export const NOTE_MAX_LENGTH = 200;
export const COMMENT_MAX_LENGTH = 2000;
export const SEARCH_MAX_LENGTH = 200;
export const TRANSACTION_TYPES = ["income", "expense"] as const satisfies readonly TransactionType[];
