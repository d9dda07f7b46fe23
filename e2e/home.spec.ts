import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  for (const width of [1280, 360]) {
    test(`renders the shell and the landing at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto("/");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("link", { name: /ledgerly/i }).first()).toBeVisible();
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: "Create account" }).first()).toHaveAttribute("href", "/register");
      await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
      // No navigation for a visitor: every page behind it asks to sign in first.
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Menu" })).toHaveCount(0);
      // Responsive down to 360 px: nothing wider than the viewport.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The CSP carries a nonce and the page still hydrates (the theme toggle is interactive).
      expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
      await page.screenshot({ path: `test-results/screenshots/home-${width}.png`, fullPage: true });
    });
  }

  test("answers unknown API paths with a problem+json 404", async ({ request }) => {
    const response = await request.get("/api/no-such-endpoint");
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, code: "not_found" });
  });
});
