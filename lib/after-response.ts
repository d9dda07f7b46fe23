// Work that must not change how long a response takes (SECURITY.md: no
// timing oracle on whether an address has an account): it runs after the
// response is sent (Next's after()), and its failures are logged, not answered.
import { after } from "next/server";
import { logger } from "./log";

export function afterResponse(label: string, work: () => Promise<void>): void {
  after(async () => {
    try {
      await work();
    } catch (error) {
      logger.error("deferred work failed", { label, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
