import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiRequest } from "./api-fetch";

const fetchMock = vi.fn<typeof fetch>();
const assign = vi.fn();

beforeEach(() => {
  vi.stubGlobal("fetch", fetchMock);
  vi.stubGlobal("window", { location: { pathname: "/budgets", search: "", assign } });
  vi.stubGlobal("navigator", {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  assign.mockReset();
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("apiRequest", () => {
  it("sends JSON and answers with the parsed data", async () => {
    fetchMock.mockResolvedValueOnce(json(201, { budget: { id: "b1" } }));
    const result = await apiRequest<{ budget: { id: string } }>("POST", "/api/budgets", { amount: "10.00" });
    expect(result).toEqual({ ok: true, status: 201, data: { budget: { id: "b1" } } });
    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe("/api/budgets");
    expect(init).toMatchObject({ method: "POST", body: '{"amount":"10.00"}', credentials: "same-origin" });
    expect(init?.headers).toEqual({ "content-type": "application/json" });
  });

  it("sends a file as its bytes and a form as multipart, untouched", async () => {
    const file = new File(['{"format":"ledgerly-account"}'], "account.json");
    fetchMock.mockResolvedValueOnce(json(201, { imported: {} }));
    await apiRequest("POST", "/api/users/me/import", file, { headers: { "content-type": "application/json" } });
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ body: file, headers: { "content-type": "application/json" } });
    const form = new FormData();
    fetchMock.mockResolvedValueOnce(json(201, {}));
    await apiRequest("POST", "/api/imports", form);
    expect(fetchMock.mock.calls[1]![1]).toMatchObject({ body: form, headers: {} });
  });

  it("answers a 204 with no data", async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    expect(await apiRequest("DELETE", "/api/budgets/b1")).toEqual({ ok: true, status: 204, data: undefined });
  });

  it("answers a problem with its Retry-After", async () => {
    const problem = { status: 429, code: "rate_limited", title: "Too many requests", detail: "Slow down." };
    fetchMock.mockResolvedValueOnce(json(429, problem, { "retry-after": "30" }));
    expect(await apiRequest("POST", "/api/budgets", {})).toEqual({ ok: false, status: 429, problem, retryAfterSeconds: 30 });
  });

  it("turns a network failure and an unreadable answer into problems", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    const offline = await apiRequest("GET", "/api/budgets");
    expect(offline).toMatchObject({ ok: false, status: 0, problem: { code: "network_error" } });

    fetchMock.mockResolvedValueOnce(new Response("<html>", { status: 200 }));
    expect(await apiRequest("GET", "/api/budgets")).toMatchObject({ ok: false, problem: { code: "bad_response" } });

    fetchMock.mockResolvedValueOnce(new Response("<html>", { status: 502 }));
    expect(await apiRequest("GET", "/api/budgets")).toMatchObject({ ok: false, status: 502, problem: { code: "unknown" } });
  });

  it("refreshes the session on a 401 and retries once", async () => {
    fetchMock
      .mockResolvedValueOnce(json(401, { code: "unauthorized" }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(json(200, { ok: 1 }));
    expect(await apiRequest("GET", "/api/budgets")).toEqual({ ok: true, status: 200, data: { ok: 1 } });
    expect(fetchMock.mock.calls.map(([path]) => path)).toEqual(["/api/budgets", "/api/auth/refresh", "/api/budgets"]);
  });

  it("leaves a public endpoint's 401 alone: no refresh, no redirect", async () => {
    const problem = { status: 401, code: "invalid_credentials", title: "Unauthorized", detail: "Wrong email or password." };
    fetchMock.mockResolvedValueOnce(json(401, problem));
    const result = await apiRequest("POST", "/api/auth/login", { email: "a@b.c" }, { public: true });
    expect(result).toMatchObject({ ok: false, problem: { code: "invalid_credentials" } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(assign).not.toHaveBeenCalled();
  });

  it("sends a FormData as multipart, without a JSON content type", async () => {
    fetchMock.mockResolvedValueOnce(json(201, { import: { id: "i1" } }));
    const form = new FormData();
    form.set("file", new Blob(["a,b"]), "x.csv");
    await apiRequest("POST", "/api/imports", form);
    const init = fetchMock.mock.calls[0]![1]!;
    expect(init.body).toBe(form);
    expect(init.headers).toEqual({});
  });
});
