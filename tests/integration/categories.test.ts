// API.md, "Categories are the user's own": add, rename, re-key and delete,
// through the running app.
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../helpers/api-client";
import { createTransaction } from "../helpers/transactions";
import { signedInUser } from "../helpers/users";

type Category = { id: string; name: string; type: "income" | "expense"; keywords: string[]; builtin: boolean };

async function categoryNamed(client: ApiClient, name: string): Promise<Category> {
  const response = await client.get("/api/categories");
  expect(response.status).toBe(200);
  const found = (response.body.items as Category[]).find((c) => c.name === name);
  if (!found) throw new Error(`no category ${name}`);
  return found;
}

async function detect(client: ApiClient, text: string, type = "expense") {
  const response = await client.get(`/api/categories/detect?${new URLSearchParams({ text, type })}`);
  expect(response.status).toBe(200);
  return response.body as { category: string; matched: string | null };
}

describe("POST /api/categories", () => {
  it("adds a category with keywords that detection uses at once", async () => {
    const { client } = await signedInUser();
    const response = await client.post("/api/categories", { name: "Pets", type: "expense", keywords: ["Pawsome Vets", "Kibble Co"] });
    expect(response.status, response.text).toBe(201);
    expect(response.body.category).toEqual({ id: expect.any(String), name: "Pets", type: "expense", keywords: ["Pawsome Vets", "Kibble Co"], builtin: false });
    expect(await detect(client, "KIBBLECO 4411")).toEqual({ category: "Pets", matched: "Kibble Co" });
    expect((await createTransaction(client, { note: "pawsome vets, check-up for the cat" })).category).toBe("Pets");
    expect((await client.get("/api/categories?type=income")).body.items.map((c: Category) => c.name)).not.toContain("Pets");
  });

  it("refuses a name the type already has, whatever its case, with 409 category_exists", async () => {
    const { client } = await signedInUser();
    const response = await client.post("/api/categories", { name: "groceries", type: "expense" });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe("category_exists");
    // The same name in the other type is another category.
    expect((await client.post("/api/categories", { name: "Groceries", type: "income" })).status).toBe(201);
  });

  it("refuses a keyword another category holds with 409 keyword_taken naming it", async () => {
    const { client } = await signedInUser();
    const response = await client.post("/api/categories", { name: "Coffee", type: "expense", keywords: ["Starbucks"] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe("keyword_taken");
    expect(response.body.detail).toContain("Food & Dining");
    expect((await client.get("/api/categories")).body.items.map((c: Category) => c.name)).not.toContain("Coffee");
  });

  it.each([
    [{ name: "", type: "expense" }, "name"],
    [{ name: "x".repeat(41), type: "expense" }, "name"],
    [{ name: "Pets", type: "savings" }, "type"],
    [{ name: "Pets", type: "expense", keywords: ["x".repeat(61)] }, "keywords.0"],
    [{ name: "Pets", type: "expense", keywords: Array.from({ length: 301 }, (_, i) => `word${i}`) }, "keywords"],
    [{ name: "Pets", type: "expense", keywords: ["!!!"] }, "keywords.0"],
    [{ name: "Pets", type: "expense", colour: "red" }, "colour"],
  ])("refuses %j naming %s", async (body, path) => {
    const { client } = await signedInUser();
    const response = await client.post("/api/categories", body);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});

describe("PATCH /api/categories/{id}", () => {
  it("renames: every transaction and budget shows the new name at once", async () => {
    const { client } = await signedInUser();
    const housing = await categoryNamed(client, "Housing");
    const rent = await createTransaction(client, { note: "monthly rent" });
    expect(rent.category).toBe("Housing");
    expect((await client.post("/api/budgets", { category: "Housing", amount: "900" })).status).toBe(201);

    const renamed = await client.patch(`/api/categories/${housing.id}`, { name: "Rent" });
    expect(renamed.status).toBe(200);
    expect(renamed.body.category).toMatchObject({ id: housing.id, name: "Rent", builtin: true });
    expect((await client.get(`/api/transactions/${rent.id}`)).body.transaction.category).toBe("Rent");
    expect((await client.get("/api/budgets")).body.items.map((b: { category: string }) => b.category)).toEqual(["Rent"]);
    expect((await client.get("/api/transactions?category=rent")).body.items).toHaveLength(1);
    expect((await createTransaction(client, { note: "rent for march", category: "rent" })).category).toBe("Rent");
    // The old name is free.
    expect((await client.get("/api/transactions?category=Housing")).status).toBe(400);
  });

  it("replaces the keywords: removed ones stop matching, added ones match, a taken one is 409", async () => {
    const { client } = await signedInUser();
    const groceries = await categoryNamed(client, "Groceries");
    const kept = groceries.keywords.filter((k) => k.toLowerCase() !== "tesco");
    const response = await client.patch(`/api/categories/${groceries.id}`, { keywords: [...kept, "Corner Deli"] });
    expect(response.status).toBe(200);
    expect(response.body.category.keywords).toContain("Corner Deli");
    expect(response.body.category.keywords).not.toContain("tesco");
    expect((await detect(client, "TESCO STORES 2231")).category).not.toBe("Groceries");
    expect(await detect(client, "corner deli")).toEqual({ category: "Groceries", matched: "Corner Deli" });

    const taken = await client.patch(`/api/categories/${groceries.id}`, { keywords: ["uber"] });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: "keyword_taken", detail: expect.stringContaining("Transport") });

    // Once Groceries let it go, another category may take tesco.
    const shopping = await categoryNamed(client, "Shopping");
    expect((await client.patch(`/api/categories/${shopping.id}`, { keywords: [...shopping.keywords, "tesco"] })).status).toBe(200);
    expect((await detect(client, "Tesco")).category).toBe("Shopping");
  });

  it("protects Other and Other Income with 409 category_protected", async () => {
    const { client } = await signedInUser();
    for (const name of ["Other", "Other Income"]) {
      const fallback = await categoryNamed(client, name);
      const rename = await client.patch(`/api/categories/${fallback.id}`, { name: "Misc" });
      expect(rename.status).toBe(409);
      expect(rename.body.code).toBe("category_protected");
      const remove = await client.delete(`/api/categories/${fallback.id}`);
      expect(remove.status).toBe(409);
      expect(remove.body.code).toBe("category_protected");
    }
  });

  it("shows a keyword learned from a correction in the category's keywords", async () => {
    const { client } = await signedInUser();
    await createTransaction(client, { note: "Zorblax weekly box", category: "Groceries" });
    const groceries = await categoryNamed(client, "Groceries");
    expect(groceries.keywords.map((k) => k.toLowerCase())).toContain("zorblax");
    expect((await detect(client, "ZORBLAX 2291")).category).toBe("Groceries");
  });
});

describe("DELETE /api/categories/{id}", () => {
  it("moves its transactions to moveTo (source unchanged), deletes its budget, keeps the totals", async () => {
    const { client } = await signedInUser();
    const pets = (await client.post("/api/categories", { name: "Pets", type: "expense", keywords: ["Pawsome Vets"] })).body.category as Category;
    const auto = await createTransaction(client, { note: "Pawsome Vets", amount: "40.00", date: "2026-03-03" });
    const manual = await createTransaction(client, { note: "kibble", amount: "12.50", category: "Pets", date: "2026-03-04" });
    expect((await client.post("/api/budgets", { category: "Pets", amount: "60" })).status).toBe(201);
    const before = (await client.get("/api/transactions/summary?from=2026-03-01&to=2026-03-31")).body;

    expect((await client.delete(`/api/categories/${pets.id}?moveTo=Shopping`)).status).toBe(204);

    expect((await client.get(`/api/transactions/${auto.id}`)).body.transaction).toMatchObject({ category: "Shopping", categorySource: "auto" });
    expect((await client.get(`/api/transactions/${manual.id}`)).body.transaction).toMatchObject({ category: "Shopping", categorySource: "manual" });
    expect((await client.get("/api/budgets")).body.items).toEqual([]);
    expect((await client.get("/api/transactions/summary?from=2026-03-01&to=2026-03-31")).body).toEqual(before);
    expect((await client.get("/api/transactions/summary?category=Shopping&from=2026-03-01&to=2026-03-31")).body).toMatchObject({ expense: "52.50", count: 2 });
  });

  it("moves to the fallback by default, and refuses a moveTo of the other type or unknown", async () => {
    const { client } = await signedInUser();
    const travel = await categoryNamed(client, "Travel");
    const trip = await createTransaction(client, { note: "hotel in Rome" });
    expect((await client.delete(`/api/categories/${travel.id}?moveTo=Salary`)).status).toBe(400);
    expect((await client.delete(`/api/categories/${travel.id}?moveTo=Nowhere`)).body.errors[0].path).toBe("moveTo");
    expect((await client.delete(`/api/categories/${travel.id}`)).status).toBe(204);
    expect((await client.get(`/api/transactions/${trip.id}`)).body.transaction.category).toBe("Other");
    expect((await client.delete(`/api/categories/${travel.id}`)).status).toBe(404);
  });

  it("is 404 for another user's category", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    const mine = await categoryNamed(owner.client, "Travel");
    expect((await other.client.delete(`/api/categories/${mine.id}`)).status).toBe(404);
    expect((await other.client.patch(`/api/categories/${mine.id}`, { name: "Trips" })).status).toBe(404);
    expect((await categoryNamed(owner.client, "Travel")).id).toBe(mine.id);
  });
});
