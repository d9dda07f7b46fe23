// The dashboard in a real browser: its figures against the API's summary, the
// way from a category to its transactions, month switching, a new user's first
// steps, and screenshots at desktop and phone widths in both themes.
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { addMonths, monthRange, thisMonthIn, todayIn } from "../lib/clock";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";
import { useOwnClientAddress } from "./helpers/auth";

const SCREENSHOTS = "test-results/screenshots";

// Charts draw at once instead of animating, so screenshots show them whole.
test.use({ reducedMotion: "reduce" });

test.beforeEach(async ({ context }) => {
  await useOwnClientAddress(context);
});

/** Signs the browser in with the cookies of a user made through the API. */
async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

type Entry = [date: string, type: "income" | "expense", amount: string, category: string, note: string];

async function record(client: ApiClient, entries: Entry[]): Promise<void> {
  for (const [date, type, amount, category, note] of entries) {
    const response = await client.post("/api/transactions", { date, type, amount, category, note });
    expect(response.status, response.text).toBe(201);
  }
}

async function budget(client: ApiClient, category: string, amount: string): Promise<void> {
  const response = await client.post("/api/budgets", { category, amount });
  expect(response.status, response.text).toBe(201);
}

/** A realistic ledger: this month (up to today), last month, and a few months before. */
async function seedLedger(client: ApiClient): Promise<{ month: string; previous: string }> {
  const today = todayIn("UTC");
  const month = today.slice(0, 7);
  const first = `${month}-01`;
  const previous = addMonths(month, -1);
  const entries: Entry[] = [
    [first, "income", "3200.00", "Salary", "ACME payroll"],
    [first, "expense", "1200.00", "Housing", "Rent"],
    [first, "expense", "84.35", "Groceries", "Tesco weekly shop"],
    [first, "expense", "42.00", "Transport", "Monthly bus pass"],
    [first, "expense", "15.99", "Subscriptions", "Netflix"],
    [first, "expense", "95.20", "Utilities", "Electricity bill"],
    [today, "expense", "120.00", "Shopping", "Amazon order"],
    [today, "expense", "9.50", "Health", "Pharmacy"],
    [today, "expense", "18.90", "Entertainment", "Cinema tickets"],
    [today, "expense", "62.10", "Groceries", "Lidl"],
    [today, "expense", "23.40", "Food & Dining", "Lunch with the team"],
    [`${previous}-01`, "income", "3000.00", "Salary", "ACME payroll"],
    [`${previous}-01`, "expense", "1200.00", "Housing", "Rent"],
    [monthRange(previous).to, "expense", "240.00", "Groceries", "Costco"],
    [`${previous}-12`, "expense", "60.00", "Transport", "Train tickets"],
    [`${previous}-20`, "expense", "80.00", "Food & Dining", "Pizza night"],
  ];
  for (let back = 2; back <= 5; back++) {
    const earlier = addMonths(month, -back);
    entries.push([`${earlier}-01`, "income", `${2900 + back * 50}.00`, "Salary", "ACME payroll"]);
    entries.push([`${earlier}-01`, "expense", "1200.00", "Housing", "Rent"]);
    entries.push([`${earlier}-15`, "expense", `${300 + back * 120}.45`, "Travel", "Ryanair flight"]);
  }
  await record(client, entries);
  await budget(client, "Groceries", "160"); // 146.45 spent: 91.5 %, almost there
  await budget(client, "Transport", "40"); // 42.00 spent: over
  await budget(client, "Food & Dining", "200"); // 23.40 spent: on track
  return { month, previous };
}

/** The figures of the headline cards, from their machine-readable <data> values. */
async function headline(page: Page) {
  const figure = (name: string) => page.locator(`[data-figure="${name}"] data`).getAttribute("value");
  return { income: await figure("income"), expense: await figure("expense"), balance: await figure("balance") };
}

