// Accounts and sessions in a real browser: sign-up with the mailed link,
// sign-in and -out, password reset, the idle sign-out, the proactive and the
// on-401 refresh, and the ?next= redirect that must stay on this site.
import { test } from "@playwright/test";
import { latestMailTo, linkIn, registerUser, TEST_PASSWORD, uniqueEmail } from "../tests/helpers/users";
import {
  confirmedAccount,
  expect,
  expectSettingsPage,
  isRefresh,
  screenshotWidths,
  signInThroughForm,
  signInWithCookies,
  useOwnClientAddress,
  waitForHydration,
} from "./helpers/auth";

test.beforeEach(async ({ context }) => {
  await useOwnClientAddress(context);
});

test("sign up, confirm the email, sign in where you were going, stay signed in, sign out", async ({ page }) => {
  const email = uniqueEmail("e2e-signup");

  // A page behind login sends a visitor to sign in, remembering where they were going.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);
  // Signed out, the header offers no navigation: its pages would only lead back here.
  const viewport = page.viewportSize()!;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Menu" })).toHaveCount(0);
  }
  await page.setViewportSize(viewport);
  await screenshotWidths(page, "login");

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  await screenshotWidths(page, "register");

  const form = page.getByRole("form", { name: "Create account" });
  // The schema's own checks run in the browser before anything is sent.
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Password", { exact: true }).fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Email must be a valid email address.")).toBeVisible();
  await expect(form.getByText("Password must be at least 10 characters.")).toBeVisible();

  await form.getByLabel("Name (optional)").fill("Ada Lovelace");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await form.getByLabel("Currency").selectOption("EUR");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeFocused();
  await screenshotWidths(page, "register-inbox");

  // The link from the mail confirms the address and leads to sign-in.
  const link = linkIn(await latestMailTo(email, /confirm/i), "/verify-email");
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page).toHaveURL(/\/login\?verified=1$/);
  await expect(page.getByText("Email confirmed")).toBeVisible();

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);
  await signInThroughForm(page, { email, password: TEST_PASSWORD });
  await expectSettingsPage(page);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible(); // signed in: the navigation is back
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Profile" }).getByLabel("Name")).toHaveValue("Ada Lovelace");
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");
  await screenshotWidths(page, "settings");

  await page.reload();
  await expectSettingsPage(page);

  await page.getByRole("button", { name: "Ada Lovelace" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);

  // The confirmation link works once.
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link doesn't work" })).toBeVisible();
});

test("forgot password: the mailed link sets a new one, and only the new one signs in", async ({ page }) => {
  const account = await confirmedAccount();
  const newPassword = "a brand new passphrase 7";

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  const link = linkIn(await latestMailTo(account.email, /reset/i), "/reset-password");
  await page.goto(`${link.pathname}${link.search}`);
  const form = page.getByRole("form", { name: "Choose a new password" });
  // The server's own rule (not the email address) comes back onto the field.
  await form.getByLabel("New password").fill(account.email);
  await form.getByRole("button", { name: "Set new password" }).click();
  await expect(form.getByText("New password must not be your email address.")).toBeVisible();
  await form.getByLabel("New password").fill(newPassword);
  await form.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByText("Password changed")).toBeVisible();

  await signInThroughForm(page, account);
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect" })).toBeVisible();

  await signInThroughForm(page, { email: account.email, password: newPassword });
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link was used up.
  await page.context().clearCookies();
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("textbox", { name: "New password" }).fill("yet another passphrase 8");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This link doesn't work anymore" })).toBeVisible();
});

test("sign-in and sign-up problems are explained where they happened", async ({ page }) => {
  const unconfirmed = await registerUser();

  await page.goto("/login");
  await signInThroughForm(page, unconfirmed);
  await expect(page.getByRole("alert").filter({ hasText: "Confirm your email first" })).toBeVisible();
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByText("Sent", { exact: true })).toBeVisible();

  await page.goto("/register");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Email").fill(unconfirmed.email);
  await form.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  const taken = page.getByRole("alert").filter({ hasText: "This email already has an account" });
  await expect(taken.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
  await expect(taken.getByRole("link", { name: "reset your password" })).toHaveAttribute("href", "/forgot-password");

  // A password from the common list is refused before anything is sent.
  await form.getByLabel("Password", { exact: true }).fill("password123");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText(/^Password is too common/)).toBeVisible();
});

