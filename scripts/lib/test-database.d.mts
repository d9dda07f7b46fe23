export type TestDatabase = { databaseUrl: string; readonlyUrl?: string; adminUrl: string; stop: () => Promise<void> };
export function createTestDatabase(options: {
  root: string;
  databaseUrl?: string;
  /** The database (and embedded data dir) name: ledgerly_test by default. */
  name?: string;
  log?: (message: string) => void;
}): Promise<TestDatabase>;
