// GET /api/categories, GET /api/categories/detect, and learning from corrections.
import { beforeAll, describe, expect, it } from "vitest";
import { createTransaction, invalidPaths, queryOf } from "../helpers/transactions";
import { signedInUser, type SignedInUser } from "../helpers/users";

let user: SignedInUser;
beforeAll(async () => {
  user = await signedInUser();
});

const detect = async (client: SignedInUser["client"], query: Record<string, string>) => {
  const response = await client.get(`/api/categories/detect?${queryOf(query)}`);
  expect(response.status, response.text).toBe(200);
  return response.body as { category: string; matched: string | null };
};

describe("GET /api/categories", () => {
  it("lists the 15 expense and 6 income categories with their keywords", async () => {
    const response = await user.client.get("/api/categories");
    expect(response.status).toBe(200);
    const items = response.body.items as { id: string; name: string; type: string; keywords: string[]; builtin: boolean }[];
    expect(items.filter((c) => c.type === "expense").map((c) => c.name)).toEqual([
      "Food & Dining", "Groceries", "Transport", "Housing", "Utilities", "Shopping", "Entertainment", "Health",
      "Education", "Travel", "Subscriptions", "Personal Care", "Gifts & Donations", "Fees & Charges", "Other",
    ]);
    expect(items.filter((c) => c.type === "income").map((c) => c.name)).toEqual(["Salary", "Freelance", "Investments", "Refunds", "Gifts", "Other Income"]);
    expect(items.find((c) => c.name === "Groceries")).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Groceries",
      type: "expense",
      keywords: expect.arrayContaining(["tesco"]),
      builtin: true,
    });
    for (const item of items) expect(Object.keys(item).sort()).toEqual(["builtin", "id", "keywords", "name", "type"]);
  });
});

describe("GET /api/categories/detect", () => {
  it("detects an expense by default, naming the keyword that decided", async () => {
    expect(await detect(user.client, { text: "STARBUCKS STORE #10492" })).toEqual({
      category: "Food & Dining",
      matched: "starbucks",
    });
  });

  it("detects income categories for type=income", async () => {
    expect((await detect(user.client, { text: "Monthly salary", type: "income" })).category).toBe("Salary");
  });

  it("falls back with matched null", async () => {
    expect(await detect(user.client, { text: "zzz" })).toEqual({ category: "Other", matched: null });
    expect(await detect(user.client, { text: "", type: "income" })).toEqual({ category: "Other Income", matched: null });
    expect(await detect(user.client, {})).toEqual({ category: "Other", matched: null });
  });

  it("refuses another type and unknown parameters", async () => {
    expect(invalidPaths(await user.client.get("/api/categories/detect?text=x&type=transfer"))).toEqual(["type"]);
    expect(invalidPaths(await user.client.get("/api/categories/detect?text=x&lang=en"))).toEqual(["lang"]);
  });
});

describe("learning from corrections", () => {
  it("learns from a category set by hand on create", async () => {
    const { client } = await signedInUser();
    expect((await detect(client, { text: "Starbucks" })).category).toBe("Food & Dining");
    await createTransaction(client, { note: "Starbucks beans", category: "Groceries" });
    expect(await detect(client, { text: "starbucks" })).toEqual({ category: "Groceries", matched: "starbucks" });
    // And the next note with that keyword is detected so when recorded.
    const next = await createTransaction(client, { note: "STARBUCKS #1234" });
    expect(next).toMatchObject({ category: "Groceries", categorySource: "auto" });
  });

  it("learns the note's first words when the detector recognised nothing", async () => {
    const { client } = await signedInUser();
    await createTransaction(client, { note: "Blue Apron box", category: "Groceries" });
    expect(await detect(client, { text: "blue apron delivery" })).toEqual({ category: "Groceries", matched: "blue apron" });
  });

  it("learns from PATCH and PUT changing the category", async () => {
    const { client } = await signedInUser();
    const netflix = await createTransaction(client, { note: "Netflix" });
    expect(netflix.category).toBe("Subscriptions");
    await client.patch(`/api/transactions/${netflix.id}`, { category: "Entertainment" });
    expect((await detect(client, { text: "netflix" })).category).toBe("Entertainment");

    const rent = await createTransaction(client, { note: "Rent" });
    await client.put(`/api/transactions/${rent.id}`, { amount: "900", type: "expense", date: "2026-01-01", note: "Rent", category: "Utilities" });
    expect((await detect(client, { text: "rent march" })).category).toBe("Utilities");
  });

  it("learns nothing when the category set by hand is the one detected", async () => {
    const { client } = await signedInUser();
    await createTransaction(client, { note: "Shoryu Ramen", category: "Food & Dining" });
    expect((await detect(client, { text: "shoryu" })).category).toBe("Other");
  });

  it("learns per type", async () => {
    const { client } = await signedInUser();
    await createTransaction(client, { type: "income", note: "Etsy shop payout", category: "Freelance" });
    expect((await detect(client, { text: "ETSY SHOP 0412", type: "income" })).category).toBe("Freelance");
    expect((await detect(client, { text: "etsy" })).category).toBe("Shopping");
  });
});
