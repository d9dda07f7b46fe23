// The Recurring page in a real browser: set up a bill through the form (its
// field errors first), see it listed with its next date, see it coming up on
// the dashboard with the month's projected balance, edit it, pause and resume
// it, delete it after confirming. Screenshots at desktop and phone widths.
import { mkdirSync } from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { monthRange, todayIn } from "../lib/clock";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";
import { useOwnClientAddress } from "./helpers/auth";

const SCREENSHOTS = "test-results/screenshots";

// Each save is a request and a server render; a machine busy with parallel builds can take longer than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

// Dialogs open at once instead of fading in, so screenshots show them whole.
test.use({ reducedMotion: "reduce" });

test.beforeEach(async ({ context }) => {
  await useOwnClientAddress(context);
});

async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

/** The page at desktop and phone widths; the whole page, or only the viewport (for a dialog over it). */
async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    await page.screenshot({ path: `${SCREENSHOTS}/recurring-${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const utc = { timeZone: "UTC" } as const;
const longDay = (date: string) =>
  new Intl.DateTimeFormat("en-US", { ...utc, weekday: "long", month: "long", day: "numeric", year: "numeric" }).format(new Date(`${date}T00:00:00Z`));
const shortDay = (date: string) => new Intl.DateTimeFormat("en-US", { ...utc, month: "short", day: "numeric" }).format(new Date(`${date}T00:00:00Z`));

test("a recurring bill is set up, comes up on the dashboard, is paused, resumed and deleted", async ({ page, baseURL }) => {
  test.slow();
  const { client } = await signedInUser({ timezone: "UTC", currency: "USD" });
  await signIn(page, client, baseURL!);
  const today = todayIn("UTC");
  const tomorrow = addDays(today, 1);
  // A salary already recorded this month, so the projection has a balance to start from.
  const salary = await client.post("/api/transactions", { amount: "3000.00", type: "income", category: "Salary", note: "ACME payroll" });
  expect(salary.status, salary.text).toBe(201);

  await page.goto("/recurring");
  await expect(page.getByRole("heading", { level: 1, name: "Recurring" })).toBeVisible();
  await expect(page.getByText("Nothing recurring yet")).toBeVisible();
  await screenshot(page, "empty");

  const form = page.getByRole("form", { name: "Add a recurring transaction" });
  const amount = form.getByLabel(/Amount/);
  // The server's problems land next to the fields they name, and focus goes to the first.
  await form.getByRole("button", { name: "Add recurring" }).click();
  await expect(form.getByText("Is required.")).toBeVisible();
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(amount).toBeFocused();
  await amount.fill("1200");
  await form.getByLabel("Starts").fill(tomorrow);
  await form.getByLabel("Ends").fill(today);
  await form.getByRole("button", { name: "Add recurring" }).click();
  await expect(form.getByText("Must be on or after the start date.")).toBeVisible();
  await expect(form.getByLabel("Ends")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Ends")).toBeFocused();
  await screenshot(page, "errors");

  // The bill: from tomorrow, so nothing is recorded yet and its next date is tomorrow. Enter submits.
  await form.getByRole("radio", { name: "Expense" }).check();
  await form.getByLabel("Category").selectOption("Housing");
  await form.getByLabel("Repeats").selectOption("monthly");
  await form.getByLabel(/Every/).fill("1");
  await form.getByLabel("Ends").fill("");
  await expect(form.getByText(/^Monthly on the \d+(st|nd|rd|th)/)).toBeVisible();
  await form.getByLabel("Note").fill("Rent");
  await form.getByLabel("Note").press("Enter");

  const rent = page.getByRole("article", { name: "Rent" });
  await expect(rent).toBeVisible();
  await expect(rent.getByText(`Next: ${longDay(tomorrow)}`)).toBeVisible();
  await expect(rent.getByText(/Monthly on the \d+(st|nd|rd|th)/)).toBeVisible();
  await expect(rent.getByText("-$1,200.00")).toBeVisible();
  await expect(rent.getByText("Housing")).toBeVisible();
  await expect(page.getByText("Nothing recurring yet")).toHaveCount(0);
  // The form is ready for the next one.
  await expect(amount).toHaveValue("");
  await expect(amount).toBeFocused();
  // A salary too, set up through the API, to fill the list and the dashboard.
  const payday = await client.post("/api/recurring", { type: "income", amount: "3000", note: "ACME payroll", frequency: "monthly", startDate: addDays(today, 20) });
  expect(payday.status, payday.text).toBe(201);
  await page.reload();
  await expect(page.getByRole("article")).toHaveCount(2);
  await screenshot(page, "list");

  // The dashboard's Upcoming: the bill tomorrow, and where that leaves the month.
  await page.goto("/dashboard");
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  const first = upcoming.getByRole("listitem").first();
  await expect(first.getByText("Rent")).toBeVisible();
  await expect(first.getByText(shortDay(tomorrow))).toBeVisible();
  await expect(first.getByText("-$1,200.00")).toBeVisible();
  const monthEnd = monthRange(today.slice(0, 7)).to;
  const expected = 3000_00 - (tomorrow <= monthEnd ? 1200_00 : 0) + (addDays(today, 20) <= monthEnd ? 3000_00 : 0);
  const projected = upcoming.getByRole("definition").first();
  await expect(projected).toHaveText(`+$${(expected / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`);
  // The charts load on the client; let them, so the screenshot shows them.
  await page.waitForLoadState("networkidle");
  await screenshot(page, "dashboard");

  // Edit in a dialog: Escape closes it without saving; Enter saves.
  await page.goto("/recurring");
  await rent.getByRole("button", { name: "Edit Rent" }).click();
  const edit = page.getByRole("dialog", { name: "Edit recurring transaction" });
  await expect(edit).toBeVisible();
  await expect(edit.getByLabel("Category")).toHaveValue("Housing");
  await screenshot(page, "edit", { fullPage: false });
  await page.keyboard.press("Escape");
  await expect(edit).toHaveCount(0);
  await rent.getByRole("button", { name: "Edit Rent" }).click();
  await edit.getByLabel(/Amount/).fill("1250.50");
  await edit.getByLabel(/Amount/).press("Enter");
  await expect(edit).toHaveCount(0);
  await expect(rent.getByText("-$1,250.50")).toBeVisible();

  // Pause: marked paused, nothing coming; resume brings the next date back.
  await rent.getByRole("button", { name: "Pause Rent" }).click();
  await expect(rent.getByText("Paused", { exact: true })).toBeVisible();
  await expect(rent.getByText("Nothing is recorded while paused.")).toBeVisible();
  await expect(rent.getByRole("button", { name: "Resume Rent" })).toBeVisible();
  await screenshot(page, "paused");
  await rent.getByRole("button", { name: "Resume Rent" }).press("Enter");
  await expect(rent.getByText("Paused", { exact: true })).toHaveCount(0);
  await expect(rent.getByText(`Next: ${longDay(tomorrow)}`)).toBeVisible();

  // Delete, after confirming; Cancel keeps it. By keyboard: the toasts of the last steps may cover the row's corner.
  await rent.getByRole("button", { name: "Delete Rent" }).press("Enter");
  const confirm = page.getByRole("dialog", { name: "Delete “Rent”?" });
  await expect(confirm).toBeVisible();
  await screenshot(page, "delete", { fullPage: false });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(rent).toBeVisible();
  await expect(rent.getByRole("button", { name: "Delete Rent" })).toBeFocused();
  await rent.getByRole("button", { name: "Delete Rent" }).press("Enter");
  await confirm.getByRole("button", { name: "Delete recurring" }).click();
  await expect(rent).toHaveCount(0);
  await expect(page.getByRole("article", { name: "ACME payroll" })).toBeVisible();
});
