// Factories for signed-in users (STYLE.md §12), through the public API exactly
// as a person would: register, open the link from the mail outbox, log in.
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ApiClient } from "./api-client";

export const TEST_PASSWORD = "correct horse battery staple 42";

export const uniqueEmail = (label = "user") => `${label}-${randomBytes(6).toString("hex")}@example.test`;

function outboxDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data-test", "outbox");
}

export type OutboxMail = { to: string; subject: string; text: string; html: string; createdAt: string };

/**
 * The newest mail to an address, waiting briefly for it to be written (mail
 * goes out after the response: mail-requests.ts). With `newerThan`, one
 * written after that mail.
 */
export async function latestMailTo(email: string, subject?: RegExp, newerThan?: OutboxMail): Promise<OutboxMail> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const files = (await readdir(outboxDir()).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort().reverse();
    for (const file of files) {
      const mail = JSON.parse(await readFile(path.join(outboxDir(), file), "utf8")) as OutboxMail;
      if (mail.to !== email || (subject && !subject.test(mail.subject))) continue;
      if (newerThan && mail.createdAt <= newerThan.createdAt && mail.text === newerThan.text) break;
      return mail;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${email} in ${outboxDir()}`);
}

/** The first link in a mail's text that contains `pathPart`. */
export function linkIn(mail: OutboxMail, pathPart: string): URL {
  const match = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart));
  if (!match) throw new Error(`no ${pathPart} link in mail "${mail.subject}"`);
  return new URL(match);
}

export type SignedInUser = { client: ApiClient; email: string; password: string; user: any };

export async function registerUser(
  fields: { email?: string; password?: string; name?: string; currency?: string; timezone?: string } = {},
): Promise<{ client: ApiClient; email: string; password: string; response: any }> {
  const client = new ApiClient();
  const email = fields.email ?? uniqueEmail();
  const password = fields.password ?? TEST_PASSWORD;
  const response = await client.post("/api/auth/register", { ...fields, email, password });
  if (response.status !== 201) throw new Error(`register answered ${response.status}: ${response.text}`);
  return { client, email, password, response };
}

export async function verifyEmail(client: ApiClient, email: string): Promise<void> {
  const link = linkIn(await latestMailTo(email, /verify|confirm/i), "/verify-email");
  const response = await client.get(`/api/auth/verify-email${link.search}`, { headers: { accept: "application/json" } });
  if (response.status !== 200) throw new Error(`verify-email answered ${response.status}: ${response.text}`);
}

/** A fresh, verified, signed-in user with its own cookie jar. */
export async function signedInUser(
  fields: { name?: string; currency?: string; timezone?: string } = {},
): Promise<SignedInUser> {
  const { client, email, password } = await registerUser(fields);
  await verifyEmail(client, email);
  const login = await client.post("/api/auth/login", { email, password });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${login.text}`);
  return { client, email, password, user: login.body.user };
}
