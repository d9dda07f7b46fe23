// Issue 10, item 9: a mailed link (a reset or verification token) reaches the
// log only in development, where it is how a developer finds it; anywhere else
// the log says which outbox file holds the mail, never the token.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { sendMail } from "./send-mail";

const saved = { ...process.env };
const cache = globalThis as unknown as { __ledgerlyEnv?: unknown };
const dirs: string[] = [];

afterEach(() => {
  process.env = { ...saved };
  delete cache.__ledgerlyEnv;
  vi.restoreAllMocks();
});
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("sendMail to the outbox", () => {
  it.each([
    ["production", false],
    ["test", false],
    ["development", true],
  ] as const)("with NODE_ENV=%s logs the link: %s", async (nodeEnv, logsLink) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "ledgerly-mail-"));
    dirs.push(dataDir);
    process.env = { ...saved, NODE_ENV: nodeEnv, DATA_DIR: dataDir, LOG_LEVEL: "info", RESEND_API_KEY: "" };
    delete cache.__ledgerlyEnv;
    const written = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const secret = `tok${Math.random().toString(36).slice(2)}`;
    await sendMail({ to: "ada@example.test", subject: "Reset your password", text: `Open http://localhost:3000/reset-password?token=${secret} within 30 minutes.`, html: "<p>…</p>" });
    const log = written.mock.calls.map(([chunk]) => String(chunk)).join("");
    expect(log).toContain("mail written to the outbox");
    expect(log.includes(secret)).toBe(logsLink);
    expect(await readdir(path.join(dataDir, "outbox"))).toHaveLength(1);
  });
});
