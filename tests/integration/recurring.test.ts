// API.md, "Recurring transactions": schedules the app records by itself,
// each occurrence exactly once, with month ends, leap days and the user's own
// "today". The scheduler runs in-process here with a clock the test moves.
import { describe, expect, it } from "vitest";
import { addMonths, todayIn } from "@/lib/clock";
import { recordDueOccurrences } from "@/modules/transaction";
import type { ApiClient } from "../helpers/api-client";
import { signedInUser } from "../helpers/users";

const at = (date: string) => () => new Date(`${date}T12:00:00Z`);

async function recorded(client: ApiClient, recurringId: string): Promise<Array<{ date: string; amount: string; category: string; recurringId: string }>> {
  const response = await client.get("/api/transactions?limit=200");
  expect(response.status).toBe(200);
  return (response.body.items as Array<{ date: string; amount: string; category: string; recurringId: string }>)
    .filter((t) => t.recurringId === recurringId)
    .sort((a, b) => a.date.localeCompare(b.date));
}

async function schedule(client: ApiClient, body: Record<string, unknown>) {
  const response = await client.post("/api/recurring", body);
  expect(response.status, response.text).toBe(201);
  return response.body.recurring as { id: string; nextDate: string | null } & Record<string, unknown>;
}

describe("POST /api/recurring", () => {
  it("records at once what is already due, and answers with the next date", async () => {
    const { client, user } = await signedInUser();
    const today = todayIn(user.timezone);
    const start = `${addMonths(today.slice(0, 7), -2)}-01`;
    const rent = await schedule(client, { type: "expense", amount: "950", note: "rent", frequency: "monthly", startDate: start });
    expect(rent).toMatchObject({ type: "expense", amount: "950.00", category: "Housing", categorySource: "auto", frequency: "monthly", interval: 1, paused: false });
    expect(rent.nextDate).toBe(`${addMonths(today.slice(0, 7), 1)}-01`);
    const dates = (await recorded(client, rent.id)).map((t) => t.date);
    expect(dates).toEqual([0, 1, 2].map((n) => `${addMonths(start.slice(0, 7), n)}-01`));
    // The scheduler's next pass finds nothing more to do for it.
    await recordDueOccurrences();
    expect(await recorded(client, rent.id)).toHaveLength(3);
  });

  it.each([
    [{ frequency: "hourly" }, "frequency"],
    [{ interval: 0 }, "interval"],
    [{ interval: 366 }, "interval"],
    [{ endDate: "2025-01-01" }, "endDate"],
    [{ category: "Salary" }, "category"],
    [{ startDate: "2026-02-30" }, "startDate"],
  ])("refuses %j naming %s", async (change, path) => {
    const { client } = await signedInUser();
    const response = await client.post("/api/recurring", { type: "expense", amount: "10", frequency: "monthly", startDate: "2026-01-15", ...change });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});

describe("the scheduler", () => {
  it("catches up after a gap of months, month ends included, and records each occurrence once", async () => {
    const { client } = await signedInUser();
    const bill = await schedule(client, { type: "expense", amount: "40", note: "phone bill", frequency: "monthly", startDate: "2031-01-31" });
    expect(await recorded(client, bill.id)).toEqual([]);
    await recordDueOccurrences(at("2031-05-15"));
    await recordDueOccurrences(at("2031-05-15"));
    expect((await recorded(client, bill.id)).map((t) => t.date)).toEqual(["2031-01-31", "2031-02-28", "2031-03-31", "2031-04-30"]);
    expect((await client.get(`/api/recurring/${bill.id}`)).body.recurring.nextDate).toBe("2031-05-31");
  });

  it("puts a yearly 29 February on the 28th in other years", async () => {
    const { client } = await signedInUser();
    const leap = await schedule(client, { type: "income", amount: "100", note: "birthday gift", frequency: "yearly", startDate: "2032-02-29" });
    await recordDueOccurrences(at("2036-03-01"));
    expect((await recorded(client, leap.id)).map((t) => t.date)).toEqual(["2032-02-29", "2033-02-28", "2034-02-28", "2035-02-28", "2036-02-29"]);
  });

  it("records each occurrence once with several instances running at the same moment", async () => {
    const { client } = await signedInUser();
    const daily = await schedule(client, { type: "expense", amount: "3.50", note: "coffee", frequency: "daily", startDate: "2040-01-01" });
    const passes = await Promise.all([1, 2, 3, 4].map(() => recordDueOccurrences(at("2040-03-31"))));
    const dates = (await recorded(client, daily.id)).map((t) => t.date);
    expect(dates).toHaveLength(91);
    expect(new Set(dates).size).toBe(91);
    expect(passes.reduce((sum, pass) => sum + pass.recorded, 0)).toBeGreaterThanOrEqual(91);
  });

  it("holds each schedule to its owner's today: already tomorrow in Kiritimati, still yesterday in Pago Pago", async () => {
    const east = await signedInUser({ timezone: "Pacific/Kiritimati" });
    const west = await signedInUser({ timezone: "Pacific/Pago_Pago" });
    const eastToday = todayIn("Pacific/Kiritimati");
    const early = await schedule(east.client, { type: "expense", amount: "5", note: "bus", frequency: "daily", startDate: eastToday, endDate: eastToday });
    expect((await recorded(east.client, early.id)).map((t) => t.date)).toEqual([eastToday]);
    const late = await schedule(west.client, { type: "expense", amount: "5", note: "bus", frequency: "daily", startDate: eastToday, endDate: eastToday });
    expect(eastToday > todayIn("Pacific/Pago_Pago")).toBe(true);
    expect(await recorded(west.client, late.id)).toEqual([]);
    expect((await west.client.get("/api/recurring/upcoming?days=3")).body.items).toEqual([
      { recurringId: late.id, date: eastToday, type: "expense", amount: "5.00", category: "Transport", note: "bus" },
    ]);
  });
});

describe("changes touch future occurrences only", () => {
  it("keeps what was recorded when the amount changes, and after a deletion", async () => {
    const { client } = await signedInUser();
    const gym = await schedule(client, { type: "expense", amount: "30", note: "gym membership", frequency: "monthly", startDate: "2045-01-10" });
    await recordDueOccurrences(at("2045-02-20"));
    expect(gym.category).not.toBe("Personal Care");
    const changed = await client.patch(`/api/recurring/${gym.id}`, { amount: "35", category: "Personal Care" });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.recurring).toMatchObject({ amount: "35.00", category: "Personal Care", categorySource: "manual", nextDate: "2045-03-10" });
    await recordDueOccurrences(at("2045-03-10"));
    expect((await recorded(client, gym.id)).map((t) => [t.date, t.amount, t.category])).toEqual([
      ["2045-01-10", "30.00", gym.category],
      ["2045-02-10", "30.00", gym.category],
      ["2045-03-10", "35.00", "Personal Care"],
    ]);

    expect((await client.delete(`/api/recurring/${gym.id}`)).status).toBe(204);
    expect((await client.get(`/api/recurring/${gym.id}`)).status).toBe(404);
    const kept = (await client.get("/api/transactions?limit=200")).body.items.filter((t: { note: string }) => t.note === "gym membership");
    expect(kept).toHaveLength(3);
    expect(kept.every((t: { recurringId: string | null }) => t.recurringId === null)).toBe(true);
  });

  it("records nothing while paused and skips what fell due meanwhile on resuming", async () => {
    const { client, user } = await signedInUser();
    const today = todayIn(user.timezone);
    const start = `${addMonths(today.slice(0, 7), 2)}-05`;
    const sub = await schedule(client, { type: "expense", amount: "9.99", note: "streaming", frequency: "monthly", startDate: start, paused: true });
    await recordDueOccurrences(at(`${addMonths(today.slice(0, 7), 4)}-06`));
    expect(await recorded(client, sub.id)).toEqual([]);
    const resumed = await client.patch(`/api/recurring/${sub.id}`, { paused: false });
    expect(resumed.body.recurring).toMatchObject({ paused: false, nextDate: start });
  });

  it("is 404 for another user's schedule", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    const mine = await schedule(owner.client, { type: "income", amount: "3000", note: "salary", frequency: "monthly", startDate: "2050-01-25" });
    expect((await other.client.get(`/api/recurring/${mine.id}`)).status).toBe(404);
    expect((await other.client.patch(`/api/recurring/${mine.id}`, { amount: "1" })).status).toBe(404);
    expect((await other.client.delete(`/api/recurring/${mine.id}`)).status).toBe(404);
    expect((await other.client.get("/api/recurring")).body.items).toEqual([]);
  });
});

describe("GET /api/recurring/upcoming", () => {
  it("lists occurrences from tomorrow on within the days asked, by date", async () => {
    const { client, user } = await signedInUser();
    const today = todayIn(user.timezone);
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const weekly = await schedule(client, { type: "expense", amount: "20", note: "groceries", frequency: "weekly", startDate: tomorrow });
    const items = (await client.get("/api/recurring/upcoming?days=14")).body.items;
    expect(items.map((i: { date: string }) => i.date)).toHaveLength(2);
    expect(items[0]).toMatchObject({ recurringId: weekly.id, date: tomorrow, category: "Groceries" });
    expect((await client.get("/api/recurring/upcoming?days=0")).status).toBe(400);
    expect((await client.get("/api/recurring/upcoming?days=367")).status).toBe(400);
  });
});
