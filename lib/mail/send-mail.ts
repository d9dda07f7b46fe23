// Mail goes through Resend when RESEND_API_KEY is set; otherwise into a local
// outbox ($DATA_DIR/outbox, one JSON file per mail, the link printed to the
// log) so a new user can verify an account without any account anywhere.
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { Resend } from "resend";
import { env } from "../env";
import { logger } from "../log";

export type Mail = { to: string; subject: string; text: string; html: string };

export type OutboxEntry = Mail & { from: string; createdAt: string };

export const outboxDir = (): string => path.resolve(env().DATA_DIR, "outbox");

export class MailDeliveryError extends Error {}

export async function sendMail(mail: Mail): Promise<void> {
  const { RESEND_API_KEY, RESEND_BASE_URL, MAIL_FROM } = env();
  if (RESEND_API_KEY) {
    const resend = new Resend(RESEND_API_KEY, RESEND_BASE_URL ? { baseUrl: RESEND_BASE_URL } : undefined);
    const { error } = await resend.emails.send({ from: MAIL_FROM, ...mail });
    if (error) throw new MailDeliveryError(`Resend refused the mail: ${error.name}: ${error.message}`);
    return;
  }
  const entry: OutboxEntry = { from: MAIL_FROM, ...mail, createdAt: new Date().toISOString() };
  await mkdir(outboxDir(), { recursive: true, mode: 0o700 });
  // Sortable by time; the random part keeps two mails of one millisecond apart.
  const file = path.join(outboxDir(), `${entry.createdAt.replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.json`);
  // Written aside and renamed, so a reader (the /dev/mail page, a test) never sees half a mail.
  await writeFile(`${file}.tmp`, JSON.stringify(entry, null, 2), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
  // Printing the link is how a developer finds it (ARCHITECTURE.md); anywhere
  // else a log reader could take over accounts with it, so the log only says
  // which file holds the mail.
  const link = env().NODE_ENV === "development" ? mail.text.match(/https?:\/\/\S+/)?.[0] : undefined;
  logger.info("mail written to the outbox", { to: mail.to, subject: mail.subject, file, ...(link ? { link } : {}) });
}
