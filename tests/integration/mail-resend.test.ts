// The Resend path with the real `resend` SDK against a local HTTP server that
// stands in for the Resend API (the SDK takes its base URL as an option; we
// pass RESEND_BASE_URL).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendMail, MailDeliveryError } from "@/lib/mail";

type Received = { method: string; url: string; authorization: string | undefined; body: any };

let server: Server;
const received: Received[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: { id: "email_123" } };
const KEYS = ["RESEND_API_KEY", "RESEND_BASE_URL", "MAIL_FROM"] as const;
const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = "";
    request.on("data", (chunk) => (data += chunk));
    request.on("end", () => resolve(data));
  });

// lib/env parses process.env once per process; tests that change it start over.
const resetEnv = () => delete (globalThis as { __ledgerlyEnv?: unknown }).__ledgerlyEnv;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({
      method: request.method!,
      url: request.url!,
      authorization: request.headers.authorization,
      body: JSON.parse((await readBody(request)) || "null"),
    });
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = "re_test_key_for_the_stand_in";
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.MAIL_FROM = "Ledgerly <no-reply@ledgerly.test>";
  resetEnv();
});

afterAll(async () => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetEnv();
  await new Promise((resolve) => server.close(resolve));
});

describe("sendMail through Resend", () => {
  it("posts the mail to the API with the key as a bearer token", async () => {
    await sendMail({ to: "ada@example.test", subject: "Hello", text: "Plain https://x.test/a", html: "<p>Hi</p>" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      method: "POST",
      url: "/emails",
      authorization: "Bearer re_test_key_for_the_stand_in",
      body: { from: "Ledgerly <no-reply@ledgerly.test>", to: "ada@example.test", subject: "Hello", html: "<p>Hi</p>" },
    });
    expect(received[0]!.body.text).toBe("Plain https://x.test/a");
  });

  it("raises MailDeliveryError when the API refuses the mail", async () => {
    answer = { status: 422, body: { name: "validation_error", message: "Invalid `to` field.", statusCode: 422 } };
    await expect(sendMail({ to: "bad", subject: "x", text: "x", html: "x" })).rejects.toBeInstanceOf(MailDeliveryError);
  });
});
