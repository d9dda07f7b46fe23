import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { outboxDir, type OutboxEntry } from "./send-mail";

/** The newest mails of the local outbox, for the /dev/mail page. */
export async function readOutbox(limit = 50): Promise<Array<OutboxEntry & { id: string }>> {
  const files = (await readdir(outboxDir()).catch(() => [] as string[])).filter((f) => f.endsWith(".json"));
  const newest = files.sort().reverse().slice(0, limit);
  return Promise.all(
    newest.map(async (file) => ({
      id: file.replace(/\.json$/, ""),
      ...(JSON.parse(await readFile(path.join(outboxDir(), file), "utf8")) as OutboxEntry),
    })),
  );
}
