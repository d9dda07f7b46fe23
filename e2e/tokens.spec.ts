// Personal access tokens on the settings page in a real browser: create one,
// see its secret once, use it from a script, revoke it, and it stops working.
import { mkdirSync } from "node:fs";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { ApiClient } from "../tests/helpers/api-client";
import { signedInUser } from "../tests/helpers/users";

const SCREENSHOTS = "test-results/screenshots";

// Each save is a request and a server render; on a machine busy with parallel
// builds and tests that can take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

async function signIn(page: Page, client: ApiClient, baseURL: string): Promise<void> {
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
}

/** The Tokens section at desktop and phone widths; `section` alone, or the viewport (for a dialog over it). */
async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const section = page.getByRole("region", { name: "Tokens", exact: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    if (fullPage) await page.screenshot({ path: `${SCREENSHOTS}/tokens-${name}-${width}.png` });
    else await section.screenshot({ path: `${SCREENSHOTS}/tokens-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** What a script does: no cookies, no Origin, only the bearer token. */
const listTransactions = (baseURL: string, secret: string) =>
  fetch(`${baseURL}/api/transactions`, { headers: { authorization: `Bearer ${secret}` } });

test("a token is shown once, works from a script, and stops working when revoked", async ({ page, context, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  await signIn(page, client, baseURL!);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Tokens", exact: true });
  await expect(section.getByText("No tokens yet")).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, "empty");

  // The server's field problem lands next to its field: a date in the past.
  const form = section.getByRole("form", { name: "New token" });
  await form.getByLabel(/Name/).fill("Nightly export");
  await form.getByRole("radio", { name: "Read only" }).check();
  await form.getByLabel("Expires after").fill("2020-01-01");
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText(/must be a date after today/)).toBeVisible();
  await form.getByLabel("Expires after").fill("");

  await form.getByRole("button", { name: "Create token" }).click();
  const created = section.getByRole("region", { name: /Token “Nightly export” created/ });
  await expect(created).toBeVisible();
  await expect(created.getByText("you won't see it again", { exact: false })).toBeVisible();
  const secret = (await created.locator("code").first().textContent())!.trim();
  expect(secret).toMatch(/^lgy_[A-Za-z0-9_-]{43,}$/);
  await expect(created.getByText(`curl -H "Authorization: Bearer ${secret}" ${new URL(baseURL!).origin}/api/transactions`)).toBeVisible();

  await created.getByRole("button", { name: "Copy token" }).click();
  await expect(created.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const item = section.getByRole("listitem").filter({ hasText: "Nightly export" });
  await expect(item).toContainText("Read only");
  await expect(item).toContainText(/Last used\s*Never/);
  await expect(item).toContainText(/Expires\s*Never/);
  await screenshot(page, "created");

  // The secret works for a script.
  const ok = await listTransactions(baseURL!, secret);
  expect(ok.status).toBe(200);

  // Once put away, it is gone from the page for good.
  await created.getByRole("button", { name: "I've saved it" }).click();
  await expect(created).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  // The script's call shows as the last use.
  await expect(item).not.toContainText(/Last used\s*Never/);

  // Revoke, after confirming.
  await item.getByRole("button", { name: "Revoke the token Nightly export" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke the token “Nightly export”?" });
  await expect(dialog).toBeVisible();
  await screenshot(page, "revoke", { fullPage: true });
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toHaveCount(0);
  expect((await listTransactions(baseURL!, secret)).status).toBe(200);

  await item.getByRole("button", { name: "Revoke the token Nightly export" }).click();
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(item).toHaveCount(0);
  await expect(section.getByText("No tokens yet")).toBeVisible();

  const revoked = await listTransactions(baseURL!, secret);
  expect(revoked.status).toBe(401);
});

test("a read-and-write token with an expiry date is listed with both", async ({ page, baseURL }) => {
  const { client } = await signedInUser({ timezone: "UTC" });
  await signIn(page, client, baseURL!);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Tokens", exact: true });
  const form = section.getByRole("form", { name: "New token" });

  // Empty name: refused in the page, next to the field.
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByLabel(/Name/)).toHaveAttribute("aria-invalid", "true");

  const nextYear = new Date().getUTCFullYear() + 1;
  await form.getByLabel(/Name/).fill("Bank sync");
  await form.getByText("Read and write").click();
  await form.getByLabel("Expires after").fill(`${nextYear}-06-30`);
  await form.getByLabel(/Name/).press("Enter");
  const created = section.getByRole("region", { name: /Token “Bank sync” created/ });
  await expect(created).toBeVisible();
  await expect(created.getByRole("heading", { name: /Bank sync/ })).toBeFocused();

  const item = section.getByRole("listitem").filter({ hasText: "Bank sync" });
  await expect(item).toContainText("Read and write");
  await expect(item).toContainText(`Jun 30, ${nextYear}`);
  const listed = await client.get("/api/tokens");
  expect(listed.body.items).toMatchObject([{ name: "Bank sync", scope: "write", expiresAt: `${nextYear}-06-30` }]);
});
