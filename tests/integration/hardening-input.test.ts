// Issue 10, "Every bad input a 4xx" (items 11–16) and item 8 (open
// redirect): one describe per item, against the running app. Requests that
// fetch can't send (malformed escapes, raw bytes in a path) go through
// node:http (tests/helpers/hostile/raw-http.ts).
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeNextPath } from "@/modules/user";
import { ApiClient, type ApiResponse } from "../helpers/api-client";
import { appUrl } from "../helpers/app-url";
import { startLoggingApp, type LoggingApp } from "../helpers/hostile/logging-app";
import { RawClient, headerOf, type RawResponse } from "../helpers/hostile/raw-http";
import { createHzDatabase, instanceEnv, pollUntil, portInRange } from "../helpers/hostile/services";
import { createTransaction } from "../helpers/transactions";
import { signedInUser, type SignedInUser } from "../helpers/users";

const raw = new RawClient({ baseUrl: appUrl(), concurrency: 4 });
afterAll(() => raw.close());

const cookieOf = (client: ApiClient) => [...client.cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/** A request exactly as written (target unescaped), answered or failing the test. */
async function send(method: string, target: string, options: { cookie?: string; headers?: Record<string, string>; json?: unknown } = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  let body: Buffer | undefined;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = Buffer.from(JSON.stringify(options.json));
  }
  const outcome = await raw.send({ method, target, headers, body });
  if (!outcome.response) throw new Error(`${method} ${target}: ${outcome.error}`);
  return outcome.response;
}

type Answer = Pick<RawResponse, "status" | "json" | "text"> & { type: string };
const answerOf = (response: RawResponse | ApiResponse): Answer =>
  "json" in response
    ? { status: response.status, json: response.json, text: response.text, type: headerOf(response, "content-type") ?? "" }
    : { status: response.status, json: response.body, text: response.text, type: response.headers.get("content-type") ?? "" };

/** A problem+json answer with this status and code. */
function expectProblem(response: RawResponse | ApiResponse, status: number, code: string, what = ""): void {
  const answer = answerOf(response);
  const where = `${what} answered ${answer.status} ${answer.type} ${answer.text.slice(0, 300)}`;
  expect(answer.status, where).toBe(status);
  expect(answer.type, where).toMatch(/^application\/problem\+json/);
  expect((answer.json as { code?: string })?.code, where).toBe(code);
}

