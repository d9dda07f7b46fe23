import { describe, expect, it } from "vitest";
import { chooseDateFormat, readDate } from "./read-date";

describe("readDate", () => {
  it.each([
    ["2026-12-02", "YYYY-MM-DD", "2026-12-02"],
    ["2026-2-3", "YYYY-MM-DD", "2026-02-03"],
    ["02/12/2026", "DD/MM/YYYY", "2026-12-02"],
    ["02/12/2026", "MM/DD/YYYY", "2026-02-12"],
    ["2/3/2026", "MM/DD/YYYY", "2026-02-03"],
    ["02.12.2026", "DD.MM.YYYY", "2026-12-02"],
    ["02-12-2026", "DD-MM-YYYY", "2026-12-02"],
    ["02 Dec 2026", "D MMM YYYY", "2026-12-02"],
    ["2 dec 2026", "D MMM YYYY", "2026-12-02"],
    ["02-Dec-2026", "D MMM YYYY", "2026-12-02"],
    ["2 December 2026", "D MMM YYYY", "2026-12-02"],
    ["7 Sept 2026", "D MMM YYYY", "2026-09-07"],
    ["29 Feb 2028", "D MMM YYYY", "2028-02-29"],
    [" 1900-01-01 ", "YYYY-MM-DD", "1900-01-01"],
  ] as const)("reads %j in %s as %s", (text, format, date) => {
    expect(readDate(text, format)).toBe(date);
  });

  it.each([
    ["2026-02-29", "YYYY-MM-DD"],
    ["1899-12-31", "YYYY-MM-DD"],
    ["31/04/2026", "DD/MM/YYYY"],
    ["13/01/2026", "MM/DD/YYYY"],
    ["02/12/26", "DD/MM/YYYY"],
    ["02.12.2026", "DD/MM/YYYY"],
    ["2026-12-02", "DD-MM-YYYY"],
    ["32.12.2026", "DD.MM.YYYY"],
    ["02 Dez 2026", "D MMM YYYY"],
    ["30 Feb 2026", "D MMM YYYY"],
    ["", "YYYY-MM-DD"],
  ] as const)("refuses %j in %s", (text, format) => {
    expect(readDate(text, format)).toBeNull();
  });
});

describe("chooseDateFormat", () => {
  it("is decided by one row anywhere in the file", () => {
    const cells = [...Array(500).fill("03/04/2026"), "13/04/2026"];
    expect(chooseDateFormat(cells)).toEqual({ dateFormat: "DD/MM/YYYY", candidates: ["DD/MM/YYYY"] });
    expect(chooseDateFormat([...Array(500).fill("03/04/2026"), "04/13/2026"]).dateFormat).toBe("MM/DD/YYYY");
  });

  it("reports an ambiguous file with its candidates", () => {
    expect(chooseDateFormat(["01/02/2026", "12/11/2026", ""])).toEqual({
      dateFormat: null,
      candidates: ["DD/MM/YYYY", "MM/DD/YYYY"],
    });
  });

  it("takes the format that reads most cells when some are broken", () => {
    expect(chooseDateFormat(["02.12.2026", "03.12.2026", "32.12.2026", "not a date"]).dateFormat).toBe("DD.MM.YYYY");
  });

  it("has no format for no dates", () => {
    expect(chooseDateFormat([])).toEqual({ dateFormat: null, candidates: [] });
    expect(chooseDateFormat(["hello", "12.50"])).toEqual({ dateFormat: null, candidates: [] });
  });
});
