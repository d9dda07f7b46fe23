// Runs once when the server starts, before it serves a request: validate the
// environment, apply migrations and grants, make sure the secret exists, then
// start the recurring-transaction scheduler (in this process: no cron).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUp } = await import("./lib/startup");
  await startUp();
  const { startRecurringScheduler } = await import("./modules/transaction");
  startRecurringScheduler();
}
