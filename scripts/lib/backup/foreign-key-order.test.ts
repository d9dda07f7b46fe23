import { describe, expect, it } from "vitest";
import { foreignKeyOrder } from "./foreign-key-order";

describe("foreignKeyOrder", () => {
  it("puts every table after the tables it references, keeping the given order otherwise", () => {
    const tables = ["a.refresh", "a.sessions", "b.budgets", "a.users", "c.plain"];
    const references = [
      { from: "a.refresh", to: "a.sessions" },
      { from: "a.sessions", to: "a.users" },
      { from: "b.budgets", to: "a.users" },
    ];
    const { order, cycle } = foreignKeyOrder(tables, references);
    expect(order).toEqual(["a.users", "a.sessions", "a.refresh", "b.budgets", "c.plain"]);
    expect(cycle).toEqual([]);
  });

  it("ignores references to itself and to tables outside the list", () => {
    const { order } = foreignKeyOrder(["t.tree", "t.leaf"], [
      { from: "t.tree", to: "t.tree" },
      { from: "t.leaf", to: "public.elsewhere" },
    ]);
    expect(order).toEqual(["t.tree", "t.leaf"]);
  });

  it("reports tables in a cycle and still returns every table once", () => {
    const { order, cycle } = foreignKeyOrder(["x.a", "x.b", "x.c"], [
      { from: "x.a", to: "x.b" },
      { from: "x.b", to: "x.a" },
    ]);
    expect(cycle).toEqual(["x.a", "x.b"]);
    expect([...order].sort()).toEqual(["x.a", "x.b", "x.c"]);
  });
});
