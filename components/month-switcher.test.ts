import { describe, expect, it } from "vitest";
import { monthHref } from "./month-switcher";

describe("monthHref", () => {
  it("keeps this month on the bare path and puts others in ?month=", () => {
    expect(monthHref("/dashboard", "2026-11", "2026-11")).toBe("/dashboard");
    expect(monthHref("/budgets", "2026-10", "2026-11")).toBe("/budgets?month=2026-10");
  });
});
