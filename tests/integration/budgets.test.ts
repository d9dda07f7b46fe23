// The budget endpoints' contract (API.md, Budget module) against the running app.
import { describe, expect, it } from "vitest";
import { thisMonthIn } from "@/lib/clock";
import { ApiClient } from "../helpers/api-client";
import { signedInUser } from "../helpers/users";
import { addBudget, expectValidationProblem } from "./budgets-fixtures";

describe("POST /api/budgets", () => {
  it("creates a budget and answers with this month's figures in the user's time zone", async () => {
    const { client } = await signedInUser({ timezone: "Pacific/Kiritimati" });
    const response = await client.post("/api/budgets", { category: "Groceries", amount: 450 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      budget: {
        id: expect.any(String),
        category: "Groceries",
        amount: "450.00",
        month: thisMonthIn("Pacific/Kiritimati"),
        rollover: false,
        carried: "0.00",
        available: "450.00",
        spent: "0.00",
        remaining: "450.00",
        percent: 0,
      },
    });
  });

  it("refuses a second budget for the same category with 409 budget_exists", async () => {
    const { client } = await signedInUser();
    await addBudget(client, "Transport", "80");
    const response = await client.post("/api/budgets", { category: "Transport", amount: "90" });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: "budget_exists", status: 409 });
  });

  it("refuses an income category and an unknown one, naming the field", async () => {
    const { client } = await signedInUser();
    expectValidationProblem(await client.post("/api/budgets", { category: "Salary", amount: "10" }), ["category"]);
    expectValidationProblem(await client.post("/api/budgets", { category: "Yachts", amount: "10" }), ["category"]);
    expectValidationProblem(await client.post("/api/budgets", { amount: "10" }), ["category"]);
  });

  it.each([["0"], [0], ["-5"], ["12.345"], [12.345], ["1000000000"], ["ten"], [null], [""]])(
    "refuses the amount %j",
    async (amount) => {
      const { client } = await signedInUser();
      expectValidationProblem(await client.post("/api/budgets", { category: "Health", amount }), ["amount"]);
    },
  );

  it("accepts the largest amount and reports unknown fields under their own name", async () => {
    const { client } = await signedInUser();
    const largest = await client.post("/api/budgets", { category: "Housing", amount: "999999999.99" });
    expect(largest.status).toBe(201);
    expect(largest.body.budget.amount).toBe("999999999.99");
    expectValidationProblem(await client.post("/api/budgets", { category: "Travel", amount: "5", month: "2026-01" }), ["month"]);
  });

  it("answers 400 invalid_json and 415 for bodies it can't read", async () => {
    const { client } = await signedInUser();
    const broken = await client.request("POST", "/api/budgets", { raw: { body: "{", contentType: "application/json" } });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe("invalid_json");
    const text = await client.request("POST", "/api/budgets", { raw: { body: "amount=5", contentType: "text/plain" } });
    expect(text.status).toBe(415);
  });
});

describe("PUT /api/budgets/{id}", () => {
  it("replaces the amount and answers with this month's figures", async () => {
    const { client } = await signedInUser();
    const budget = await addBudget(client, "Shopping", "100");
    const response = await client.put(`/api/budgets/${budget.id}`, { amount: "120.5" });
    expect(response.status).toBe(200);
    expect(response.body.budget).toMatchObject({ id: budget.id, category: "Shopping", amount: "120.50", remaining: "120.50" });
  });

  it("refuses a category in the body: the amount is the only editable field", async () => {
    const { client } = await signedInUser();
    const budget = await addBudget(client, "Education", "100");
    expectValidationProblem(await client.put(`/api/budgets/${budget.id}`, { amount: "10", category: "Travel" }), ["category"]);
    expectValidationProblem(await client.put(`/api/budgets/${budget.id}`, {}), ["amount"]);
    expectValidationProblem(await client.put(`/api/budgets/${budget.id}`, { amount: "0.001" }), ["amount"]);
    const list = await client.get("/api/budgets");
    expect(list.body.items).toEqual([expect.objectContaining({ category: "Education", amount: "100.00" })]);
  });

  it("answers 404 for unknown and malformed ids", async () => {
    const { client } = await signedInUser();
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await client.put(`/api/budgets/${id}`, { amount: "10" });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe("not_found");
    }
  });
});

describe("DELETE /api/budgets/{id}", () => {
  it("deletes, then answers 404", async () => {
    const { client } = await signedInUser();
    const budget = await addBudget(client, "Gifts & Donations", "60");
    expect((await client.delete(`/api/budgets/${budget.id}`)).status).toBe(204);
    expect((await client.delete(`/api/budgets/${budget.id}`)).status).toBe(404);
    expect((await client.get("/api/budgets")).body.items).toEqual([]);
    // The category is free again.
    await addBudget(client, "Gifts & Donations", "70");
  });
});

