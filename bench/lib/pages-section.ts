// First-load JavaScript per page: open the page in Chromium (a fresh profile,
// signed in where the page needs it) and add up the gzip size of every script
// that loaded before the `load` event. Sizes are of the bodies gzipped here
// (level 9, as Next's own "First Load JS" counts), not of what the server sent.
import { gzipSync } from "node:zlib";
import { chromium, type Response } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, cookiesFor } from "./chromium";
import type { SizeContext } from "./context";
import { round } from "./stats";
import { signIn } from "./users";

export const PAGES = [
  { path: "/login", signedIn: false },
  { path: "/register", signedIn: false },
  { path: "/dashboard", signedIn: true },
  { path: "/transactions", signedIn: true },
  { path: "/budgets", signedIn: true },
  { path: "/settings", signedIn: true },
] as const;

export const GOAL_KB = 180;

export type PageJs = { kbGzip: number; kbRaw: number; scripts: number; largest: Array<{ url: string; kbGzip: number }> };

export async function pagesSection(context: SizeContext): Promise<Record<string, PageJs>> {
  const { app } = context;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  const results: Record<string, PageJs> = {};
  try {
    const { cookie } = await signIn(app.url, context.main);
    for (const page of PAGES) {
      const browserContext = await browser.newContext();
      if (page.signedIn) await browserContext.addCookies(cookiesFor(cookie, app.url));
      const tab = await browserContext.newPage();
      const bodies: Array<Promise<{ url: string; raw: number; gzip: number }>> = [];
      tab.on("response", (response: Response) => {
        if (response.request().resourceType() !== "script") return;
        bodies.push(
          response.body().then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length })),
        );
      });
      const response = await tab.goto(`${app.url}${page.path}`, { waitUntil: "load" });
      const landed = new URL(tab.url()).pathname;
      if (!response?.ok() || landed !== page.path) {
        throw new Error(`${page.path} answered ${response?.status()} and landed on ${landed}`);
      }
      const scripts = await Promise.all(bodies);
      await browserContext.close();
      const kb = (bytes: number) => round(bytes / 1024, 1);
      results[page.path] = {
        kbGzip: kb(scripts.reduce((sum, s) => sum + s.gzip, 0)),
        kbRaw: kb(scripts.reduce((sum, s) => sum + s.raw, 0)),
        scripts: scripts.length,
        largest: scripts
          .sort((a, b) => b.gzip - a.gzip)
          .slice(0, 3)
          .map((s) => ({ url: new URL(s.url).pathname, kbGzip: kb(s.gzip) })),
      };
      const r = results[page.path]!;
      console.log(`  ${page.path.padEnd(14)} ${String(r.kbGzip).padStart(6)} kB gzip in ${r.scripts} scripts ${r.kbGzip <= GOAL_KB ? "" : `(over ${GOAL_KB} kB)`}`);
    }
  } finally {
    await browser.close();
  }
  return results;
}
