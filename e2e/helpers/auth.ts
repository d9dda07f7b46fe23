// Shared steps of the sign-in specs: a client address per test, accounts made
// through the API, and screenshots at desktop and phone widths.
import { mkdirSync } from "node:fs";
import { expect as baseExpect, type BrowserContext, type Page, type Request } from "@playwright/test";
import { randomIp } from "../../tests/helpers/api-client";
import { registerUser, signedInUser, verifyEmail } from "../../tests/helpers/users";

const SCREENSHOTS = "test-results/screenshots";

/**
 * Sign-up, sign-in and resets hash a password (bcrypt, cost 12): that takes
 * seconds rather than milliseconds on a machine busy with parallel tests.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * Sends a random X-Forwarded-For with every request of the context, as a
 * reverse proxy would: the app keys per-IP rate limits (10 sign-ups an hour)
 * on it, so parallel tests don't use up each other's allowance.
 */
export async function useOwnClientAddress(context: BrowserContext): Promise<void> {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
}

/** A confirmed account that isn't signed in anywhere. */
export async function confirmedAccount(): Promise<{ email: string; password: string }> {
  const { client, email, password } = await registerUser();
  await verifyEmail(client, email);
  return { email, password };
}

/** A signed-in browser without going through the pages: the API's session cookies, copied. */
export async function signInWithCookies(page: Page, baseURL: string): Promise<{ email: string; password: string }> {
  const { client, email, password } = await signedInUser();
  await page.context().addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: baseURL })));
  return { email, password };
}

export async function signInThroughForm(page: Page, { email, password }: { email: string; password: string }): Promise<void> {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

export const isRefresh = (request: Request): boolean =>
  request.method() === "POST" && new URL(request.url()).pathname === "/api/auth/refresh";

/**
 * The page at 1280 and 375 px, saved as test-results/screenshots/auth-<name>-<width>.png:
 * the whole page, or only the viewport (for a dialog over it).
 */
export async function screenshotWidths(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    await page.screenshot({ path: `${SCREENSHOTS}/auth-${name}-${width}.png`, fullPage });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * Waits until React runs in the page (and so the session keeper's timers and
 * listeners): the header's theme button only gets its full name then.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: /^Theme: / })).toBeVisible();
}

/** Waits until the settings page shows, i.e. the browser is signed in. */
export async function expectSettingsPage(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
}
