import { describe, expect, it } from "vitest";
import { backupFileName } from "./format";

describe("backupFileName", () => {
  it("is the UTC time to the second, without colons, numbered when taken", () => {
    const at = new Date("2026-12-02T19:30:00.456Z");
    expect(backupFileName(at)).toBe("ledgerly-2026-12-02T193000Z.ndjson.gz");
    expect(backupFileName(at, 2)).toBe("ledgerly-2026-12-02T193000Z-2.ndjson.gz");
  });
});
