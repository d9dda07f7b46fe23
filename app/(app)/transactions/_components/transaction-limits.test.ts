import { describe, expect, it } from "vitest";
import * as schemas from "@/modules/transaction/client";
import * as limits from "./transaction-limits";

describe("transaction-limits", () => {
  it("matches the transaction module's limits and types", () => {
    expect(limits.NOTE_MAX_LENGTH).toBe(schemas.NOTE_MAX_LENGTH);
    expect(limits.COMMENT_MAX_LENGTH).toBe(schemas.COMMENT_MAX_LENGTH);
    expect(limits.SEARCH_MAX_LENGTH).toBe(schemas.SEARCH_MAX_LENGTH);
    expect(limits.TRANSACTION_TYPES).toEqual(schemas.TRANSACTION_TYPES);
  });
});