describe("GET /api/budgets", () => {
  it("lists every budget by category with the month and the totals", async () => {
    const { client } = await signedInUser();
    await addBudget(client, "Utilities", "120.10");
    await addBudget(client, "Entertainment", "50.25");
    const response = await client.get("/api/budgets?month=2025-02");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      month: "2025-02",
      items: [
        { id: expect.any(String), category: "Entertainment", amount: "50.25", month: "2025-02", rollover: false, carried: "0.00", available: "50.25", spent: "0.00", remaining: "50.25", percent: 0 },
        { id: expect.any(String), category: "Utilities", amount: "120.10", month: "2025-02", rollover: false, carried: "0.00", available: "120.10", spent: "0.00", remaining: "120.10", percent: 0 },
      ],
      totals: { amount: "170.35", spent: "0.00", available: "170.35" },
    });
  });

  it("defaults to this month in the user's time zone", async () => {
    const { client } = await signedInUser({ timezone: "Pacific/Pago_Pago" });
    const response = await client.get("/api/budgets");
    expect(response.body).toEqual({ month: thisMonthIn("Pacific/Pago_Pago"), items: [], totals: { amount: "0.00", spent: "0.00", available: "0.00" } });
  });

  it.each(["2025-13", "2025-1", "25-01", "2025-01-01", "0000-01", "", "next"])("refuses month=%j", async (month) => {
    const { client } = await signedInUser();
    expectValidationProblem(await client.get(`/api/budgets?month=${encodeURIComponent(month)}`), ["month"]);
  });
});

describe("access", () => {
  it("keeps each user's budgets to themselves", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    const budget = await addBudget(owner.client, "Personal Care", "40");

    expect((await other.client.get("/api/budgets")).body.items).toEqual([]);
    expect((await other.client.put(`/api/budgets/${budget.id}`, { amount: "1" })).status).toBe(404);
    expect((await other.client.delete(`/api/budgets/${budget.id}`)).status).toBe(404);
    // The same category is free for another user: unique per user, not globally.
    await addBudget(other.client, "Personal Care", "45");

    const mine = await owner.client.get("/api/budgets");
    expect(mine.body.items).toEqual([expect.objectContaining({ id: budget.id, amount: "40.00" })]);
  });

  it("requires a session (401) and answers 405 with Allow for other methods, before the session", async () => {
    const anonymous = new ApiClient();
    expect((await anonymous.get("/api/budgets")).status).toBe(401);
    expect((await anonymous.post("/api/budgets", { category: "Groceries", amount: "1" })).status).toBe(401);
    expect((await anonymous.put("/api/budgets/00000000-0000-4000-8000-000000000000", { amount: "1" })).status).toBe(401);

    const item = await anonymous.get("/api/budgets/00000000-0000-4000-8000-000000000000");
    expect(item.status).toBe(405);
    expect(item.body.code).toBe("method_not_allowed");
    expect(item.headers.get("allow")).toBe("PUT, DELETE");
    const collection = await anonymous.delete("/api/budgets");
    expect(collection.status).toBe(405);
    expect(collection.headers.get("allow")).toBe("GET, POST");
  });

  it("refuses a cross-site write (403 forbidden_origin)", async () => {
    const { client } = await signedInUser();
    const response = await client.post("/api/budgets", { category: "Groceries", amount: "5" }, { headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe("forbidden_origin");
  });
});

describe("OpenAPI", () => {
  it("describes every budget endpoint with its schemas and error codes", async () => {
    const doc = (await new ApiClient().get("/api/openapi.json")).body;
    const collection = doc.paths["/api/budgets"];
    const item = doc.paths["/api/budgets/{id}"];
    expect(Object.keys(collection).sort()).toEqual(["get", "post"]);
    expect(Object.keys(item).sort()).toEqual(["delete", "put"]);
    expect(collection.get.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: "month", in: "query" })]));
    expect(collection.get.responses["200"].content["application/json"].schema).toBeDefined();
    expect(collection.get.responses["503"].description).toMatch(/unavailable/);
    expect(collection.post.requestBody.content["application/json"].schema).toBeDefined();
    expect(collection.post.responses["409"].description).toMatch(/budget_exists/);
    expect(item.put.responses["404"].description).toMatch(/not_found/);
    expect(item.delete.responses["204"]).toBeDefined();
    expect(doc.components.schemas.Budget.required).toEqual(
      expect.arrayContaining(["id", "category", "amount", "month", "spent", "remaining", "percent"]),
    );
  });
});
