import type pg from "pg";

/**
 * The client as lib/db/migrate.ts's applyMigrations sees it during a restore:
 * its per-migration BEGIN / COMMIT / ROLLBACK become a savepoint inside the
 * restore's one transaction, so migrating, copying the rows and (with
 * --force) dropping the old schemas commit together or not at all, while the
 * migrations still run through the app's own runner.
 */
export function savepointClient(client: pg.Client): pg.Client {
  const rewrite = (text: string): string => {
    if (/^\s*BEGIN\b/i.test(text)) return "SAVEPOINT restore_migration";
    if (/^\s*COMMIT\b/i.test(text)) return "RELEASE SAVEPOINT restore_migration";
    if (/^\s*ROLLBACK\b/i.test(text)) return "ROLLBACK TO SAVEPOINT restore_migration";
    return text;
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "query") {
        return (text: unknown, ...rest: unknown[]) =>
          (target.query as (...args: unknown[]) => unknown)(typeof text === "string" ? rewrite(text) : text, ...rest);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