async function summaryOf(page: Page, month: string) {
  const { from, to } = monthRange(month);
  const response = await page.request.get(`/api/transactions/summary?from=${from}&to=${to}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { income: string; expense: string; balance: string; count: number };
}

const chart = (page: Page, name: RegExp) => page.getByRole("img", { name });

async function waitForCharts(page: Page): Promise<void> {
  for (const name of [/^Spending by category/, /^Cumulative spending/, /^Income, expenses and balance/]) {
    await expect(chart(page, name)).toBeVisible();
  }
}

/** Nothing wider than the window: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The page at 1280 and 375 px in light and dark, as test-results/screenshots/dashboard-<name>-<theme>-<width>.png. */
async function screenshots(page: Page, name: string, { charts = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const theme of ["light", "dark"] as const) {
    await page.evaluate((value) => localStorage.setItem("ledgerly-theme", value), theme);
    await page.reload();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
      if (charts) await waitForCharts(page);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${SCREENSHOTS}/dashboard-${name}-${theme}-${width}.png`, fullPage: true });
    }
  }
  await page.evaluate(() => localStorage.removeItem("ledgerly-theme"));
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the month's figures match the API, and a category opens its transactions", async ({ page, baseURL }) => {
  test.slow(); // eight full-page screenshots besides the checks
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);
  const { month, previous } = await seedLedger(client);

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // The headline is the API's summary of the month's dates, to the cent.
  const summary = await summaryOf(page, month);
  expect(await headline(page)).toEqual({ income: summary.income, expense: summary.expense, balance: summary.balance });
  expect(summary).toMatchObject({ income: "3200.00", expense: "1671.44", balance: "1528.56", count: 11 });
  const income = page.locator('[data-figure="income"]');
  await expect(income).toContainText("$3,200.00");
  const previousName = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(new Date(`${previous}-01T00:00:00Z`));
  await expect(income).toContainText(`$200.00 more than ${previousName} (+6.7%)`);
  // 1671.44 against 1580.00 the month before.
  await expect(page.locator('[data-figure="expense"]')).toContainText(`$91.44 more than ${previousName} (+5.8%)`);

  // Every category of the month, largest first, with its share.
  const categories = page.getByRole("region", { name: "Spending by category" });
  const rows = categories.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(9);
  await expect(rows.first()).toContainText("Housing");
  await expect(rows.first()).toContainText("$1,200.00");
  await expect(rows.first()).toContainText("71.8%");
  await expect(categories).toContainText("$1,671.44 spent in");

  // Budgets past 80 %, fullest first; the one on track stays out.
  const atRisk = page.getByRole("region", { name: "Budgets at risk" });
  await expect(atRisk.getByRole("listitem")).toHaveCount(2);
  await expect(atRisk.getByRole("listitem").first()).toContainText("Transport");
  await expect(atRisk.getByRole("listitem").first()).toContainText("Over budget");
  await expect(atRisk.getByRole("listitem").nth(1)).toContainText("Almost there");
  await expect(atRisk.getByRole("progressbar", { name: "Groceries: spent of the limit" })).toHaveAttribute("aria-valuenow", "92");
  await expect(atRisk).not.toContainText("Food & Dining");

  // Budgeted spending (146.45 + 42.00 + 23.40) against the budgets' 400.00.
  await expect(page.getByTestId("pace-status")).toContainText("$211.85 spent by");

  const recent = page.getByRole("region", { name: "Recent transactions" });
  await expect(recent.getByRole("listitem")).toHaveCount(5);
  await expect(recent.getByRole("link", { name: "All transactions" })).toHaveAttribute("href", "/transactions");

  await waitForCharts(page);
  await screenshots(page, "month");

  // From the table: the transactions page, filtered to the category and the month.
  const { from, to } = monthRange(month);
  await categories.getByRole("link", { name: "Groceries" }).click();
  await expect(page).toHaveURL(`/transactions?type=expense&category=Groceries&from=${from}&to=${to}`);
  await expect(page.getByText("Matching the filters · 2 transactions")).toBeVisible();

  // From the chart: a click on the largest slice. The donut draws the first one
  // counter-clockwise from three o'clock, so Housing's 72 % holds twelve o'clock.
  await page.goBack();
  await waitForCharts(page);
  const donut = chart(page, /^Spending by category/);
  const { width } = (await donut.boundingBox())!;
  const twelveOClock = { x: width / 2, y: width * 0.1 };
  await donut.hover({ position: twelveOClock });
  await expect(categories.locator(".chart-tooltip")).toContainText("HousingSpent$1,200.00Share71.8%");
  await donut.click({ position: twelveOClock });
  await expect(page).toHaveURL(`/transactions?type=expense&category=Housing&from=${from}&to=${to}`);
  await expect(page.getByText("Matching the filters · 1 transaction")).toBeVisible();
});

