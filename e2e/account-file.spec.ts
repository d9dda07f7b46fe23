// Settings → Your data in a real browser: export an account as a file, bring
// that file into a new account on the same page, and find the data there.
import { mkdirSync, readFileSync } from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";

const SCREENSHOTS = "test-results/screenshots";
const expect = baseExpect.configure({ timeout: 15_000 });

async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().clearCookies();
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

test("an account leaves as one file and arrives whole in an empty account", async ({ page, baseURL }) => {
  const { client: from } = await signedInUser({ currency: "EUR", timezone: "UTC" });
  for (const note of ["rent", "coffee", "salary"]) {
    const type = note === "salary" ? "income" : "expense";
    expect((await from.post("/api/transactions", { amount: "12.50", type, note, date: "2026-10-05" })).status).toBe(201);
  }
  await signIn(page, from, baseURL!);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Your data" });
  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Export my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ledgerly-account-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path!, "utf8"));
  expect(file).toMatchObject({ format: "ledgerly-account", profile: { currency: "EUR" } });
  expect(file.transactions).toHaveLength(3);

  const { client: to } = await signedInUser();
  await signIn(page, to, baseURL!);
  await page.goto("/settings");
  await page.getByLabel("Ledgerly account file to import").setInputFiles(path!);
  await expect(section.getByText("Imported 3 transactions, 0 budgets and 0 recurring transactions.")).toBeVisible();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await section.screenshot({ path: `${SCREENSHOTS}/account-file-imported-1280.png` });

  // Once the account has data of its own, another file is refused, and says why.
  await page.getByLabel("Ledgerly account file to import").setInputFiles(path!);
  await expect(section.getByText(/nothing of its own yet/)).toBeVisible();

  await page.goto("/transactions");
  for (const note of ["rent", "coffee", "salary"]) await expect(page.getByText(note, { exact: true }).first()).toBeVisible();
  expect((await to.get("/api/users/me")).body.user.currency).toBe("EUR");
});
