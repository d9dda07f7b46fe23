// The categories page in a real browser: add a category with keywords, watch
// the "Try a note" box pick it, rename it, edit its keyword chips, and delete
// it with its transactions moved elsewhere.
import { mkdirSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";

const SCREENSHOTS = "test-results/screenshots";

async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

/** The page at desktop and phone widths; the whole page, or only the viewport (for a dialog over it). */
async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    await page.screenshot({ path: `${SCREENSHOTS}/categories-${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const category = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
const tryBox = (page: Page) => page.getByLabel(/Type a note as you would/);
/** The keywords of a chip list, without the chips' "Remove keyword …" button text. */
const keywordsIn = (list: Locator) => list.locator("[data-keyword]");
const tryResult = (page: Page) => page.getByTestId("try-result");

test("add a category with keywords, try it, rename it, edit its chips, delete it moving its transactions", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);

  await page.goto("/settings");
  await page.getByRole("link", { name: "Manage categories and keywords" }).click();
  await expect(page).toHaveURL(/\/settings\/categories$/);
  await expect(page.getByRole("heading", { level: 1, name: "Categories" })).toBeVisible();
  await expect(page.getByRole("tab", { name: /Expense/ })).toHaveAttribute("aria-selected", "true");
  await expect(category(page, "Food & Dining")).toBeVisible();
  // Other is where nothing-matched goes: no rename, no delete.
  const other = category(page, "Other");
  await expect(other.getByText("Fallback")).toBeVisible();
  await expect(other.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await expect(other.getByRole("button", { name: /Rename/ })).toHaveCount(0);
  await screenshot(page, "list");

  // Add: a name and two keywords, each typed and added with Enter.
  const form = page.getByRole("form", { name: "New expense category" });
  await form.getByLabel("Name").fill("Coffee");
  const newKeywords = form.getByLabel("Keywords", { exact: true });
  await newKeywords.fill("ristretto");
  await newKeywords.press("Enter");
  await newKeywords.fill("macchiato");
  await newKeywords.press("Enter");
  await expect(keywordsIn(form.getByRole("list", { name: "Keywords of the new category" }))).toHaveText(["ristretto", "macchiato"]);
  await form.getByRole("button", { name: "Add category" }).click();

  const coffee = category(page, "Coffee");
  await expect(coffee).toBeVisible();
  await expect(coffee.getByText("Yours")).toBeVisible();
  const chips = keywordsIn(coffee.getByRole("list", { name: "Keywords of Coffee" }));
  await expect(chips).toHaveText(["ristretto", "macchiato"]);

  // The Try box asks the server as you type, and names the deciding keyword.
  await tryBox(page).pressSequentially("Double ristretto to go");
  await expect(tryResult(page)).toContainText("Coffee");
  await expect(tryResult(page)).toContainText("“ristretto”");
  await screenshot(page, "added");

  // A keyword another category holds: 409 keyword_taken, naming that category.
  const addKeyword = coffee.getByLabel("Add a keyword to Coffee");
  await addKeyword.fill("starbucks");
  await addKeyword.press("Enter");
  await expect(coffee.getByRole("alert")).toContainText("Food & Dining");
  await expect(addKeyword).toHaveAttribute("aria-invalid", "true");
  await expect(addKeyword).toHaveValue("starbucks");
  await screenshot(page, "keyword-taken");
  await addKeyword.fill("");

  // Rename in place: Enter saves, and the Try box answers with the new name.
  await coffee.getByRole("button", { name: "Rename Coffee" }).click();
  const rename = page.getByRole("form", { name: "Rename Coffee" });
  await rename.getByLabel("New name for Coffee").fill("Coffee shops");
  await rename.getByLabel("New name for Coffee").press("Enter");
  const shops = category(page, "Coffee shops");
  await expect(shops).toBeVisible();
  await expect(tryResult(page)).toContainText("Coffee shops");

  // Chips: × removes one; Backspace in the empty box removes the last.
  const shopChips = keywordsIn(shops.getByRole("list", { name: "Keywords of Coffee shops" }));
  await shops.getByRole("button", { name: "Remove keyword “macchiato”" }).click();
  await expect(shopChips).toHaveText(["ristretto"]);
  await expect(shops.getByText("Removed “macchiato”.")).toBeVisible();
  const addToShops = shops.getByLabel("Add a keyword to Coffee shops");
  await addToShops.fill("cortado");
  await addToShops.press("Enter");
  await expect(shopChips).toHaveText(["ristretto", "cortado"]);
  await addToShops.press("Backspace");
  await expect(shopChips).toHaveText(["ristretto"]);
  // Saved on the server too.
  const saved = await client.get("/api/categories?type=expense");
  expect(saved.body.items.find((c: { name: string }) => c.name === "Coffee shops").keywords).toEqual(["ristretto"]);

  // Two transactions get the category by its keyword.
  for (const note of ["ristretto at the station", "Ristretto beans"]) {
    const created = await client.post("/api/transactions", { amount: "3.20", type: "expense", note });
    expect(created.status, created.text).toBe(201);
    expect(created.body.transaction.category).toBe("Coffee shops");
  }
  await page.reload();
  await expect(category(page, "Coffee shops").getByText("2 transactions")).toBeVisible();

  // Delete: the dialog says how many transactions it has and asks where they go.
  await category(page, "Coffee shops").getByRole("button", { name: "Delete Coffee shops" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Coffee shops?" });
  await expect(dialog).toContainText("2 transactions");
  const moveTo = dialog.getByLabel("Move its transactions to");
  await expect(moveTo).toHaveValue("Other");
  await expect(moveTo.getByRole("option", { name: "Salary" })).toHaveCount(0);
  await expect(moveTo.getByRole("option", { name: "Coffee shops" })).toHaveCount(0);
  await moveTo.selectOption("Food & Dining");
  await screenshot(page, "delete", { fullPage: false });
  await dialog.getByRole("button", { name: "Move and delete" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(category(page, "Coffee shops")).toHaveCount(0);
  const moved = await client.get("/api/transactions?category=Food%20%26%20Dining&limit=10");
  expect(moved.body.items.map((t: { note: string }) => t.note).sort()).toEqual(["Ristretto beans", "ristretto at the station"]);
});

test("learned keywords are marked, and the form's 'Why this category?' opens the Try box", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);
  // A correction teaches the note's word to the category picked.
  const corrected = await client.post("/api/transactions", { amount: "12.00", type: "expense", note: "Quokkamart", category: "Groceries" });
  expect(corrected.status, corrected.text).toBe(201);
  const groceriesKeywords: string[] = (await client.get("/api/categories?type=expense")).body.items.find((c: { name: string }) => c.name === "Groceries").keywords;
  const learned = groceriesKeywords.find((k) => k.toLowerCase().includes("quokkamart"));
  expect(learned).toBeTruthy();

  await page.goto("/transactions");
  const form = page.getByRole("form", { name: "Add a transaction" });
  await form.getByLabel("Note").pressSequentially("Quokkamart weekly shop");
  await expect(form.getByTestId("detected-category")).toContainText("Groceries");
  await form.getByRole("link", { name: "Why this category?" }).click();

  await expect(page).toHaveURL(/\/settings\/categories\?try=Quokkamart/);
  await expect(tryBox(page)).toHaveValue("Quokkamart weekly shop");
  await expect(tryResult(page)).toContainText("Groceries");
  await expect(tryResult(page)).toContainText(`“${learned}”`);

  // The category name in the answer opens it in the list, where the learned keyword is marked.
  await tryResult(page).getByRole("button", { name: "Groceries" }).click();
  const groceries = category(page, "Groceries");
  await expect(groceries.getByText(/1 learned/)).toBeVisible();
  const chip = groceries.getByRole("listitem").filter({ hasText: learned! });
  await expect(chip).toContainText("learned");
  await expect(groceries.getByRole("button", { name: `Remove keyword “${learned}” (learned)` })).toBeVisible();
  await screenshot(page, "learned");

  // Income has its own tab and its own fallback.
  await page.getByRole("tab", { name: /Income/ }).click();
  await expect(category(page, "Salary")).toBeVisible();
  await expect(category(page, "Other Income").getByText("Fallback")).toBeVisible();
  await expect(page.getByRole("form", { name: "New income category" })).toBeVisible();
});
