import { describe, expect, it } from "vitest";
import { changeFrom } from "./month-change";

describe("changeFrom", () => {
  it("subtracts exactly, in cents", () => {
    expect(changeFrom("0.10", "0.30")).toEqual({ difference: "0.20", percent: 200 });
    expect(changeFrom("1000.01", "999.99")).toEqual({ difference: "-0.02", percent: 0 });
    expect(changeFrom("999999999.99", "0.01")).toEqual({ difference: "-999999999.98", percent: -100 });
  });

  it("gives the percent against the previous month, one decimal", () => {
    expect(changeFrom("200.00", "250.00").percent).toBe(25);
    expect(changeFrom("300.00", "200.00").percent).toBe(-33.3);
    expect(changeFrom("3.00", "4.00").percent).toBe(33.3);
    expect(changeFrom("120.00", "120.00")).toEqual({ difference: "0.00", percent: 0 });
  });

  it("has no percent when the previous month was zero", () => {
    expect(changeFrom("0.00", "50.00")).toEqual({ difference: "50.00", percent: null });
    expect(changeFrom("0.00", "0.00")).toEqual({ difference: "0.00", percent: null });
  });

  it("measures a negative balance against its size, so getting better is a positive change", () => {
    // From −200 to −50: 150 better, 75 % of the 200 it was.
    expect(changeFrom("-200.00", "-50.00")).toEqual({ difference: "150.00", percent: 75 });
    expect(changeFrom("100.00", "-100.00")).toEqual({ difference: "-200.00", percent: -200 });
  });
});
