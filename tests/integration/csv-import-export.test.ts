// API.md, "Export and import", against the running app with real-world file
// shapes (modules/transaction/csv/fixtures) and a Ledgerly export round trip.
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../helpers/api-client";
import { createTransaction } from "../helpers/transactions";
import { signedInUser } from "../helpers/users";

const fixture = (name: string) => readFile(path.resolve(import.meta.dirname, "../../modules/transaction/csv/fixtures", name));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
afterAll(() => pool.end());

async function upload(client: ApiClient, bytes: Uint8Array, name = "statement.csv") {
  const response = await client.request("POST", "/api/imports", { multipart: { file: new File([new Uint8Array(bytes)], name, { type: "text/csv" }) } });
  expect(response.status, response.text).toBe(201);
  return response.body.import;
}

async function commit(client: ApiClient, id: string, body: Record<string, unknown> = {}) {
  const response = await client.post(`/api/imports/${id}/commit`, body);
  expect(response.status, response.text).toBe(200);
  return response.body as { created: number; duplicatesSkipped: number; invalid: Array<{ row: number; errors: unknown[] }> };
}

describe("POST /api/imports", () => {
  it("reads a US bank: MM/DD/YYYY, signed amounts, quotes and commas", async () => {
    const { client } = await signedInUser();
    const preview = await upload(client, await fixture("us-bank.csv"));
    expect(preview).toMatchObject({ status: "preview", detected: { delimiter: ",", decimalSeparator: ".", dateFormat: "MM/DD/YYYY", header: true } });
    expect(preview.preview[0]).toMatchObject({ row: 2, date: "2026-12-01", type: "expense", amount: "4.50", category: "Food & Dining", categorySource: "auto", duplicate: false, errors: [] });
    expect(preview.preview[1]).toMatchObject({ date: "2026-12-01", type: "income", amount: "3200.00" });
    expect(preview.preview.find((r: { amount: string }) => r.amount === "1450.00")).toMatchObject({ category: "Housing" });
  });

  it("reads a UK bank: DD/MM/YYYY with paid in and paid out columns", async () => {
    const { client } = await signedInUser();
    const preview = await upload(client, await fixture("uk-bank.csv"));
    expect(preview.detected).toMatchObject({ dateFormat: "DD/MM/YYYY", columns: { debit: "Paid out", credit: "Paid in" } });
    expect(preview.preview[0]).toMatchObject({ date: "2026-12-01", type: "expense", amount: "23.45", category: "Groceries" });
    expect(preview.preview[1]).toMatchObject({ type: "income", amount: "450.00" });
  });

  it("reads a German bank in Windows-1252: semicolons, 1.234,56 and DD.MM.YYYY", async () => {
    const { client } = await signedInUser();
    const preview = await upload(client, await fixture("german-bank.csv"));
    expect(preview.detected).toMatchObject({ delimiter: ";", decimalSeparator: ",", dateFormat: "DD.MM.YYYY" });
    expect(preview.preview[0]).toMatchObject({ date: "2026-12-01", type: "expense", amount: "54.30", category: "Groceries" });
    expect(preview.preview.some((r: { note: string }) => /Bäckerei|Brötchen/.test(r.note))).toBe(true);
    expect(preview.preview.find((r: { amount: string }) => r.amount === "3250.00")).toMatchObject({ type: "income" });
  });

  it("reads an Indian bank: DD-MM-YYYY, withdrawal and deposit columns, UPI narrations", async () => {
    const { client } = await signedInUser();
    const preview = await upload(client, await fixture("indian-bank-hdfc.csv"));
    expect(preview.detected.dateFormat).toBe("DD-MM-YYYY");
    expect(preview.preview[0]).toMatchObject({ date: "2026-12-01", type: "expense", amount: "450.00", category: "Food & Dining" });
    expect(preview.preview[1]).toMatchObject({ type: "income", amount: "125000.00", category: "Salary" });
  });

  it("takes the body as text/csv too, and refuses an empty or oversized file", async () => {
    const { client } = await signedInUser();
    const body = "date,type,amount,note\n2026-11-02,expense,3.20,coffee\n";
    const direct = await client.request("POST", "/api/imports", { raw: { body, contentType: "text/csv" } });
    expect(direct.status).toBe(201);
    expect(direct.body.import.rows).toBe(1);
    expect((await client.request("POST", "/api/imports", { raw: { body: "", contentType: "text/csv" } })).status).toBe(400);
    const big = await client.request("POST", "/api/imports", { raw: { body: "x".repeat(10 * 1024 * 1024 + 1), contentType: "text/csv" } });
    expect(big.status).toBe(413);
    expect((await client.request("POST", "/api/imports", { raw: { body, contentType: "application/pdf" } })).status).toBe(415);
  });
});

