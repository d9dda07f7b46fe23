// The machine's Chromium, with the flags that keep it from doing anything but
// load our pages (no updates, sync or background traffic to skew a measurement).
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The pages behind login, and the cookie pairs ("a=b; c=d") a signed-in browser sends. */
export function cookiesFor(cookieHeader: string, url: string): Array<{ name: string; value: string; url: string }> {
  return cookieHeader
    .split("; ")
    .filter(Boolean)
    .map((pair) => {
      const index = pair.indexOf("=");
      return { name: pair.slice(0, index), value: pair.slice(index + 1), url };
    });
}
