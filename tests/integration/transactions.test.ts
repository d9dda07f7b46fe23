// POST/GET/PUT/PATCH/DELETE /api/transactions[/{id}] against the running app (API.md, Transaction module).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@/lib/clock";
import { ApiClient } from "../helpers/api-client";
import { createTransaction, invalidPaths } from "../helpers/transactions";
import { signedInUser, type SignedInUser } from "../helpers/users";

// Setting a category by hand teaches the detector for this user (API.md), so
// each test that does so uses a merchant no other test of this user relies on.
let owner: SignedInUser;

beforeAll(async () => {
  // A zone far from UTC, so "today" is visibly the user's, not the server's.
  owner = await signedInUser({ timezone: "Pacific/Kiritimati" });
});

const TRANSACTION_KEYS = ["amount", "category", "categorySource", "comment", "createdAt", "date", "id", "note", "recurringId", "type", "updatedAt"];

describe("POST /api/transactions", () => {
  it("records an expense, detects its category and dates it today in the user's time zone", async () => {
    const before = todayIn("Pacific/Kiritimati");
    const response = await owner.client.post("/api/transactions", { amount: "12.5", type: "expense", note: "Starbucks latte" });
    const after = todayIn("Pacific/Kiritimati");

    expect(response.status).toBe(201);
    const { transaction } = response.body;
    expect(Object.keys(transaction).sort()).toEqual(TRANSACTION_KEYS);
    expect(transaction).toMatchObject({
      type: "expense",
      amount: "12.50",
      category: "Food & Dining",
      categorySource: "auto",
      note: "Starbucks latte",
      comment: "",
    });
    expect([before, after]).toContain(transaction.date);
    expect(transaction.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(transaction.createdAt).toISOString()).toBe(transaction.createdAt);
  });

  it("takes a JSON number as an exact amount, and a given category as manual", async () => {
    const transaction = await createTransaction(owner.client, {
      amount: 1234.5,
      type: "income",
      date: "2026-01-31",
      note: "ACME payroll",
      comment: "January",
      category: "Freelance",
    });
    expect(transaction).toMatchObject({
      amount: "1234.50",
      type: "income",
      date: "2026-01-31",
      category: "Freelance",
      categorySource: "manual",
      comment: "January",
    });
  });

  it("detects from the comment when the note says nothing recognisable", async () => {
    const transaction = await createTransaction(owner.client, { note: "see below", comment: "paid the electricity bill" });
    expect(transaction).toMatchObject({ category: "Utilities", categorySource: "auto" });
  });

  it("falls back to Other / Other Income", async () => {
    expect((await createTransaction(owner.client, { type: "expense" })).category).toBe("Other");
    expect((await createTransaction(owner.client, { type: "income", note: "zzz" })).category).toBe("Other Income");
  });

  const formFields = { amount: "7.25", type: "expense", date: "2026-03-01", note: "Uber trip", comment: "late", category: "" };

  it.each([
    ["application/x-www-form-urlencoded", { form: formFields }],
    ["multipart/form-data", { multipart: formFields }],
  ])("accepts %s with the same fields", async (_, body) => {
    const response = await owner.client.post("/api/transactions", undefined, body);
    expect(response.status, response.text).toBe(201);
    expect(response.body.transaction).toMatchObject({
      amount: "7.25",
      type: "expense",
      date: "2026-03-01",
      note: "Uber trip",
      comment: "late",
      category: "Transport",
      categorySource: "auto",
    });
  });

  it.each([
    ["urlencoded", { form: { amount: "0", type: "expense" } }, ["amount"]],
    ["multipart", { multipart: { amount: "5", type: "expense", date: "2026-02-30" } }, ["date"]],
    ["urlencoded", { form: { amount: "5", type: "expense", extra: "x" } }, ["extra"]],
  ])("validates a %s body like JSON", async (_, body, paths) => {
    expect(invalidPaths(await owner.client.post("/api/transactions", undefined, body))).toEqual(paths);
  });

  it.each([
    ["amount 0", { amount: "0" }, "amount"],
    ["a negative amount", { amount: "-3.00" }, "amount"],
    ["a negative number", { amount: -3 }, "amount"],
    ["three decimals", { amount: "1.234" }, "amount"],
    ["an amount over 999999999.99", { amount: "1000000000" }, "amount"],
    ["an amount that is not a number", { amount: "ten" }, "amount"],
    ["a bad type", { type: "transfer" }, "type"],
    ["a date that does not exist", { date: "2026-02-30" }, "date"],
    ["a date in another format", { date: "31/01/2026" }, "date"],
    ["a note over 200 characters", { note: "n".repeat(201) }, "note"],
    ["a comment over 2000 characters", { comment: "c".repeat(2001) }, "comment"],
    ["an unknown field", { currency: "EUR" }, "currency"],
    ["an unknown category", { category: "Pets" }, "category"],
    ["an expense category on an income", { type: "income", category: "Groceries" }, "category"],
    ["an income category on an expense", { type: "expense", category: "Salary" }, "category"],
  ])("answers 400 naming the field for %s", async (_, change, path) => {
    const response = await owner.client.post("/api/transactions", { amount: "5.00", type: "expense", ...change });
    expect(invalidPaths(response)).toEqual([path]);
    expect(response.body.errors[0].message).toEqual(expect.any(String));
  });

  it("names every missing required field", async () => {
    expect(invalidPaths(await owner.client.post("/api/transactions", {}))).toEqual(["amount", "type"]);
  });

  it("accepts the largest amount and notes of exactly the maximum length", async () => {
    const transaction = await createTransaction(owner.client, {
      amount: "999999999.99",
      note: "n".repeat(200),
      comment: "c".repeat(2000),
    });
    expect(transaction.amount).toBe("999999999.99");
  });

  it("refuses malformed JSON and other content types", async () => {
    const malformed = await owner.client.post("/api/transactions", undefined, {
      raw: { body: "{amount:", contentType: "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe("invalid_json");
    const text = await owner.client.post("/api/transactions", undefined, { raw: { body: "amount=5", contentType: "text/plain" } });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe("unsupported_media_type");
  });
});

describe("GET /api/transactions/{id}", () => {
  it("answers the transaction, wrapped", async () => {
    const created = await createTransaction(owner.client, { note: "Lidl" });
    const response = await owner.client.get(`/api/transactions/${created.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ transaction: created });
  });

  it.each([
    ["an unknown id", randomUUID()],
    ["an id that is not a UUID", "not-a-uuid"],
    ["a numeric id", "42"],
  ])("answers 404 for %s", async (_, id) => {
    const response = await owner.client.get(`/api/transactions/${id}`);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe("not_found");
  });
});

describe("PUT /api/transactions/{id}", () => {
  it("replaces the fields, clears a missing note and comment and detects the category again", async () => {
    const created = await createTransaction(owner.client, { note: "Aldi", comment: "weekly", category: "Shopping" });
    const response = await owner.client.put(`/api/transactions/${created.id}`, {
      amount: "3000",
      type: "income",
      date: "2026-02-27",
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.transaction).toEqual({
      ...created,
      amount: "3000.00",
      type: "income",
      date: "2026-02-27",
      note: "",
      comment: "",
      category: "Other Income",
      categorySource: "auto",
      updatedAt: expect.any(String),
    });
    expect(response.body.transaction.updatedAt > created.updatedAt).toBe(true);
    expect((await owner.client.get(`/api/transactions/${created.id}`)).body.transaction).toEqual(response.body.transaction);
  });

  it("keeps a category given by hand", async () => {
    const created = await createTransaction(owner.client, { note: "Netflix" });
    const response = await owner.client.put(`/api/transactions/${created.id}`, {
      amount: "15.99",
      type: "expense",
      date: "2026-02-01",
      note: "Netflix",
      category: "Entertainment",
    });
    expect(response.body.transaction).toMatchObject({ category: "Entertainment", categorySource: "manual" });
  });

  it("requires amount, type and date: no defaults are filled in", async () => {
    const created = await createTransaction(owner.client);
    expect(invalidPaths(await owner.client.put(`/api/transactions/${created.id}`, { note: "x" }))).toEqual(["amount", "date", "type"]);
  });

  it("validates like create", async () => {
    const created = await createTransaction(owner.client);
    const put = (change: object) =>
      owner.client.put(`/api/transactions/${created.id}`, { amount: "1", type: "expense", date: "2026-01-01", ...change });
    expect(invalidPaths(await put({ amount: "0.001" }))).toEqual(["amount"]);
    expect(invalidPaths(await put({ type: "income", category: "Travel" }))).toEqual(["category"]);
    expect(invalidPaths(await put({ id: created.id }))).toEqual(["id"]);
  });

  it("answers 404 for an unknown id", async () => {
    const response = await owner.client.put(`/api/transactions/${randomUUID()}`, { amount: "1", type: "expense", date: "2026-01-01" });
    expect(response.status).toBe(404);
  });
});

describe("PATCH /api/transactions/{id}", () => {
  it("changes only the fields given", async () => {
    const created = await createTransaction(owner.client, { note: "Tesco", comment: "weekly", date: "2026-01-05" });
    const response = await owner.client.patch(`/api/transactions/${created.id}`, { amount: "42" });
    expect(response.status, response.text).toBe(200);
    expect(response.body.transaction).toEqual({ ...created, amount: "42.00", updatedAt: expect.any(String) });
  });

  it("detects an auto category again when the note changes", async () => {
    const created = await createTransaction(owner.client, { note: "Tesco" });
    expect(created.category).toBe("Groceries");
    const response = await owner.client.patch(`/api/transactions/${created.id}`, { note: "Uber to work" });
    expect(response.body.transaction).toMatchObject({ note: "Uber to work", category: "Transport", categorySource: "auto" });
  });

  it("detects an auto category again when the type changes", async () => {
    const created = await createTransaction(owner.client, { note: "refund from Amazon" });
    const response = await owner.client.patch(`/api/transactions/${created.id}`, { type: "income" });
    expect(response.body.transaction).toMatchObject({ type: "income", category: "Refunds", categorySource: "auto" });
  });

  it("keeps a manual category when the note changes, and returns to detection with category null", async () => {
    const created = await createTransaction(owner.client, { note: "Waitrose", category: "Shopping" });
    const kept = await owner.client.patch(`/api/transactions/${created.id}`, { note: "Uber" });
    expect(kept.body.transaction).toMatchObject({ category: "Shopping", categorySource: "manual" });
    const detected = await owner.client.patch(`/api/transactions/${created.id}`, { category: null });
    expect(detected.body.transaction).toMatchObject({ category: "Transport", categorySource: "auto" });
  });

  it("sets a category by hand", async () => {
    const created = await createTransaction(owner.client, { note: "Costa coffee" });
    const response = await owner.client.patch(`/api/transactions/${created.id}`, { category: "Entertainment" });
    expect(response.body.transaction).toMatchObject({ category: "Entertainment", categorySource: "manual" });
  });

  it("checks the category against the type the transaction will have", async () => {
    const created = await createTransaction(owner.client, { note: "Tesco" });
    expect(invalidPaths(await owner.client.patch(`/api/transactions/${created.id}`, { category: "Salary" }))).toEqual(["category"]);
    expect(invalidPaths(await owner.client.patch(`/api/transactions/${created.id}`, { type: "income", category: "Groceries" }))).toEqual([
      "category",
    ]);
  });

  it.each([
    [{ amount: "0" }, "amount"],
    [{ amount: "-1" }, "amount"],
    [{ date: "2026-13-01" }, "date"],
    [{ type: "other" }, "type"],
    [{ note: "n".repeat(201) }, "note"],
    [{ createdAt: "2020-01-01T00:00:00Z" }, "createdAt"],
    [{ category: "Pets" }, "category"],
  ])("answers 400 for %j", async (body, path) => {
    const created = await createTransaction(owner.client);
    expect(invalidPaths(await owner.client.patch(`/api/transactions/${created.id}`, body))).toEqual([path]);
  });

  it("answers 404 for an unknown id", async () => {
    expect((await owner.client.patch(`/api/transactions/${randomUUID()}`, { amount: "1" })).status).toBe(404);
    expect((await owner.client.patch("/api/transactions/nope", { amount: "1" })).status).toBe(404);
  });
});

describe("DELETE /api/transactions/{id}", () => {
  it("deletes, after which the id is unknown", async () => {
    const created = await createTransaction(owner.client);
    const response = await owner.client.delete(`/api/transactions/${created.id}`);
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect((await owner.client.get(`/api/transactions/${created.id}`)).status).toBe(404);
    expect((await owner.client.delete(`/api/transactions/${created.id}`)).status).toBe(404);
  });

  it("answers 404 for an id that is not a UUID", async () => {
    expect((await owner.client.delete("/api/transactions/1")).status).toBe(404);
  });
});

describe("the transaction routes", () => {
  it.each([
    ["PUT", "/api/transactions", "GET, POST"],
    ["DELETE", "/api/transactions", "GET, POST"],
    ["POST", `/api/transactions/${randomUUID()}`, "GET, PUT, PATCH, DELETE"],
    ["POST", "/api/transactions/summary", "GET"],
    ["PUT", "/api/categories", "GET, POST"],
    ["GET", `/api/categories/${randomUUID()}`, "PATCH, DELETE"],
    ["DELETE", "/api/categories/detect", "GET"],
  ])("answer %s %s with 405 and Allow, before the session check", async (method, path, allow) => {
    const response = await new ApiClient().request(method, path);
    expect(response.status).toBe(405);
    expect(response.body.code).toBe("method_not_allowed");
    expect(response.headers.get("allow")).toBe(allow);
  });

  it.each([
    ["GET", "/api/transactions"],
    ["POST", "/api/transactions"],
    ["GET", "/api/transactions/summary"],
    ["GET", `/api/transactions/${randomUUID()}`],
    ["PUT", `/api/transactions/${randomUUID()}`],
    ["PATCH", `/api/transactions/${randomUUID()}`],
    ["DELETE", `/api/transactions/${randomUUID()}`],
    ["GET", "/api/categories"],
    ["GET", "/api/categories/detect?text=coffee"],
  ])("require a session: %s %s is 401 without one", async (method, path) => {
    const response = await new ApiClient().request(method, path, method === "GET" || method === "DELETE" ? {} : { json: {} });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe("unauthenticated");
  });

  it("count created transactions for Prometheus", async () => {
    const metric = async () => {
      const text = (await new ApiClient().get("/api/metrics")).text;
      return Number(/^ledgerly_transactions_created_total (\d+)/m.exec(text)?.[1] ?? Number.NaN);
    };
    const before = await metric();
    await createTransaction(owner.client);
    expect(await metric()).toBeGreaterThanOrEqual(before + 1);
  });
});