describe("POST /api/imports/{id}/commit", () => {
  it("records every valid row in one go, reports the invalid ones, and refuses a second commit", async () => {
    const { client } = await signedInUser();
    const preview = await upload(client, await fixture("us-bank.csv"));
    const result = await commit(client, preview.id);
    expect(result.created).toBe(preview.rows - preview.invalid);
    expect(result.invalid).toHaveLength(preview.invalid);
    const again = await client.post(`/api/imports/${preview.id}/commit`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("import_committed");
    expect((await client.get(`/api/imports/${preview.id}`)).body.import).toMatchObject({ status: "committed", result });
    // The month's figures reflect them at once.
    const summary = (await client.get("/api/transactions/summary?from=2026-12-01&to=2026-12-31")).body;
    expect(summary.count).toBe(result.created);
  });

  it("adds nothing when the same file comes again, and keeps two equal rows of one file", async () => {
    const { client } = await signedInUser();
    const file = new TextEncoder().encode("date,type,amount,note\n2026-10-01,expense,3.20,coffee\n2026-10-01,expense,3.20,coffee\n2026-10-02,expense,9.99,film\n");
    expect((await commit(client, (await upload(client, file)).id)).created).toBe(3);
    const second = await upload(client, file);
    expect(second.duplicates).toBe(3);
    expect(await commit(client, second.id)).toMatchObject({ created: 0, duplicatesSkipped: 3 });
  });

  it("asks for the date format when the dates fit several, and takes overrides", async () => {
    const { client } = await signedInUser();
    const file = new TextEncoder().encode("Date;Amount;Text\n01/02/2026;-10,00;Tesco\n03/04/2026;-5,50;Uber\n");
    const preview = await upload(client, file);
    expect(preview.detected.dateFormat).toBeNull();
    expect(preview.dateFormatCandidates).toEqual(expect.arrayContaining(["DD/MM/YYYY", "MM/DD/YYYY"]));
    const refused = await client.post(`/api/imports/${preview.id}/commit`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].path).toBe("dateFormat");
    expect((await commit(client, preview.id, { dateFormat: "DD/MM/YYYY" })).created).toBe(2);
    const dates = (await client.get("/api/transactions")).body.items.map((t: { date: string }) => t.date).sort();
    expect(dates).toEqual(["2026-02-01", "2026-04-03"]);
  });

  it("is 404 for another user's import", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    const preview = await upload(owner.client, new TextEncoder().encode("date,type,amount\n2026-01-01,expense,1.00\n"));
    expect((await other.client.get(`/api/imports/${preview.id}`)).status).toBe(404);
    expect((await other.client.post(`/api/imports/${preview.id}/commit`, {})).status).toBe(404);
  });
});

