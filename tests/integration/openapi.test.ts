// Issue 14: a real client works from /api/openapi.json. The document lints
// clean with Redocly, every operation has an operationId, bearer auth is
// documented, the committed types (openapi/ledgerly.d.ts) are the document's,
// and a script typed by them (openapi-fetch) works with a personal access token.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { paths } from "../../openapi/ledgerly";
import { openApiTypes } from "../../scripts/lib/openapi-types";
import { ApiClient } from "../helpers/api-client";
import { appUrl } from "../helpers/app-url";
import { signedInUser } from "../helpers/users";

const root = path.resolve(import.meta.dirname, "../..");
type Operation = { operationId?: string; security?: Array<Record<string, string[]>> };
let document: { paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, { type: string; scheme?: string }> } };
let scratch: string;

beforeAll(async () => {
  document = (await new ApiClient().get("/api/openapi.json")).body;
  scratch = await mkdtemp(path.join(tmpdir(), "ledgerly-openapi-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const operations = () => Object.entries(document.paths).flatMap(([route, methods]) => Object.entries(methods).map(([method, op]) => ({ route, method, op })));

describe("/api/openapi.json", () => {
  it("lints clean with Redocly's recommended rules (redocly.yaml), no warnings", async () => {
    const file = path.join(scratch, "openapi.json");
    await writeFile(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(path.join(root, "node_modules/.bin/redocly"), ["lint", file, "--config", path.join(root, "redocly.yaml"), "--format", "json"], { cwd: root }).catch((error) => error);
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string }> };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("gives every operation a unique operationId", () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents bearer tokens next to the cookie, and which operations take only the cookie", () => {
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey" });
    const securityOf = (route: string, method: string) => document.paths[route]![method]!.security;
    expect(securityOf("/api/transactions", "get")).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
    expect(securityOf("/api/tokens", "post")).toEqual([{ sessionCookie: [] }]);
    expect(securityOf("/api/users/me/password", "post")).toEqual([{ sessionCookie: [] }]);
    expect(securityOf("/api/auth/login", "post")).toEqual([]);
  });

  it("matches the committed types in openapi/ledgerly.d.ts (npm run openapi:types)", async () => {
    expect(await openApiTypes(document)).toBe(await readFile(path.join(root, "openapi/ledgerly.d.ts"), "utf8"));
  });
});

describe("a script typed by the document (openapi-fetch) with a personal access token", () => {
  it("creates, lists and summarises transactions, and is refused what a token may not do", async () => {
    const { client: browser } = await signedInUser({ currency: "EUR" });
    const made = await browser.post("/api/tokens", { name: "typed script", scope: "write" });
    expect(made.status, made.text).toBe(201);
    const api = createClient<paths>({ baseUrl: appUrl(), headers: { Authorization: `Bearer ${made.body.secret}` } });

    const created = await api.POST("/api/transactions", { body: { amount: "12.30", type: "expense", note: "train ticket", date: "2026-11-03" } });
    expect(created.response.status).toBe(201);
    expect(created.data?.transaction).toMatchObject({ amount: "12.30", category: "Transport" });

    const listed = await api.GET("/api/transactions", { params: { query: { from: "2026-11-01", to: "2026-11-30" } } });
    expect(listed.data?.items.map((t) => t.note)).toEqual(["train ticket"]);

    const summary = await api.GET("/api/transactions/summary", { params: { query: { from: "2026-11-01", to: "2026-11-30" } } });
    expect(summary.data).toMatchObject({ expense: "12.30", income: "0.00" });

    const refused = await api.GET("/api/tokens");
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ code: "insufficient_scope" });
  });
});