test("previous, next and this month, each as the API sums it", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);
  const { month, previous } = await seedLedger(client);

  await page.goto("/dashboard");
  const switcher = page.getByRole("navigation", { name: "Month" });
  await switcher.getByRole("link", { name: /Previous month/ }).click();
  await expect(page).toHaveURL(`/dashboard?month=${previous}`);
  const summary = await summaryOf(page, previous);
  await expect.poll(() => headline(page)).toEqual({ income: summary.income, expense: summary.expense, balance: summary.balance });
  // A past month is measured to its end.
  await expect(page.getByTestId("pace-status")).toContainText("by the end of");

  await switcher.getByRole("link", { name: "This month" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await switcher.getByRole("link", { name: /Next month/ }).click();
  await expect(page).toHaveURL(`/dashboard?month=${addMonths(month, 1)}`);
  await expect.poll(() => headline(page)).toEqual({ income: "0.00", expense: "0.00", balance: "0.00" });
  await expect(page.getByText(/^No spending in /)).toBeVisible();
  await expect(page.getByTestId("pace-status")).toContainText("hasn't begun yet");

  // A month long before any data: zeros and the empty category state, the trend still there.
  await page.goto("/dashboard?month=2019-01");
  await expect.poll(() => headline(page)).toEqual({ income: "0.00", expense: "0.00", balance: "0.00" });
  await expect(page.getByText("No spending in January 2019")).toBeVisible();
  await expect(page.getByRole("region", { name: "Income and expenses" })).toBeVisible();

  // Nonsense in the URL shows this month instead of failing.
  await page.goto("/dashboard?month=2026-13");
  await expect(switcher.getByRole("link", { name: "This month" })).toHaveCount(0);
  const thisMonth = await summaryOf(page, thisMonthIn("UTC"));
  expect(await headline(page)).toEqual({ income: thisMonth.income, expense: thisMonth.expense, balance: thisMonth.balance });
});

test("a new user is shown the way to a first transaction and a first budget", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  await signIn(page, client, baseURL!);

  await page.goto("/dashboard");
  const start = page.getByRole("region", { name: "Your money, at a glance" });
  await expect(start).toBeVisible();
  await expect(start.getByRole("link", { name: "Add a transaction" })).toHaveAttribute("href", "/transactions");
  await expect(start.getByRole("link", { name: "Set a budget" })).toHaveAttribute("href", "/budgets");
  await screenshots(page, "new-user", { charts: false });

  // A budget alone ticks off its step.
  await budget(client, "Groceries", "100");
  await page.reload();
  await expect(start.getByRole("link", { name: "Set a budget" })).toHaveCount(0);
  await expect(start).toContainText("done");

  await start.getByRole("link", { name: "Add a transaction" }).click();
  await expect(page).toHaveURL(/\/transactions$/);
});

test("the phone layout stacks at 360 px without sideways scrolling", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "EUR" });
  await signIn(page, client, baseURL!);
  await seedLedger(client);

  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/dashboard");
  await waitForCharts(page);
  await expectNoSidewaysScroll(page);
  // Open the folded tables too: they must fit (or scroll inside themselves).
  for (const summary of await page.locator("summary").all()) await summary.click();
  await expectNoSidewaysScroll(page);
  const [donut, status] = [chart(page, /^Spending by category/), page.getByTestId("pace-status")];
  // Stacked: the pace card comes below the category card, not beside it.
  expect((await status.boundingBox())!.y).toBeGreaterThan((await donut.boundingBox())!.y);
});
