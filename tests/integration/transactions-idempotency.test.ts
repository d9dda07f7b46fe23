// Idempotency-Key on POST /api/transactions (API.md; SECURITY.md, Money and data integrity).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { invalidPaths } from "../helpers/transactions";
import { signedInUser } from "../helpers/users";

const body = { amount: "25.00", type: "expense", note: "Tesco", date: "2026-02-14" };
const withKey = (key: string) => ({ headers: { "idempotency-key": key } });

describe("Idempotency-Key", () => {
  it("replays the first status and body for a retry, creating nothing", async () => {
    const { client } = await signedInUser();
    const key = randomUUID();
    const first = await client.post("/api/transactions", body, withKey(key));
    const retry = await client.post("/api/transactions", body, withKey(key));
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await client.get("/api/transactions")).body.items).toHaveLength(1);
  });

  it("replays a retry that says the same thing differently (a number, a form)", async () => {
    const { client } = await signedInUser();
    const key = randomUUID();
    const first = await client.post("/api/transactions", { ...body, amount: 25 }, withKey(key));
    const asForm = await client.post("/api/transactions", undefined, { form: body, ...withKey(key) });
    expect(asForm.status).toBe(201);
    expect(asForm.body).toEqual(first.body);
    expect((await client.get("/api/transactions")).body.items).toHaveLength(1);
  });

  it("still replays after the transaction was deleted", async () => {
    const { client } = await signedInUser();
    const key = randomUUID();
    const first = await client.post("/api/transactions", body, withKey(key));
    await client.delete(`/api/transactions/${first.body.transaction.id}`);
    const retry = await client.post("/api/transactions", body, withKey(key));
    expect(retry.body).toEqual(first.body);
    expect((await client.get("/api/transactions")).body.items).toHaveLength(0);
  });

  it("answers 409 idempotency_conflict for the same key with another body", async () => {
    const { client } = await signedInUser();
    const key = randomUUID();
    await client.post("/api/transactions", body, withKey(key));
    const conflict = await client.post("/api/transactions", { ...body, amount: "26.00" }, withKey(key));
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(conflict.body.code).toBe("idempotency_conflict");
    expect((await client.get("/api/transactions")).body.items).toHaveLength(1);
  });

  it("creates exactly one transaction from concurrent retries", async () => {
    const { client } = await signedInUser();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => client.post("/api/transactions", body, withKey(key))));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.body.transaction.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(9);
    expect((await client.get("/api/transactions")).body.items).toHaveLength(1);
  });

  it("keeps keys per user", async () => {
    const [alice, bob] = await Promise.all([signedInUser(), signedInUser()]);
    const key = randomUUID();
    const forAlice = await alice.client.post("/api/transactions", body, withKey(key));
    const forBob = await bob.client.post("/api/transactions", { ...body, amount: "99.00" }, withKey(key));
    expect(forBob.status).toBe(201);
    expect(forBob.body.transaction.id).not.toBe(forAlice.body.transaction.id);
    expect(forBob.body.transaction.amount).toBe("99.00");
  });

  it("creates a new transaction for each request without a key", async () => {
    const { client } = await signedInUser();
    await client.post("/api/transactions", body);
    await client.post("/api/transactions", body);
    expect((await client.get("/api/transactions")).body.items).toHaveLength(2);
  });

  it("refuses a key that is too long, naming the header", async () => {
    const { client } = await signedInUser();
    expect(invalidPaths(await client.post("/api/transactions", body, withKey("k".repeat(256))))).toEqual(["Idempotency-Key"]);
  });

  it("stores nothing for an invalid body, so the key stays usable", async () => {
    const { client } = await signedInUser();
    const key = randomUUID();
    expect((await client.post("/api/transactions", { ...body, amount: "0" }, withKey(key))).status).toBe(400);
    expect((await client.post("/api/transactions", body, withKey(key))).status).toBe(201);
  });
});
