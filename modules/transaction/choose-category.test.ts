import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http";
import { categoryRequest, chooseCategory, resolveCategory } from "./choose-category";
import { canonicalKeyword } from "./detection";
import { defaultUserCategories } from "./test-categories";

const categories = defaultUserCategories();
const coffee = { type: "expense" as const, note: "Starbucks latte", comment: "" };
const autoCoffee = { ...coffee, categoryId: "food-dining", categorySource: "auto" as const };
const name = (choice: { category: { name: string } }) => choice.category.name;

describe("categoryRequest", () => {
  it("reads a body's category", () => {
    expect(categoryRequest("Travel", "keep")).toEqual({ kind: "set", name: "Travel" });
    expect(categoryRequest(null, "keep")).toEqual({ kind: "detect" });
    expect(categoryRequest(undefined, "keep")).toEqual({ kind: "keep" });
    expect(categoryRequest(undefined, "detect")).toEqual({ kind: "detect" });
  });
});

describe("resolveCategory", () => {
  it("matches a name case-insensitively within the type", () => {
    expect(resolveCategory(categories, "groceries", "expense").name).toBe("Groceries");
  });

  it("refuses a category of the other type and an unknown name, naming the field", () => {
    const wrongType = (() => resolveCategory(categories, "Salary", "expense")) as () => never;
    expect(wrongType).toThrow(AppError);
    expect(wrongType).toThrow(/income category/);
    expect(() => resolveCategory(categories, "Pets", "expense")).toThrow(/not one of your categories/);
  });
});

describe("chooseCategory", () => {
  it("detects from the note, then from the comment", () => {
    expect(name(chooseCategory({ request: { kind: "detect" }, next: coffee, categories }))).toBe("Food & Dining");
    const fromComment = chooseCategory({ request: { kind: "detect" }, next: { type: "expense", note: "see below", comment: "paid the electricity bill" }, categories });
    expect(name(fromComment)).toBe("Utilities");
  });

  it("uses the user's own keywords", () => {
    const mine = defaultUserCategories([{ type: "expense", keyword: canonicalKeyword("starbucks"), written: "starbucks", categoryId: "groceries", learned: true }]);
    expect(name(chooseCategory({ request: { kind: "detect" }, next: coffee, categories: mine }))).toBe("Groceries");
  });

  it("learns the keyword that misled the detector when a category is set by hand", () => {
    const choice = chooseCategory({ request: { kind: "set", name: "Groceries" }, next: coffee, categories });
    expect(name(choice)).toBe("Groceries");
    expect(choice.categorySource).toBe("manual");
    expect(choice.learn).toEqual({ keyword: expect.stringMatching(/^starbucks$/i), category: expect.objectContaining({ name: "Groceries" }) });
  });

  it("learns the note's merchant when nothing matched", () => {
    const next = { type: "expense" as const, note: "POS 4821 Zqxwv Vlorpt NY", comment: "" };
    const learn = chooseCategory({ request: { kind: "set", name: "Groceries" }, next, categories }).learn;
    expect(learn?.keyword.toLowerCase()).toContain("zqxwv");
  });

  it("learns nothing when the hand-picked category is what detection says, or the category did not change", () => {
    expect(chooseCategory({ request: { kind: "set", name: "Food & Dining" }, next: coffee, categories }).learn).toBeNull();
    const manual = { ...coffee, categoryId: "groceries", categorySource: "manual" as const };
    const resent = chooseCategory({ request: { kind: "set", name: "Groceries" }, next: coffee, previous: manual, categories });
    expect(resent.learn).toBeNull();
  });

  it("learns nothing from an empty note", () => {
    const next = { type: "expense" as const, note: "", comment: "" };
    expect(chooseCategory({ request: { kind: "set", name: "Travel" }, next, categories }).learn).toBeNull();
  });

  it("keeps an auto category while the text stays, and detects again when it changes", () => {
    const kept = chooseCategory({ request: { kind: "keep" }, next: coffee, previous: autoCoffee, categories });
    expect(kept).toMatchObject({ categorySource: "auto", learn: null });
    expect(name(kept)).toBe("Food & Dining");
    const changed = chooseCategory({ request: { kind: "keep" }, next: { ...coffee, note: "Uber to work" }, previous: autoCoffee, categories });
    expect(name(changed)).toBe("Transport");
  });

  it("keeps a manual category when the text changes, but not across a change of type", () => {
    const manual = { ...coffee, categoryId: "groceries", categorySource: "manual" as const };
    expect(name(chooseCategory({ request: { kind: "keep" }, next: { ...coffee, note: "Uber" }, previous: manual, categories }))).toBe("Groceries");
    const income = chooseCategory({ request: { kind: "keep" }, next: { type: "income", note: "salary december", comment: "" }, previous: manual, categories });
    expect(income).toMatchObject({ categorySource: "auto" });
    expect(name(income)).toBe("Salary");
  });

  it("refuses a category of the other type", () => {
    expect(() => chooseCategory({ request: { kind: "set", name: "Salary" }, next: coffee, categories })).toThrow(/income category/);
  });
});
