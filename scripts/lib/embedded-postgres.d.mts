export function freePort(): Promise<number>;
export function startEmbeddedPostgres(options: { dataDir: string; log?: (message: string) => void }): Promise<{
  databaseUrl: string;
  readonlyUrl: string;
  adminUrl: string;
  stop: () => Promise<void>;
}>;
