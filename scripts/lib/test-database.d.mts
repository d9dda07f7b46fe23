export type TestDatabase = { databaseUrl: string; readonlyUrl?: string; adminUrl: string; stop: () => Promise<void> };
export function createTestDatabase(options: {
  root: string;
  databaseUrl?: string;
  log?: (message: string) => void;
}): Promise<TestDatabase>;