describe("GET /api/transactions/export", () => {
  it("streams every matching row with the filters, guards formulas, and reads back as it was written", async () => {
    const { client } = await signedInUser();
    await createTransaction(client, { amount: "12.50", note: "=HYPERLINK(\"evil\")", comment: "a, \"quoted\"\nline", date: "2026-05-02" });
    await createTransaction(client, { amount: "1200.00", type: "income", note: "salary", category: "Salary", date: "2026-05-01" });
    await createTransaction(client, { amount: "3.00", note: "bus", date: "2025-01-01" });
    const response = await client.get("/api/transactions/export?from=2026-01-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="ledgerly-transactions-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = response.text.split("\r\n");
    expect(lines[0]).toBe("date,type,amount,category,note,comment,id");
    expect(lines[1]).toMatch(/^2026-05-02,expense,12\.50,[^,]+,"'=HYPERLINK\(""evil""\)","a, ""quoted""\nline",/);
    expect(response.text).not.toContain("2025-01-01");

    // Round trip into another account.
    const { client: mover } = await signedInUser();
    const preview = await upload(mover, new TextEncoder().encode(response.text));
    expect(preview.detected).toMatchObject({ delimiter: ",", dateFormat: "YYYY-MM-DD", header: true });
    expect((await commit(mover, preview.id)).created).toBe(2);
    const moved = (await mover.get("/api/transactions")).body.items;
    expect(moved.map((t: { date: string; amount: string; note: string; comment: string; category: string }) => [t.date, t.amount, t.note, t.comment, t.category])).toEqual([
      ["2026-05-02", "12.50", "=HYPERLINK(\"evil\")", "a, \"quoted\"\nline", expect.any(String)],
      ["2026-05-01", "1200.00", "salary", "", "Salary"],
    ]);
  });
});

describe("a large import", () => {
  it("commits 100,000 rows in one transaction (seconds printed)", { timeout: 120_000 }, async () => {
    const { client, user } = await signedInUser();
    const lines = ["date,type,amount,note"];
    for (let i = 0; i < 100_000; i++) lines.push(`2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")},expense,${1 + Math.floor((i % 5000) / 100)}.${String(i % 100).padStart(2, "0")},shop ${i}`);
    const bytes = new TextEncoder().encode(lines.join("\n"));
    const started = performance.now();
    const preview = await upload(client, bytes);
    const previewed = performance.now();
    const result = await commit(client, preview.id);
    const done = performance.now();
    console.log(`import of 100,000 rows (${(bytes.length / 1048576).toFixed(1)} MiB): preview ${((previewed - started) / 1000).toFixed(1)} s, commit ${((done - previewed) / 1000).toFixed(1)} s`);
    expect(result.invalid).toEqual([]);
    expect(result.created).toBe(100_000);
    const { rows } = await pool.query(
      `SELECT (SELECT count(*)::int FROM transactions.transactions WHERE user_id = $1) AS rows,
              (SELECT sum(count)::int FROM transactions.monthly_totals WHERE user_id = $1) AS totalled`,
      [user.id],
    );
    expect(rows[0]).toEqual({ rows: 100_000, totalled: 100_000 });
    await pool.query("DELETE FROM transactions.transactions WHERE user_id = $1", [user.id]);
  });

  it("previews files at the size limit side by side without the server running out of heap", { timeout: 120_000 }, async () => {
    // ~10 MiB each: two at once used to kill a server at its heap cap (package.json's start script).
    const lines = ["date,type,amount,note,comment"];
    for (let i = 0; lines.length < 110_000; i++) lines.push(`2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")},expense,${(i % 900) + 1}.${String(i % 100).padStart(2, "0")},Tesco weekly shop ${i},split with Alex and paid back later ${i}`);
    const bytes = new TextEncoder().encode(lines.join("\n"));
    expect(bytes.length).toBeGreaterThan(9 * 1024 * 1024);
    const users = await Promise.all([1, 2, 3].map(() => signedInUser()));
    const previews = await Promise.all(users.map(({ client }) => upload(client, bytes)));
    expect(previews.map((p) => p.rows)).toEqual([109_999, 109_999, 109_999]);
    expect((await users[0]!.client.get("/api/users/me")).status).toBe(200);
  });
});