test("after 30 minutes without input the browser warns, then signs out", async ({ page, baseURL }) => {
  await page.clock.install();
  await signInWithCookies(page, baseURL!);
  await page.goto("/settings");
  await expectSettingsPage(page);
  await waitForHydration(page);

  await page.clock.fastForward("29:00");
  const warning = page.getByRole("alertdialog");
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("heading")).toHaveText(/You'll be signed out in (60|59|58) s/);
  await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await screenshotWidths(page, "idle-warning", { fullPage: false });

  await page.clock.fastForward("01:01");
  await expect(page).toHaveURL(/\/login\?reason=idle&next=%2Fsettings$/);
  await expect(page.getByText("You were signed out after 30 minutes without activity")).toBeVisible();
  // Signed out on the server too, not only in this tab.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);
});

test("'Stay signed in' and input in another tab keep the session", async ({ page, baseURL }) => {
  await page.clock.install();
  await signInWithCookies(page, baseURL!);
  await page.goto("/settings");
  await expectSettingsPage(page);
  await waitForHydration(page);

  // Loading the page counted as input, so the 12-minute refresh also falls in
  // these 29 minutes; "Stay signed in" may find it still in flight and join it.
  const refreshed = page.waitForRequest(isRefresh);
  await page.clock.fastForward("29:00");
  await page.getByRole("button", { name: "Stay signed in" }).click();
  expect((await (await refreshed).response())?.status()).toBe(200);
  await expect(page.getByRole("alertdialog")).toBeHidden();

  // A second tab of the same browser: input there 20 minutes later moves
  // this tab's sign-out from 30 to 50 minutes after "Stay signed in".
  const other = await page.context().newPage();
  await other.goto("/settings");
  await waitForHydration(other);
  await page.clock.fastForward("20:00");
  await other.mouse.click(5, 300);
  await page.clock.fastForward("20:00");
  await expect(page.getByRole("alertdialog")).toBeHidden();
  await expect(page).toHaveURL(/\/settings$/);
});

test("while the user is active the session is refreshed every 12 minutes, and only then", async ({ page, baseURL }) => {
  await page.clock.install();
  await signInWithCookies(page, baseURL!);
  let refreshCount = 0;
  page.on("request", (request) => {
    if (isRefresh(request)) refreshCount += 1;
  });
  await page.goto("/settings");
  await waitForHydration(page);

  await page.keyboard.press("Shift");
  const first = page.waitForRequest(isRefresh);
  await page.clock.fastForward("12:00");
  expect((await (await first).response())?.status()).toBe(200);

  // No input since: twelve more minutes pass without a refresh...
  await page.clock.fastForward("12:00");
  await page.waitForTimeout(500);
  expect(refreshCount).toBe(1);

  // ...until the user is back, when the overdue one happens at once.
  const second = page.waitForRequest(isRefresh);
  await page.mouse.click(5, 300);
  expect((await (await second).response())?.status()).toBe(200);

  await page.reload();
  await expectSettingsPage(page);
});

test("a request answered 401 is refreshed and retried without the user noticing", async ({ page, baseURL, context }) => {
  await signInWithCookies(page, baseURL!);
  await page.goto("/settings");
  await expectSettingsPage(page);
  await waitForHydration(page);

  // The access credential is gone (expired, say); the refresh credential remains.
  await context.clearCookies({ name: "access_token" });
  const statuses: number[] = [];
  page.on("response", (response) => {
    const request = response.request();
    if (request.method() === "PATCH" && new URL(request.url()).pathname === "/api/users/me") statuses.push(response.status());
  });
  const refreshed = page.waitForRequest(isRefresh);
  await page.getByRole("region", { name: "Profile" }).getByLabel("Name").fill("Grace Hopper");
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page.getByText("Profile saved")).toBeVisible();
  expect((await (await refreshed).response())?.status()).toBe(200);
  expect(statuses).toEqual([401, 200]);
  await expect(page.getByRole("button", { name: "Grace Hopper" })).toBeVisible();
  await expect(page).toHaveURL(/\/settings$/);
});

test("?next= only ever leads to a page of this site", async ({ page, baseURL }) => {
  const account = await confirmedAccount();
  const origin = new URL(baseURL!).origin;

  await page.goto(`/login?next=${encodeURIComponent("//evil.example")}`);
  await signInThroughForm(page, account);
  await page.waitForURL(`${origin}/dashboard`);

  // Signed in, the sign-in page sends the user on: to this site only.
  for (const next of ["//evil.example/x", "https://evil.example", "/\\evil.example"]) {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await expect(page).toHaveURL(`${origin}/dashboard`);
  }
  await page.goto(`/login?next=${encodeURIComponent("/settings")}`);
  await expectSettingsPage(page);
});
