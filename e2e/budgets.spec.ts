// The budgets page in a real browser: create a budget, spend against it, watch
// the bar move through its states, edit the limit, delete with confirmation.
import { mkdirSync } from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";

const SCREENSHOTS = "test-results/screenshots";

// Each save is a request and a server render; on a machine busy with parallel
// builds and tests that can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Signs the browser in with the cookies of a user made through the API. */
async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

async function spend(client: ApiClient, category: string, amount: string): Promise<void> {
  // No date: today in the user's time zone, so it lands in this month.
  const response = await client.post("/api/transactions", { amount, type: "expense", category, note: "e2e" });
  expect(response.status, response.text).toBe(201);
}

/** The page at desktop and phone widths; the whole page, or only the viewport (for a dialog over it). */
async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    await page.screenshot({ path: `${SCREENSHOTS}/budgets-${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a budget fills up as expenses come in, then crosses its limit", async ({ page, baseURL }) => {
  // Many saves and reloads, each a server render: give a busy machine the time.
  test.slow();
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);

  await page.goto("/budgets");
  await expect(page.getByRole("heading", { level: 1, name: "Budgets" })).toBeVisible();
  await expect(page.getByText("No budgets yet")).toBeVisible();
  await screenshot(page, "empty");

  // Create: the picker offers expense categories only.
  const form = page.getByRole("form", { name: "New budget" });
  const picker = form.getByLabel("Category");
  await expect(picker.getByRole("option", { name: "Salary" })).toHaveCount(0);
  await picker.selectOption("Groceries");
  // A problem reads as a sentence under its field, and an empty limit says so.
  await form.getByRole("button", { name: "Add budget" }).click();
  await expect(form.getByText("Is required.")).toBeVisible();
  await form.getByLabel(/Monthly limit/).fill("12.345");
  await form.getByRole("button", { name: "Add budget" }).click();
  await expect(form.getByText(/^Must be a number greater than 0 and at most 999999999\.99, with at most two decimals\.$/)).toBeVisible();
  await form.getByLabel(/Monthly limit/).fill("100");
  await form.getByRole("button", { name: "Add budget" }).click();

  const groceries = page.getByRole("group", { name: "Groceries" });
  const bar = groceries.getByRole("progressbar");
  await expect(groceries.getByText("$100.00 left")).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "0");
  await expect(groceries.getByText("On track")).toBeVisible();
  // Budgeted categories leave the picker.
  await expect(picker.getByRole("option", { name: "Groceries" })).toHaveCount(0);

  await spend(client, "Groceries", "60.00");
  await page.reload();
  await expect(bar).toHaveAttribute("aria-valuenow", "60");
  await expect(groceries.getByText("On track")).toBeVisible();
  await expect(groceries.getByText("$40.00 left")).toBeVisible();

  await spend(client, "Groceries", "25.50");
  await page.reload();
  await expect(bar).toHaveAttribute("aria-valuenow", "86");
  await expect(groceries.getByText("Almost there")).toBeVisible();

  await spend(client, "Groceries", "24.50");
  await page.reload();
  await expect(bar).toHaveAttribute("aria-valuenow", "100");
  await expect(bar).toHaveAttribute("aria-valuetext", /\$110\.00 of \$100\.00 spent, 110%, over budget/);
  await expect(groceries.getByText("Over budget")).toBeVisible();
  await expect(groceries.getByText("$10.00 over")).toBeVisible();

  // More budgets in every state, and spending no budget covers, for the totals, the hint and the screenshots.
  await client.post("/api/budgets", { category: "Transport", amount: "50" });
  await client.post("/api/budgets", { category: "Entertainment", amount: "120" });
  await spend(client, "Transport", "42.00");
  await spend(client, "Entertainment", "18.90");
  await spend(client, "Food & Dining", "23.40");
  await page.reload();
  const totals = page.getByRole("group", { name: "All budgets" });
  await expect(totals.getByText("$270.00")).toBeVisible();
  await expect(totals.getByText("$170.90")).toBeVisible();
  await expect(page.getByRole("region", { name: /Spending without a budget/ }).getByText("Food & Dining")).toBeVisible();
  await screenshot(page, "month");

  // Edit the limit in place: raising it brings the budget back on track.
  await groceries.getByRole("button", { name: "Edit limit of Groceries" }).click();
  const limit = groceries.getByLabel(/Monthly limit/);
  await expect(limit).toBeFocused();
  await screenshot(page, "edit");
  await expect(groceries.getByText(/Changes from \w+ \d{4} on/)).toBeVisible();
  await limit.fill("200");
  await limit.press("Enter");
  await expect(groceries.getByText("$90.00 left")).toBeVisible();
  await expect(groceries.getByText("On track")).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "55");

  // Delete, after confirming.
  const transport = page.getByRole("group", { name: "Transport" });
  await transport.getByRole("button", { name: "Delete the Transport budget" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete the Transport budget?" });
  await expect(dialog).toBeVisible();
  await screenshot(page, "delete", { fullPage: false });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(transport).toBeVisible();
  await transport.getByRole("button", { name: "Delete the Transport budget" }).click();
  await dialog.getByRole("button", { name: "Delete budget" }).click();
  await expect(transport).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Spending without a budget/ }).getByText("Transport")).toBeVisible();
});

test("the month switcher moves through months in the URL", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  await signIn(page, client, baseURL!);
  await client.post("/api/budgets", { category: "Health", amount: "80" });
  await spend(client, "Health", "20.00");

  await page.goto("/budgets");
  const health = page.getByRole("group", { name: "Health" });
  await expect(health.getByText("$60.00 left")).toBeVisible();

  const month = page.getByRole("navigation", { name: "Month" });
  await month.getByRole("link", { name: /Previous month/ }).click();
  await expect(page).toHaveURL(/\/budgets\?month=\d{4}-\d{2}$/);
  // A standing limit: the budget is there in every month, with that month's spending.
  await expect(health.getByText("$80.00 left")).toBeVisible();

  await month.getByRole("link", { name: "This month" }).click();
  await expect(page).toHaveURL(/\/budgets$/);
  await expect(health.getByText("$60.00 left")).toBeVisible();
  await expect(month.getByRole("link", { name: "This month" })).toHaveCount(0);

  await month.getByRole("link", { name: /Next month/ }).click();
  await expect(health.getByText("$80.00 left")).toBeVisible();
});

/** This month and the one before, as YYYY-MM in UTC (the test users' time zone). */
function thisAndLastMonth(): { thisMonth: string; lastMonth: string } {
  const now = new Date();
  const month = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
  return { thisMonth: month(now), lastMonth: month(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))) };
}

const monthName = (month: string) => new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));

test("rollover carries last month's leftover into this month, and stops when switched off", async ({ page, baseURL }) => {
  test.slow();
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);
  const { lastMonth } = thisAndLastMonth();
  // From last month on: a budget of every month would chain 24 months of leftovers.
  const created = await client.post("/api/budgets", { category: "Groceries", amount: "100", rollover: true, from: lastMonth });
  expect(created.status, created.text).toBe(201);
  const spent = await client.post("/api/transactions", { amount: "60.00", type: "expense", category: "Groceries", date: `${lastMonth}-15`, note: "e2e" });
  expect(spent.status, spent.text).toBe(201);

  await page.goto("/budgets");
  const groceries = page.getByRole("group", { name: "Groceries" });
  const rollover = groceries.getByRole("switch", { name: /Roll over Groceries/ });
  await expect(rollover).toBeChecked();
  await expect(groceries.getByText(`+$40.00 from ${monthName(lastMonth)}`)).toBeVisible();
  await expect(groceries.getByText("$140.00 left")).toBeVisible();
  await expect(groceries.getByRole("progressbar")).toHaveAttribute("aria-valuetext", /\$0\.00 of \$140\.00 spent/);
  await expect(page.getByRole("group", { name: "All budgets" }).getByText(/\$140\.00 available/)).toBeVisible();
  await screenshot(page, "rollover");

  // Off: this month starts from its limit again. The keyboard works the switch.
  await rollover.focus();
  await page.keyboard.press("Space");
  await expect(rollover).not.toBeChecked();
  await expect(groceries.getByText("$100.00 left")).toBeVisible();
  await expect(groceries.getByText(/from \w+$/)).toHaveCount(0);
  await expect(rollover).toBeFocused();
  const off = await client.get("/api/budgets");
  expect(off.body.items[0]).toMatchObject({ rollover: false, carried: "0.00", available: "100.00" });

  // And on again, by click; it survives a reload.
  await rollover.click();
  await expect(groceries.getByText(`+$40.00 from ${monthName(lastMonth)}`)).toBeVisible();
  await page.reload();
  await expect(rollover).toBeChecked();
  await expect(groceries.getByText("$140.00 left")).toBeVisible();

  // Overspending carries too: last month 160 of 100 leaves this month 40 available.
  await client.post("/api/transactions", { amount: "100.00", type: "expense", category: "Groceries", date: `${lastMonth}-20`, note: "e2e" });
  await page.reload();
  await expect(groceries.getByText(`\u2212$60.00 overspent in ${monthName(lastMonth)}`)).toBeVisible();
  await expect(groceries.getByText("$40.00 left")).toBeVisible();
});

test("the history shows spent against available per month, as bars and as a table", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);
  const { thisMonth, lastMonth } = thisAndLastMonth();
  await client.post("/api/budgets", { category: "Transport", amount: "50", rollover: true, from: lastMonth });
  await client.post("/api/transactions", { amount: "70.00", type: "expense", category: "Transport", date: `${lastMonth}-10`, note: "e2e" });
  await spend(client, "Transport", "12.00");

  await page.goto("/budgets");
  const transport = page.getByRole("group", { name: "Transport" });
  const opener = transport.getByRole("button", { name: "History of the Transport budget" });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: /Transport: the last 12 months/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("img", { name: /spent against available/ })).toBeVisible();
  await expect(dialog.getByRole("img", { name: /1 of 2 months went over/ })).toBeVisible();
  await screenshot(page, "history", { fullPage: false });

  const table = dialog.getByRole("table");
  await expect(table).toBeHidden();
  await dialog.getByText("Show as table").click();
  await expect(table).toBeVisible();
  // Oldest first: last month went 20 over; this month has 50 − 20 = 30 available, 12 spent.
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("$50.00");
  await expect(rows.nth(1)).toContainText("$70.00");
  await expect(rows.nth(1)).toContainText("$20.00 over");
  await expect(rows.nth(2).getByRole("rowheader")).toHaveText(new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${thisMonth}-01T00:00:00Z`)));
  await expect(rows.nth(2)).toContainText("-$20.00");
  await expect(rows.nth(2)).toContainText("$30.00");
  await expect(rows.nth(2)).toContainText("$18.00");
  await screenshot(page, "history-table", { fullPage: false });

  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
