import { describe, expect, it } from "vitest";
import { categoryRequest, chooseCategory } from "./choose-category";

const coffee = { type: "expense" as const, note: "Starbucks latte", comment: "" };
const autoCoffee = { ...coffee, category: "Food & Dining", categorySource: "auto" as const };

describe("categoryRequest", () => {
  it("reads a body's category", () => {
    expect(categoryRequest("Travel", "keep")).toEqual({ kind: "set", category: "Travel" });
    expect(categoryRequest(null, "keep")).toEqual({ kind: "detect" });
    expect(categoryRequest(undefined, "keep")).toEqual({ kind: "keep" });
    expect(categoryRequest(undefined, "detect")).toEqual({ kind: "detect" });
  });
});

describe("chooseCategory", () => {
  it("detects from the note, then from the comment", () => {
    const fromNote = chooseCategory({ request: { kind: "detect" }, next: coffee, learned: [] });
    expect(fromNote).toEqual({ category: "Food & Dining", categorySource: "auto", learn: null });
    const fromComment = chooseCategory({
      request: { kind: "detect" },
      next: { type: "expense", note: "misc", comment: "paid the electricity bill" },
      learned: [],
    });
    expect(fromComment.category).toBe("Utilities");
  });

  it("uses the user's learned keywords", () => {
    const learned = [{ keyword: "starbucks", category: "Groceries", type: "expense" as const }];
    expect(chooseCategory({ request: { kind: "detect" }, next: coffee, learned }).category).toBe("Groceries");
  });

  it("learns the keyword that misled the detector when a category is set by hand", () => {
    const choice = chooseCategory({ request: { kind: "set", category: "Groceries" }, next: coffee, learned: [] });
    expect(choice).toEqual({
      category: "Groceries",
      categorySource: "manual",
      learn: { keyword: "starbucks", category: "Groceries", type: "expense" },
    });
  });

  it("learns the note's first words when nothing matched", () => {
    const next = { type: "expense" as const, note: "POS 4821 Blue Apron NY", comment: "" };
    expect(chooseCategory({ request: { kind: "set", category: "Groceries" }, next, learned: [] }).learn).toEqual({
      keyword: "blue apron",
      category: "Groceries",
      type: "expense",
    });
  });

  it("learns nothing when the hand-picked category is what detection says, or the category did not change", () => {
    expect(chooseCategory({ request: { kind: "set", category: "Food & Dining" }, next: coffee, learned: [] }).learn).toBeNull();
    const manual = { ...coffee, category: "Groceries", categorySource: "manual" as const };
    const resent = chooseCategory({ request: { kind: "set", category: "Groceries" }, next: coffee, previous: manual, learned: [] });
    expect(resent).toEqual({ category: "Groceries", categorySource: "manual", learn: null });
  });

  it("learns nothing from an empty note", () => {
    const next = { type: "expense" as const, note: "", comment: "" };
    expect(chooseCategory({ request: { kind: "set", category: "Travel" }, next, learned: [] }).learn).toBeNull();
  });

  it("re-detects an auto category when the note, comment or type changes", () => {
    const next = { ...coffee, note: "Uber trip" };
    expect(chooseCategory({ request: { kind: "keep" }, next, previous: autoCoffee, learned: [] })).toEqual({
      category: "Transport",
      categorySource: "auto",
      learn: null,
    });
    const asIncome = chooseCategory({ request: { kind: "keep" }, next: { ...coffee, type: "income" }, previous: autoCoffee, learned: [] });
    expect(asIncome.category).toBe("Other Income");
  });

  it("keeps an auto category when the text did not change, even if detection would now differ", () => {
    const learned = [{ keyword: "starbucks", category: "Groceries", type: "expense" as const }];
    const kept = chooseCategory({ request: { kind: "keep" }, next: coffee, previous: autoCoffee, learned });
    expect(kept).toEqual({ category: "Food & Dining", categorySource: "auto", learn: null });
  });

  it("keeps a manual category, unless the type changed under it", () => {
    const manual = { ...coffee, category: "Groceries", categorySource: "manual" as const };
    const next = { ...coffee, note: "Uber trip" };
    expect(chooseCategory({ request: { kind: "keep" }, next, previous: manual, learned: [] })).toEqual({
      category: "Groceries",
      categorySource: "manual",
      learn: null,
    });
    const asIncome = chooseCategory({ request: { kind: "keep" }, next: { ...coffee, type: "income" }, previous: manual, learned: [] });
    expect(asIncome).toEqual({ category: "Other Income", categorySource: "auto", learn: null });
  });

  it("returns a manual category to detection on request", () => {
    const manual = { ...coffee, category: "Groceries", categorySource: "manual" as const };
    expect(chooseCategory({ request: { kind: "detect" }, next: coffee, previous: manual, learned: [] })).toEqual({
      category: "Food & Dining",
      categorySource: "auto",
      learn: null,
    });
  });
});
