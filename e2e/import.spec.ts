// CSV import and export in a real browser: a UK bank statement (Paid in / Paid
// out, day-first dates) previewed, corrected and imported, its rows then on
// /transactions; an ambiguous file asking for its date format; the refusals of
// files that can't be imported; and "Export CSV" downloading the filtered list.
import { mkdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";

const SCREENSHOTS = "test-results/screenshots";

async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    await page.screenshot({ path: `${SCREENSHOTS}/import-${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const UK_STATEMENT = [
  "Date,Type,Description,Paid out,Paid in,Balance",
  "01/12/2026,DEB,TESCO STORES 3021,£23.45,,£976.55",
  '01/12/2026,FPI,"SMITH J, RENT SHARE",,£450.00,"£1,426.55"',
  '03/12/2026,DD,THAMES WATER,£38.00,,"£1,388.55"',
  '15/12/2026,BGC,EMPLOYER LTD SALARY,,"£2,150.00","£3,538.55"',
  '19/12/2026,DEB,NO AMOUNT,,,"£3,538.55"',
  "",
].join("\r\n");

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
const fileInput = (page: Page) => page.getByLabel("Choose a CSV file");
const preview = (page: Page) => page.getByRole("region", { name: "Preview of the first rows" });
const previewRow = (page: Page, text: string) => preview(page).getByRole("row").filter({ hasText: text });

test("a UK statement is previewed, imported, and its rows are on the transactions page", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "GBP" });
  await signIn(page, client, baseURL!);
  // Already recorded by hand: the file's row for it is a duplicate.
  const existing = await client.post("/api/transactions", { type: "expense", amount: "38.00", note: "THAMES WATER", date: "2026-12-03" });
  expect(existing.status, existing.text).toBe(201);

  await page.goto("/transactions");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole("heading", { level: 1, name: "Import transactions" })).toBeVisible();
  await screenshot(page, "choose");

  await fileInput(page).setInputFiles(csvFile("statement-dec.csv", UK_STATEMENT));
  await expect(page.getByRole("heading", { name: "What was found in statement-dec.csv" })).toBeVisible();
  await expect(page.getByText("5 rows of data")).toBeVisible();
  // What was detected, as the mapping's choices.
  await expect(page.getByLabel(/^Date(?!s)/)).toHaveValue("Date");
  await expect(page.getByLabel(/^Money out/)).toHaveValue("Paid out");
  await expect(page.getByLabel(/^Money in/)).toHaveValue("Paid in");
  await expect(page.getByLabel(/^Note/)).toHaveValue("Description");
  await expect(page.getByLabel(/^Dates are written/)).toHaveValue("DD/MM/YYYY");

  // The rows as they will be recorded.
  const tesco = previewRow(page, "TESCO STORES 3021");
  await expect(tesco).toContainText("Dec 1, 2026");
  await expect(tesco).toContainText("Expense");
  await expect(tesco).toContainText("£23.45");
  await expect(tesco).toContainText("Groceries");
  await expect(tesco).toContainText("auto");
  await expect(tesco).toContainText("New");
  await expect(previewRow(page, "RENT SHARE")).toContainText("Income");
  await expect(previewRow(page, "RENT SHARE")).toContainText("£450.00");
  await expect(previewRow(page, "THAMES WATER")).toContainText("Duplicate");
  await expect(previewRow(page, "NO AMOUNT")).toContainText("Won't import");
  await expect(previewRow(page, "NO AMOUNT")).toContainText("Amount is missing");
  await screenshot(page, "preview");

  await page.getByRole("button", { name: "Import 3 rows" }).click();
  const summary = page.getByRole("region", { name: "Import finished" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { name: "Import finished" })).toBeFocused();
  await expect(summary.getByText("3 transactions")).toBeVisible();
  await expect(summary.getByText("Line 6:")).toBeVisible();
  await expect(summary).toContainText("Amount is missing");
  await screenshot(page, "summary");

  await summary.getByRole("link", { name: "See the imported transactions" }).click();
  await expect(page).toHaveURL(/\/transactions\?from=2026-12-01&to=2026-12-15$/);
  const history = page.getByRole("list", { name: "Transactions by day" });
  for (const note of ["TESCO STORES 3021", "SMITH J, RENT SHARE", "EMPLOYER LTD SALARY", "THAMES WATER"]) {
    await expect(history.getByText(note, { exact: true })).toBeVisible();
  }
  // Recorded once: the duplicate was skipped.
  await expect(history.getByText("THAMES WATER", { exact: true })).toHaveCount(1);
  const listed = await client.get("/api/transactions?from=2026-12-01&to=2026-12-31");
  expect(listed.body.items).toHaveLength(4);
});

test("an ambiguous file asks for its date format and the mapping's required columns", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "EUR" });
  await signIn(page, client, baseURL!);
  await page.goto("/import");

  await fileInput(page).setInputFiles(csvFile("konto.csv", "Date;Amount;Text\n01/02/2026;-10,00;Tesco\n03/04/2026;-5,50;Uber\n"));
  const format = page.getByLabel(/^Dates are written/);
  await expect(format).toHaveValue("");
  await expect(page.getByText("These dates fit more than one format")).toBeVisible();
  await expect(previewRow(page, "€10.00")).toContainText("Won't import");
  await expect(previewRow(page, "€10.00")).toContainText("Date can't be read until the date format");
  await screenshot(page, "ambiguous");

  // "Text" isn't a name the detection knows for the note: the person maps it.
  await expect(page.getByLabel(/^Note/)).toHaveValue("");
  await page.getByLabel(/^Note/).selectOption("Text");
  await expect(previewRow(page, "€10.00")).toContainText("Tesco");

  // Nothing is sent until the required choices are made; each problem sits by its field.
  await page.getByLabel(/^Date(?!s)/).selectOption("");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Choose the column that holds the dates.").first()).toBeVisible();
  await expect(page.getByText("The dates can be read more than one way: choose how they are written.").first()).toBeVisible();
  await page.getByLabel(/^Date(?!s)/).selectOption("Date");

  await expect(page.getByText("Choose the column that holds the dates.")).toHaveCount(0);
  await format.selectOption("DD/MM/YYYY");
  await expect(page.getByText("The dates can be read more than one way: choose how they are written.")).toHaveCount(0);
  await expect(page.getByText("Reads “01/02/2026” as Feb 1, 2026")).toBeVisible();
  await expect(previewRow(page, "Tesco")).toContainText("Feb 1, 2026");
  await expect(previewRow(page, "Tesco")).toContainText("€10.00");
  await expect(previewRow(page, "Tesco")).toContainText("New");
  await screenshot(page, "ambiguous-chosen");

  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("region", { name: "Import finished" }).getByText("2 transactions")).toBeVisible();
  const items = (await client.get("/api/transactions")).body.items.map((t: { date: string; note: string; amount: string }) => [t.date, t.note, t.amount]);
  expect(items.sort()).toEqual([
    ["2026-02-01", "Tesco", "10.00"],
    ["2026-04-03", "Uber", "5.50"],
  ]);
});

test("an empty, a non-CSV and a header-only file are refused with a reason", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  await signIn(page, client, baseURL!);
  await page.goto("/import");
  const input = fileInput(page);

  await input.setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await expect(page.locator("#import-file-error")).toContainText("“empty.csv” is empty");
  await expect(input).toHaveAttribute("aria-invalid", "true");

  await input.setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 …") });
  await expect(page.locator("#import-file-error")).toContainText("“statement.pdf” isn't a CSV file");
  await screenshot(page, "refused");

  await input.setInputFiles(csvFile("header.csv", "date,amount,note\n"));
  await expect(page.locator("#import-file-error")).toContainText("“header.csv” has no rows to import");
});

test("Export CSV downloads the transactions the filters show", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);
  for (const fields of [
    { type: "expense", amount: "12.34", note: "Export me please", date: "2026-06-10" },
    { type: "expense", amount: "99.00", note: "Left out", date: "2026-06-11" },
  ]) {
    const response = await client.post("/api/transactions", fields);
    expect(response.status, response.text).toBe(201);
  }

  await page.goto("/transactions?q=Export+me");
  const exportLink = page.getByRole("link", { name: /Export CSV/ });
  await expect(exportLink).toHaveAttribute("href", "/api/transactions/export?q=Export+me");
  await screenshot(page, "transactions-export");
  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^ledgerly-transactions-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), "utf8");
  const lines = text.split("\r\n");
  expect(lines[0]).toBe("date,type,amount,category,note,comment,id");
  expect(text).toMatch(/2026-06-10,expense,12\.34,[^,]+,Export me please,/);
  expect(text).not.toContain("Left out");

  // Unfiltered: everything.
  await page.goto("/transactions");
  await expect(page.getByRole("link", { name: /Export CSV/ })).toHaveAttribute("href", "/api/transactions/export");
});
