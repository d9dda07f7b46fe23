import type { RowError } from "./import-types";

const FIELD_NAMES: Record<string, string> = { row: "The row", date: "Date", amount: "Amount", type: "Type", note: "Note", comment: "Comment", category: "Category" };

/** A server row error as a sentence: {path:"amount", message:"is missing"} → "Amount is missing". */
export const rowErrorText = (error: RowError) => `${FIELD_NAMES[error.path] ?? error.path} ${error.message}`;
