/** The running app under test, started by `npm test` (scripts/test.mjs). */
export function appUrl(): string {
  const url = process.env.LEDGERLY_TEST_BASE_URL;
  if (!url) {
    throw new Error("LEDGERLY_TEST_BASE_URL is not set: run these tests through `npm test`, which starts the app.");
  }
  return url;
}