/** A 400 validation problem whose errors[] names `field`. */
function expectFieldError(response: RawResponse | ApiResponse, field: string, what = ""): void {
  expectProblem(response, 400, "validation_failed", what);
  const paths = ((answerOf(response).json as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
  expect(paths, `${what} errors[].path`).toContain(field);
}

let owner: SignedInUser;
let ownerCookie: string;
let transactionId: string;

beforeAll(async () => {
  owner = await signedInUser();
  ownerCookie = cookieOf(owner.client);
  transactionId = (await createTransaction(owner.client, { note: "coffee", date: "2026-01-15" })).id;
  await createTransaction(owner.client, { note: "lunch", date: "2026-01-14" });
});

// ------------------------------------------------------------------ item 11

const MALFORMED_TARGETS = [
  "/api/transactions/%ZZ",
  "/api/transactions/%C0%AF",
  "/api/transactions/%ED%A0%80",
  "/api/transactions/%E0%A4%A",
  "/api/transactions/%",
  "/api/budgets/%ZZ",
  "/api/%ZZ",
  "/api/%C0%AF/deeper",
  "/api/no-such-thing/%ED%A0%80",
];
// (The same bytes raw on the wire, not %-escaped, never reach the app: node's
// HTTP parser answers them with its own bare 400.)

/** Every `[id]` route of API.md with a valid body where it takes one, so only the id can be wrong. */
const ID_ROUTES: { method: string; path: (id: string) => string; json?: unknown }[] = [
  { method: "GET", path: (id) => `/api/transactions/${id}` },
  { method: "PUT", path: (id) => `/api/transactions/${id}`, json: { amount: "1.00", type: "expense", date: "2026-01-15" } },
  { method: "PATCH", path: (id) => `/api/transactions/${id}`, json: { note: "x" } },
  { method: "DELETE", path: (id) => `/api/transactions/${id}` },
  { method: "PUT", path: (id) => `/api/budgets/${id}`, json: { amount: "10.00" } },
  { method: "DELETE", path: (id) => `/api/budgets/${id}` },
  { method: "GET", path: (id) => `/api/budgets/${id}/history` },
  { method: "PATCH", path: (id) => `/api/categories/${id}`, json: { name: "Renamed" } },
  { method: "DELETE", path: (id) => `/api/categories/${id}` },
  { method: "DELETE", path: (id) => `/api/tokens/${id}` },
  { method: "GET", path: (id) => `/api/recurring/${id}` },
  { method: "PATCH", path: (id) => `/api/recurring/${id}`, json: { note: "x" } },
  { method: "DELETE", path: (id) => `/api/recurring/${id}` },
  { method: "GET", path: (id) => `/api/imports/${id}` },
  { method: "POST", path: (id) => `/api/imports/${id}/commit`, json: {} },
];

const NOT_UUIDS = ["abc", "1", "00000000-0000-0000-0000-00000000000g", `${randomUUID()}x`, randomUUID().replace(/-/g, ""), `{${randomUUID()}}`, "%20", "null"];

describe("11. a malformed path is a logged problem+json 404; an id that isn't a UUID is a 404 on every [id] route", () => {
  for (const target of MALFORMED_TARGETS) {
    it(`answers ${JSON.stringify(target)} with a problem+json 404, signed in and signed out`, async () => {
      for (const method of ["GET", "DELETE"]) {
        expectProblem(await send(method, target, { cookie: ownerCookie }), 404, "not_found", `${method} signed in`);
        expectProblem(await send(method, target), 404, "not_found", `${method} signed out`);
      }
    });
  }

  it("answers a malformed %-escape in a query value with 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["/api/transactions?limit=%ZZ", "limit"],
      ["/api/transactions?from=%C0%AF", "from"],
      ["/api/transactions?type=%ED%A0%80", "type"],
      ["/api/transactions?cursor=%ZZ", "cursor"],
      ["/api/transactions?category=%C0%AF", "category"],
      ["/api/transactions/summary?to=%E0%A4%A", "to"],
      ["/api/budgets?month=%ZZ", "month"],
      ["/api/categories/detect?text=coffee&type=%C0%AF", "type"],
    ];
    for (const [target, field] of cases) expectFieldError(await send("GET", target, { cookie: ownerCookie }), field, target);
  });

  it("reads a malformed escape in free text (q) as text or refuses it as q, never worse", async () => {
    for (const value of ["%ZZ", "%C0%AF", "%ED%A0%80", "%"]) {
      const response = await send("GET", `/api/transactions?q=${value}`, { cookie: ownerCookie });
      if (response.status === 200) continue;
      expectFieldError(response, "q", `q=${value}`);
    }
  });

  for (const route of ID_ROUTES) {
    it(`answers ${route.method} ${route.path("{not a uuid}")} with 404 not_found`, async () => {
      for (const id of NOT_UUIDS) {
        expectProblem(await send(route.method, route.path(id), { cookie: ownerCookie, json: route.json }), 404, "not_found", `id ${JSON.stringify(id)}`);
      }
      // A well-formed id of no row of this user: the same 404.
      expectProblem(await send(route.method, route.path(randomUUID()), { cookie: ownerCookie, json: route.json }), 404, "not_found", "unknown uuid");
    });
  }

  describe("the log", () => {
    let instance: LoggingApp;
    let dataDir = "";
    let dropDatabase = async () => {};

    beforeAll(async () => {
      const [database, port, dir] = await Promise.all([createHzDatabase(), portInRange(4210, 4229), mkdtemp(path.join(tmpdir(), "hz-log-"))]);
      dropDatabase = database.drop;
      dataDir = dir;
      const url = `http://localhost:${port}`;
      instance = await startLoggingApp(instanceEnv({ DATABASE_URL: database.url, DATA_DIR: dataDir, APP_URL: url, LOG_LEVEL: "info" }), port);
    }, 90_000);

    afterAll(async () => {
      await instance?.stop();
      await dropDatabase();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it("has one request line for a malformed path, with its request id and status 404", async () => {
      const logClient = new RawClient({ baseUrl: instance.url });
      try {
        for (const target of ["/api/transactions/%ZZ", "/api/%C0%AF"]) {
          const requestId = `hz-malformed-${randomUUID()}`;
          const outcome = await logClient.send({ method: "GET", target, headers: { "x-request-id": requestId } });
          expect(outcome.response?.status, target).toBe(404);
          const line = await pollUntil(async () => instance.lines.find((l) => l.includes(requestId)), { timeoutMs: 5_000 });
          expect(line.value, `no log line with request id ${requestId} for ${target}`).toBeDefined();
          expect(JSON.parse(line.value!)).toMatchObject({ requestId, status: 404 });
        }
      } finally {
        logClient.close();
      }
    });
  });
});

// ------------------------------------------------------------------ item 12

const BROKEN_COOKIES = [
  "access_token=%ZZ",
  "refresh_token=%ZZ",
  "access_token=%ZZ; refresh_token=%ZZ",
  "access_token=%C0%AF",
  "refresh_token=%ED%A0%80",
  "access_token=%E0%A4%A; refresh_token=%",
];

describe("12. a malformed %-escape in access_token or refresh_token is no credential", () => {
  for (const cookie of BROKEN_COOKIES) {
    it(`treats "${cookie}" as signed out`, async () => {
      const status = await send("GET", "/api/auth/status", { cookie });
      expect(status.status, status.text).toBe(200);
      expect(status.json).toEqual({ authenticated: false });
      for (const target of ["/api/transactions", "/api/users/me", "/api/budgets"]) {
        expectProblem(await send("GET", target, { cookie }), 401, "unauthenticated", target);
      }
      expectProblem(await send("POST", "/api/auth/refresh", { cookie }), 401, "unauthenticated", "refresh");
      expectProblem(await send("POST", "/api/auth/logout", { cookie }), 401, "unauthenticated", "logout");
      const page = await send("GET", "/dashboard", { cookie, headers: { accept: "text/html", "sec-fetch-dest": "document" } });
      expect(page.status, "GET /dashboard").toBe(307);
    });
  }

  it("keeps a working access cookie working next to a broken refresh cookie", async () => {
    const access = owner.client.cookies.get("access_token")!;
    const response = await send("GET", "/api/users/me", { cookie: `access_token=${access}; refresh_token=%ZZ` });
    expect(response.status, response.text).toBe(200);
  });

  it("refreshes with a working refresh cookie next to a broken access cookie", async () => {
    const { client } = await signedInUser();
    const response = await send("POST", "/api/auth/refresh", { cookie: `access_token=%ZZ; refresh_token=${client.cookies.get("refresh_token")!}` });
    expect(response.status, response.text).toBe(200);
  });
});

// ------------------------------------------------------------------ item 13

const NUL = "\u0000";
const withNul = (text: string) => `${text.slice(0, 2)}${NUL}${text.slice(2)}`;
const VALID_CREATE = { amount: "12.50", type: "expense", date: "2026-01-20", note: "coffee beans", comment: "paid by card", category: "Groceries" };
const ENCODINGS = ["json", "form", "multipart"] as const;

function bodyAs(encoding: (typeof ENCODINGS)[number], fields: Record<string, string>) {
  if (encoding === "json") return { json: fields };
  if (encoding === "form") return { form: fields };
  return { multipart: fields };
}

/** 400 naming the field; for PUT and PATCH, whose bodies API.md gives as JSON, a 415 for a form encoding is as good. */
function expectNulRefused(response: ApiResponse, field: string, formsOptional: boolean, what: string): void {
  if (formsOptional && response.status === 415) return expectProblem(response, 415, "unsupported_media_type", what);
  expectFieldError(response, field, what);
}

describe("13. NUL in any text field (JSON, urlencoded, multipart; POST, PUT, PATCH, register, profile) and in q is 400 naming it", () => {
  for (const field of Object.keys(VALID_CREATE)) {
    it(`refuses NUL in ${field} of POST /api/transactions in every encoding, and stores nothing`, async () => {
      const { client } = await signedInUser();
      for (const encoding of ENCODINGS) {
        const fields = { ...VALID_CREATE, [field]: withNul(VALID_CREATE[field as keyof typeof VALID_CREATE]) };
        expectNulRefused(await client.request("POST", "/api/transactions", bodyAs(encoding, fields)), field, false, `POST ${encoding}`);
      }
      const list = await client.get("/api/transactions");
      expect(list.body.items, "a refused request stored a row").toEqual([]);
    });

    it(`refuses NUL in ${field} of PUT and PATCH /api/transactions/{id}`, async () => {
      for (const encoding of ENCODINGS) {
        const put = { ...VALID_CREATE, [field]: withNul(VALID_CREATE[field as keyof typeof VALID_CREATE]) };
        expectNulRefused(await owner.client.request("PUT", `/api/transactions/${transactionId}`, bodyAs(encoding, put)), field, encoding !== "json", `PUT ${encoding}`);
        const patch = { [field]: withNul(VALID_CREATE[field as keyof typeof VALID_CREATE]) };
        expectNulRefused(await owner.client.request("PATCH", `/api/transactions/${transactionId}`, bodyAs(encoding, patch)), field, encoding !== "json", `PATCH ${encoding}`);
      }
    });
  }

  const REGISTER = { email: "nul-check@example.test", password: "violet kettle drums 4711", name: "Ada", timezone: "Europe/Paris", currency: "EUR" };
  for (const field of Object.keys(REGISTER)) {
    it(`refuses NUL in ${field} at registration`, async () => {
      for (const encoding of ENCODINGS) {
        const fields = { ...REGISTER, email: `hz-${randomUUID().slice(0, 8)}@example.test` };
        fields[field as keyof typeof REGISTER] = withNul(fields[field as keyof typeof REGISTER]);
        expectNulRefused(await new ApiClient().request("POST", "/api/auth/register", bodyAs(encoding, fields)), field, encoding !== "json", `register ${encoding}`);
      }
    });
  }

  for (const field of ["name", "timezone", "currency"]) {
    it(`refuses NUL in ${field} of PATCH /api/users/me`, async () => {
      const value = { name: "Ada Lovelace", timezone: "Europe/Paris", currency: "EUR" }[field]!;
      for (const encoding of ENCODINGS) {
        expectNulRefused(await owner.client.request("PATCH", "/api/users/me", bodyAs(encoding, { [field]: withNul(value) })), field, encoding !== "json", `profile ${encoding}`);
      }
    });
  }

  it("refuses NUL in a category's name and keywords", async () => {
    expectFieldError(await owner.client.post("/api/categories", { name: withNul("Pets"), type: "expense" }), "name", "name");
    const keywords = await owner.client.post("/api/categories", { name: "Pets", type: "expense", keywords: [withNul("vet")] });
    expectProblem(keywords, 400, "validation_failed", "keywords");
    const paths: string[] = keywords.body.errors.map((e: { path: string }) => e.path);
    expect(paths.some((p) => p === "keywords" || p.startsWith("keywords.")), `errors[].path ${JSON.stringify(paths)}`).toBe(true);
  });

  for (const path of ["/api/transactions", "/api/transactions/summary"]) {
    it(`refuses NUL in q of GET ${path}`, async () => {
      for (const q of ["%00", "a%00b", "coffee%00"]) expectFieldError(await send("GET", `${path}?q=${q}`, { cookie: ownerCookie }), "q", `q=${q}`);
    });
  }

  it("refuses a body nested deeper than any of ours, or that isn't an object, as 400 on body", async () => {
    const nested = (depth: number) => `{"note":${"[".repeat(depth)}"\\u0000"${"]".repeat(depth)}}`;
    // Deep enough to overflow a recursive walk: a 400 either way (JSON.parse may give up first), never a crash.
    const deepest = await owner.client.request("POST", "/api/transactions", { raw: { body: nested(200_000), contentType: "application/json" } });
    expectProblem(deepest, 400, deepest.body?.code === "invalid_json" ? "invalid_json" : "validation_failed", "200,000 nested arrays");
    for (const [what, raw] of <[string, string][]>[["1,000 nested arrays", nested(1_000)], ["a top-level array", `["a\\u0000"]`], ["a bare string", `"x"`]]) {
      const response = await owner.client.request("POST", "/api/transactions", { raw: { body: raw, contentType: "application/json" } });
      expectProblem(response, 400, "validation_failed", what);
      const paths: string[] = response.body.errors.map((e: { path: string }) => e.path);
      expect(paths.length, what).toBe(1);
      expect(paths[0], what).toMatch(what === "1,000 nested arrays" ? /^note(\.0)+$/ : /^body$/);
    }
    expect((await owner.client.get("/api/transactions")).body.items.filter((t: { note: string }) => t.note.includes("\u0000"))).toEqual([]);
  });
});

// ------------------------------------------------------------------ item 14

const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

describe("14. a cursor that decodes to an impossible date is 400 on cursor", () => {
  const id = randomUUID();
  const IMPOSSIBLE = [
    ["2026-02-30", "2026-01-01T10:00:00.000Z", id],
    ["2026-13-01", "2026-01-01T10:00:00.000Z", id],
    ["2026-00-10", "2026-01-01T10:00:00.000Z", id],
    ["0000-01-01", "2026-01-01T10:00:00.000Z", id],
    ["2026-01-15", "2026-01-01T25:00:00.000Z", id],
    ["2026-01-15", "2026-02-30T10:00:00.000Z", id],
    ["2026-01-15", "0000-01-01T00:00:00.000Z", id],
    ["+275760-09-13", "2026-01-01T10:00:00.000Z", id],
  ];
  const GARBAGE = ["%ZZ", "!!!", "A".repeat(5000), cursorOf(null), cursorOf([1, 2, 3]), cursorOf({ date: "2026-01-15" }), cursorOf(["2026-01-15", "2026-01-01T10:00:00.000Z", "not-a-uuid"])];

  for (const parts of IMPOSSIBLE) {
    it(`refuses a cursor of ${JSON.stringify(parts.slice(0, 2))}`, async () => {
      expectFieldError(await send("GET", `/api/transactions?cursor=${cursorOf(parts)}`, { cookie: ownerCookie }), "cursor");
    });
  }

  it("refuses cursors that decode to garbage or don't decode", async () => {
    for (const cursor of GARBAGE) expectFieldError(await send("GET", `/api/transactions?limit=1&cursor=${cursor}`, { cookie: ownerCookie }), "cursor", cursor.slice(0, 40));
  });

  it("still takes the cursor of a real page", async () => {
    const first = await owner.client.get("/api/transactions?limit=1");
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await owner.client.get(`/api/transactions?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.status, second.text).toBe(200);
    expect(second.body.items).toHaveLength(1);
  });
});

// ------------------------------------------------------------------ item 15

describe("15. signed-out pages behind login answer 307 to /login?next=<path> before any HTML", () => {
  const navigation = { accept: "text/html,application/xhtml+xml", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" };
  const cases = [
    ["/dashboard", ""],
    ["/transactions", ""],
    ["/budgets", ""],
    ["/settings", ""],
    ["/transactions?type=expense&q=coffee", ""],
    ["/dashboard", "access_token=%ZZ"],
    ["/settings", "refresh_token=not-a-token-we-issued"],
  ];
  for (const [page, cookie] of cases) {
    it(`redirects ${page}${cookie ? ` (cookie ${cookie})` : ""}`, async () => {
      const response = await send("GET", page!, { cookie: cookie || undefined, headers: navigation });
      expect(response.status, response.text.slice(0, 200)).toBe(307);
      const location = new URL(headerOf(response, "location") ?? "", appUrl());
      expect(location.origin).toBe(new URL(appUrl()).origin);
      expect(location.pathname).toBe("/login");
      expect(location.searchParams.get("next")).toBe(page);
      expect(response.text, "HTML was streamed with the redirect").not.toMatch(/<(!doctype|html|meta|body)/i);
    });
  }
});

// ------------------------------------------------------------------ item 16

/** API.md's methods of each path, for OPTIONS and 405. */
const PATH_METHODS: [string, string[]][] = [
  ["/api/auth/register", ["POST"]],
  ["/api/auth/login", ["POST"]],
  ["/api/auth/logout", ["POST"]],
  ["/api/auth/refresh", ["POST"]],
  ["/api/auth/verify-email", ["GET"]],
  ["/api/auth/resend-verification", ["POST"]],
  ["/api/auth/status", ["GET"]],
  ["/api/auth/forgot-password", ["POST"]],
  ["/api/auth/reset-password", ["POST"]],
  ["/api/users/me", ["GET", "PATCH", "DELETE"]],
  ["/api/users/me/password", ["POST"]],
  ["/api/tokens", ["GET", "POST"]],
  [`/api/tokens/${randomUUID()}`, ["DELETE"]],
  ["/api/transactions", ["GET", "POST"]],
  [`/api/transactions/${randomUUID()}`, ["GET", "PUT", "PATCH", "DELETE"]],
  ["/api/transactions/summary", ["GET"]],
  ["/api/transactions/export", ["GET"]],
  ["/api/categories", ["GET", "POST"]],
  ["/api/categories/detect", ["GET"]],
  [`/api/categories/${randomUUID()}`, ["PATCH", "DELETE"]],
  ["/api/imports", ["POST"]],
  [`/api/imports/${randomUUID()}`, ["GET"]],
  [`/api/imports/${randomUUID()}/commit`, ["POST"]],
  ["/api/budgets", ["GET", "POST"]],
  [`/api/budgets/${randomUUID()}`, ["PUT", "DELETE"]],
  [`/api/budgets/${randomUUID()}/history`, ["GET"]],
  ["/api/recurring", ["GET", "POST"]],
  ["/api/recurring/upcoming", ["GET"]],
  [`/api/recurring/${randomUUID()}`, ["GET", "PATCH", "DELETE"]],
  ["/api/metrics", ["GET"]],
  ["/api/health", ["GET"]],
  ["/api/health/ready", ["GET"]],
  ["/api/openapi.json", ["GET"]],
];

/** The methods an Allow header lists, without the two every path has implicitly. */
const allowed = (response: RawResponse) =>
  (headerOf(response, "allow") ?? "")
    .split(",")
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m && m !== "OPTIONS" && m !== "HEAD")
    .sort();

describe("16. no-store on authenticated answers, OPTIONS that tells the truth, a favicon", () => {
  it("marks every authenticated API answer Cache-Control: no-store, errors included", async () => {
    const { client } = await signedInUser();
    const created = await client.post("/api/transactions", { amount: "3.00", type: "expense", note: "tea" });
    const id = created.body.transaction?.id ?? randomUUID();
    const answers: [string, ApiResponse][] = [
      ["POST /api/transactions (201)", created],
      ["GET /api/users/me", await client.get("/api/users/me")],
      ["GET /api/auth/status (signed in)", await client.get("/api/auth/status")],
      ["GET /api/transactions", await client.get("/api/transactions")],
      ["GET /api/transactions/{id}", await client.get(`/api/transactions/${id}`)],
      ["PATCH /api/transactions/{id}", await client.patch(`/api/transactions/${id}`, { note: "green tea" })],
      ["GET /api/transactions/summary", await client.get("/api/transactions/summary")],
      ["GET /api/categories", await client.get("/api/categories")],
      ["GET /api/categories/detect", await client.get("/api/categories/detect?text=coffee")],
      ["GET /api/budgets", await client.get("/api/budgets")],
      ["POST /api/budgets", await client.post("/api/budgets", { category: "Transport", amount: "50.00" })],
      ["GET /api/transactions/{unknown} (404)", await client.get(`/api/transactions/${randomUUID()}`)],
      ["POST /api/transactions (400)", await client.post("/api/transactions", {})],
      ["GET /api/transactions?limit=500 (400)", await client.get("/api/transactions?limit=500")],
      ["DELETE /api/transactions/{id} (204)", await client.delete(`/api/transactions/${id}`)],
      ["POST /api/auth/refresh", await client.post("/api/auth/refresh")],
      ["POST /api/auth/login", await new ApiClient().post("/api/auth/login", { email: owner.email, password: owner.password })],
    ];
    const missing = answers.filter(([, r]) => !/\bno-store\b/.test(r.headers.get("cache-control") ?? "")).map(([what, r]) => `${what} → ${r.status} Cache-Control: ${r.headers.get("cache-control")}`);
    expect(missing).toEqual([]);
  });

  for (const [path, methods] of PATH_METHODS) {
    it(`OPTIONS ${path.replace(/[0-9a-f-]{36}/, "{id}")} allows exactly ${methods.join(", ")}, and so does its 405`, async () => {
      const options = await send("OPTIONS", path);
      expect(options.status, options.text).toBeLessThan(300);
      expect(allowed(options), "OPTIONS Allow").toEqual([...methods].sort());
      const wrong = ["GET", "POST", "PUT", "PATCH", "DELETE"].find((m) => !methods.includes(m))!;
      const refused = await send(wrong, path, { cookie: ownerCookie });
      expectProblem(refused, 405, "method_not_allowed", `${wrong} ${path}`);
      expect(allowed(refused), "405 Allow").toEqual([...methods].sort());
    });
  }

  for (const method of ["TRACE", "PROPFIND", "PURGE"]) {
    it(`answers ${method}, a method no route has, with a problem+json 405 naming the route's methods`, async () => {
      const refused = await send(method, "/api/transactions", { cookie: ownerCookie });
      expectProblem(refused, 405, "method_not_allowed", `${method} /api/transactions`);
      expect(allowed(refused)).toEqual(["GET", "POST"]);
      expect(headerOf(refused, "cache-control")).toBe("no-store");
    });
  }

  it("answers OPTIONS on a path that doesn't exist with 404, not a list of methods", async () => {
    expectProblem(await send("OPTIONS", "/api/no-such-endpoint"), 404, "not_found");
  });

  it("serves /favicon.ico", async () => {
    const response = await send("GET", "/favicon.ico");
    expect(response.status).toBe(200);
    expect(headerOf(response, "content-type")).toMatch(/^image\//);
    expect(response.text.length).toBeGreaterThan(0);
  });
});

// ------------------------------------------------------------------ item 8

const EVIL_NEXTS = [
  "/%09/evil.example",
  "/\t/evil.example",
  "/%0d/evil.example",
  "/\r/evil.example",
  "/%0a/evil.example",
  "/\n/evil.example",
  "//evil.example",
  "/\\evil.example",
  "/%5Cevil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "https://evil.example",
  "https:evil.example",
  "\\\\evil.example",
  " //evil.example",
  "/%00//evil.example",
  "/\u0000//evil.example",
  "javascript:alert(1)",
  "/%E3%80%82evil.example",
];

/** Those a request target can carry as they are (the others arrive %-escaped, as above). */
const WIRE_NEXTS = EVIL_NEXTS.filter((next) => !/[\s\u0000]/.test(next));

/** The origin a browser lands on after following `location` from the app. */
const landsOn = (location: string) => new URL(location, appUrl()).origin;

const unescapeHtml = (text: string) => text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/**
 * Where a redirect sends the browser: the Location of a 3xx, or, when Next
 * redirected after the page began streaming, its meta refresh and the
 * NEXT_REDIRECT digest the client router follows.
 */
function redirectTargets(response: RawResponse): string[] {
  if (response.status >= 300 && response.status < 400) return [headerOf(response, "location") ?? ""];
  const meta = [...response.text.matchAll(/<meta[^>]*http-equiv="refresh"[^>]*content="\d+;url=([^"]*)"/gi)].map((m) => unescapeHtml(m[1]!));
  const digest = [...response.text.matchAll(/NEXT_REDIRECT;(?:replace|push);(.*?);30[78];/g)].map((m) => m[1]!);
  return [...meta, ...digest];
}

describe("8. ?next= never leaves the app's origin", () => {
  const app = new URL(appUrl()).origin;

  it("safeNextPath keeps every hostile next on the app's origin, with no control characters", () => {
    for (const next of EVIL_NEXTS) {
      const path = safeNextPath(next);
      expect(landsOn(path), `${JSON.stringify(next)} → ${JSON.stringify(path)}`).toBe(app);
      expect(path, JSON.stringify(next)).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  it("safeNextPath keeps any string on the app's origin (generated)", () => {
    const prefix = fc.constantFrom("", "/", "//", "/\\", "/%09/", "/\t/", "\\", "https://", "/%2F");
    fc.assert(
      fc.property(prefix, fc.string({ unit: "binary", maxLength: 30 }), (start, rest) => {
        const path = safeNextPath(`${start}${rest}`);
        return landsOn(path) === app && !/[\u0000-\u001f\u007f]/.test(path);
      }),
      { numRuns: 2_000 },
    );
  });

  it("safeNextPath keeps an ordinary path with its query", () => {
    expect(safeNextPath("/transactions?type=expense")).toBe("/transactions?type=expense");
  });

  for (const page of ["/login", "/register"]) {
    it(`sends a signed-in visitor of ${page}?next=<hostile> to a page of the app`, async () => {
      for (const next of WIRE_NEXTS) {
        const response = await send("GET", `${page}?next=${next}`, { cookie: ownerCookie, headers: { accept: "text/html" } });
        const targets = redirectTargets(response);
        expect(targets.length, `${next}: ${response.status} with no redirect`).toBeGreaterThan(0);
        for (const target of targets) expect(landsOn(target), `${next} → ${target}`).toBe(app);
      }
    });
  }

  it("gives the sign-in form a next that stays on the app's origin", async () => {
    /** The `next` prop the login page hands to its form, read from the RSC payload in the page. */
    const formNext = async (next: string) => {
      const response = await send("GET", `/login?next=${next}`, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      // Inside a JS string literal of JSON: escaped twice.
      const match = /\\"next\\":\\"(.*?)\\"/.exec(response.text);
      expect(match, "no next prop in the login page").not.toBeNull();
      const json = JSON.parse(`"${match![1]}"`) as string;
      return JSON.parse(`"${json}"`) as string;
    };
    expect(await formNext("/transactions")).toBe("/transactions");
    for (const next of WIRE_NEXTS) {
      const target = await formNext(next);
      expect(landsOn(target), `${next} → ${target}`).toBe(app);
    }
  });
});
