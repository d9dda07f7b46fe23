// The transactions page in a real browser: quick-add with the category detected
// as you type (and learned from an override), filters that live in the URL,
// editing in a dialog, deleting with undo, and paging with "Load more".
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";

const SCREENSHOTS = "test-results/screenshots";

/** Signs the browser in with the cookies of a user made through the API. */
async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

async function record(client: ApiClient, fields: Record<string, string>): Promise<void> {
  const response = await client.post("/api/transactions", { type: "expense", ...fields });
  expect(response.status, response.text).toBe(201);
}

/** The page at desktop and phone widths; the whole page, or only the viewport (for a dialog over it). */
async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    await page.screenshot({ path: `${SCREENSHOTS}/transactions-${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const quickAdd = (page: Page) => page.getByRole("form", { name: "Add a transaction" });
const history = (page: Page) => page.getByRole("list", { name: "Transactions by day" });
const rows = (page: Page) => history(page).locator("li[data-transaction-id]");
/** The row whose title (its note) is exactly `note`. */
const row = (page: Page, note: string) => rows(page).filter({ has: page.getByText(note, { exact: true }) });
const filters = (page: Page) => page.getByRole("search", { name: "Filter transactions" });

test("quick-add detects the category live, takes an override and learns from it", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);

  await page.goto("/transactions");
  await expect(page.getByRole("heading", { level: 1, name: "Transactions" })).toBeVisible();
  await expect(page.getByText("No transactions yet")).toBeVisible();
  await screenshot(page, "empty");

  const form = quickAdd(page);
  const amount = form.getByLabel(/Amount/);
  const note = form.getByLabel("Note");
  const category = form.getByLabel("Category");
  const hint = form.getByTestId("detected-category");

  // Detected as you type, in the browser.
  await amount.fill("4.5");
  await note.pressSequentially("Starbucks latte");
  await expect(hint).toContainText("Food & Dining");
  await expect(hint).toContainText("starbucks");
  await expect(category.locator("option").first()).toHaveText("Automatic: Food & Dining");
  await screenshot(page, "quick-add");

  // Enter saves; the form is ready for the next one, focus on the amount.
  await note.press("Enter");
  await expect(page.getByText("Expense of $4.50 recorded")).toBeVisible();
  await expect(row(page, "Starbucks latte")).toContainText("Food & Dining");
  await expect(row(page, "Starbucks latte")).toContainText("-$4.50");
  await expect(amount).toBeFocused();
  await expect(amount).toHaveValue("");
  await expect(note).toHaveValue("");

  // An override, from the categories of the type only.
  await expect(category.getByRole("option", { name: "Salary" })).toHaveCount(0);
  await amount.fill("30");
  await note.fill("Starbucks beans");
  await category.selectOption("Groceries");
  await expect(hint).toContainText("as you picked");
  await amount.press("Enter");
  await expect(row(page, "Starbucks beans")).toContainText("Groceries");

  // Learned: the next Starbucks note suggests Groceries, for this user.
  await note.fill("Starbucks");
  await expect(hint).toContainText("Groceries");
  await note.fill("");

  // Income, switched with the keyboard: the toggle is a radio group.
  await form.getByRole("radio", { name: "Expense" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(form.getByRole("radio", { name: "Income" })).toBeChecked();
  await expect(category.getByRole("option", { name: "Groceries" })).toHaveCount(0);
  await amount.fill("2500");
  await note.fill("ACME payroll");
  await expect(hint).toContainText("Salary");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(row(page, "ACME payroll")).toContainText("+$2,500.00");

  const totals = page.getByRole("region", { name: "Totals" });
  await expect(totals).toContainText("3 transactions");
  await expect(totals.getByText("$2,500.00", { exact: true })).toBeVisible();
  await expect(totals.getByText("$34.50", { exact: true })).toBeVisible();
  await expect(totals.getByText("+$2,465.50", { exact: true })).toBeVisible();
  await screenshot(page, "list");
});

test("shows the server's field errors next to the fields", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  await signIn(page, client, baseURL!);
  await page.goto("/transactions");
  const form = quickAdd(page);

  await form.getByLabel(/Amount/).fill("12.345");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(form.getByRole("alert")).toContainText("at most two decimals");
  await expect(form.getByLabel(/Amount/)).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, "errors", { fullPage: false });
});

test("filters live in the URL and the server renders them", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "EUR" });
  await record(client, { amount: "62.10", date: "2026-01-15", note: "Tesco", comment: "weekly shop" });
  await record(client, { amount: "3000.00", type: "income", date: "2026-01-31", note: "ACME payroll" });
  await record(client, { amount: "18.00", date: "2026-02-01", note: "Uber to the station" });
  await signIn(page, client, baseURL!);

  // A bookmarked view: rendered filtered on the server.
  await page.goto("/transactions?type=income");
  await expect(filters(page).getByRole("radio", { name: "Income" })).toBeChecked();
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, "ACME payroll")).toBeVisible();
  await expect(row(page, "Tesco")).toHaveCount(0);
  await expect(page.getByText("Matching the filters · 1 transaction")).toBeVisible();

  // Changing a filter navigates to its URL.
  // The radios are visually hidden inside their labels, as a person clicks them.
  await filters(page).locator("label", { hasText: "Expenses" }).click();
  await expect(page).toHaveURL(/\/transactions\?type=expense$/);
  await expect(row(page, "Tesco")).toBeVisible();
  await expect(row(page, "ACME payroll")).toHaveCount(0);

  await filters(page).getByLabel("Category").selectOption("Transport");
  await expect(page).toHaveURL(/type=expense&category=Transport/);
  await expect(row(page, "Uber to the station")).toBeVisible();
  await expect(row(page, "Tesco")).toHaveCount(0);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/transactions$/);
  const search = filters(page).getByRole("searchbox", { name: "Search" });
  await search.fill("WEEKLY");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=WEEKLY/);
  await expect(row(page, "Tesco")).toBeVisible();
  await expect(row(page, "Uber to the station")).toHaveCount(0);

  await filters(page).getByLabel("From").fill("2026-01-31");
  await search.fill("");
  await search.press("Enter");
  await expect(page).toHaveURL(/from=2026-01-31/);
  await expect(row(page, "ACME payroll")).toBeVisible();
  await expect(row(page, "Tesco")).toHaveCount(0);
  await page.reload();
  await expect(filters(page).getByLabel("From")).toHaveValue("2026-01-31");
  await expect(row(page, "Tesco")).toHaveCount(0);
  await screenshot(page, "filtered");

  await page.goto("/transactions?q=nothing-like-this");
  await expect(page.getByText("Nothing matches these filters")).toBeVisible();

  await page.goto("/transactions?from=2026-02-30");
  await expect(page.getByRole("alert").filter({ hasText: "These filters don't work" })).toContainText("From:");
});

test("edit in a dialog, delete with undo", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  await record(client, { amount: "12.00", date: "2026-03-02", note: "Lidl" });
  await record(client, { amount: "45.00", date: "2026-03-01", note: "Netflix", comment: "yearly plan" });
  await signIn(page, client, baseURL!);
  await page.goto("/transactions");

  // Edit: the dialog starts from the transaction; the change shows in place.
  await row(page, "Netflix").getByRole("button", { name: /^Edit Netflix/ }).click();
  const dialog = page.getByRole("dialog", { name: "Edit transaction" });
  await expect(dialog.getByLabel(/Amount/)).toHaveValue("45.00");
  await expect(dialog.getByLabel("Comment")).toHaveValue("yearly plan");
  await dialog.getByLabel(/Amount/).fill("49.99");
  await dialog.getByLabel("Category").selectOption("Entertainment");
  await screenshot(page, "edit", { fullPage: false });
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, "Netflix")).toContainText("-$49.99");
  await expect(row(page, "Netflix")).toContainText("Entertainment");
  await expect(page.getByRole("region", { name: "Totals" })).toContainText("$61.99");

  // Delete: gone at once, with Undo offered.
  await row(page, "Lidl").getByRole("button", { name: /^Delete Lidl/ }).click();
  await expect(row(page, "Lidl")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Totals" })).toContainText("1 transaction");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Transaction restored")).toBeVisible();
  await expect(row(page, "Lidl")).toContainText("-$12.00");
  await expect(page.getByRole("region", { name: "Totals" })).toContainText("2 transactions");

  await page.reload();
  await expect(row(page, "Lidl")).toContainText("Groceries");
  await expect(row(page, "Netflix")).toContainText("Entertainment");
});

test("loads more rows over the cursor", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  for (let day = 1; day <= 27; day++) {
    const date = `2026-02-${String(day).padStart(2, "0")}`;
    await record(client, { amount: "1.00", date, note: `coffee ${day}` });
    await record(client, { amount: "2.00", date, note: `bus ${day}` });
  }
  await signIn(page, client, baseURL!);
  await page.goto("/transactions");

  await expect(rows(page)).toHaveCount(50);
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(rows(page)).toHaveCount(54);
  await expect(page.getByText("That's all of them.")).toBeVisible();
  await expect(row(page, "coffee 1")).toBeVisible();
});
