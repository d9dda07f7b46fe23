// Lighthouse 12.2.3, desktop and mobile presets, on the main pages (signed in
// through the session cookies where a page needs them); median of `runs` per
// category. Runs are interleaved (run 1 of every page, then run 2, …) so a
// noisy minute on the shared machine doesn't land on one page only.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium";
import type { SizeContext } from "./context";
import { PORTS } from "./ports";
import { waitForQuietMachine } from "./proc";
import { median, round } from "./stats";
import { signIn } from "./users";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const PAGES = [
  { path: "/login", signedIn: false },
  { path: "/dashboard", signedIn: true },
  { path: "/transactions", signedIn: true },
  { path: "/budgets", signedIn: true },
] as const;
const PRESETS = ["desktop", "mobile"] as const;
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"] as const;

export const GOAL_SCORE = 95;

type Category = (typeof CATEGORIES)[number];
export type PageScores = {
  /** Median score 0–100 per category. */
  scores: Record<Category, number>;
  /** Median of each metric (ms; CLS unitless). */
  metrics: Record<string, number>;
  /** Audits below full marks in the last run, by category: where the missing points are. */
  shortfalls: Record<string, string[]>;
  runs: Array<Record<Category, number>>;
};

export async function lighthouseSection(context: SizeContext): Promise<Record<string, Record<string, PageScores>>> {
  const { app, options } = context;
  const busy = await waitForQuietMachine();
  if (busy > 0.1) console.log(`  lighthouse: the machine is still ${Math.round(busy * 100)} % busy; scores may read low`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, "--headless=new"],
    port: PORTS.lighthouseChrome,
  });
  const raw: Record<string, Record<string, { runs: Array<Record<Category, number>>; metrics: Record<string, number[]>; shortfalls: Record<string, string[]> }>> = {};
  try {
    for (let run = 0; run < options.runs; run++) {
      const { cookie } = await signIn(app.url, context.main);
      for (const preset of PRESETS) {
        for (const page of PAGES) {
          const result = await lighthouse(
            `${app.url}${page.path}`,
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: [...CATEGORIES],
              extraHeaders: page.signedIn ? { Cookie: cookie } : undefined,
            },
            preset === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
            throw new Error(`Lighthouse on ${page.path} landed on ${lhr.finalDisplayedUrl} (signed out?)`);
          }
          const slot = ((raw[preset] ??= {})[page.path] ??= { runs: [], metrics: {}, shortfalls: {} });
          slot.runs.push(
            Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>,
          );
          for (const metric of METRICS) (slot.metrics[metric] ??= []).push(lhr.audits[metric]?.numericValue ?? NaN);
          slot.shortfalls = Object.fromEntries(
            CATEGORIES.map((c) => [
              c,
              (lhr.categories[c]?.auditRefs ?? [])
                .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
                .map((ref) => ref.id),
            ]),
          );
          console.log(`  lighthouse ${preset} ${page.path} run ${run + 1}: ${CATEGORIES.map((c) => slot.runs.at(-1)![c]).join(" / ")}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  const results: Record<string, Record<string, PageScores>> = {};
  for (const [preset, pages] of Object.entries(raw)) {
    for (const [path, slot] of Object.entries(pages)) {
      (results[preset] ??= {})[path] = {
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(slot.runs.map((r) => r[c]))])) as Record<Category, number>,
        metrics: Object.fromEntries(Object.entries(slot.metrics).map(([m, values]) => [m, round(median(values), 3)])),
        shortfalls: slot.shortfalls,
        runs: slot.runs,
      };
    }
  }
  return results;
}
