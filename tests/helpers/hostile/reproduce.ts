// A failing request as a curl command the lead can paste: bytes exactly as
// sent (bash $'…' quoting), the path kept as is. A big body goes to a file in
// the OS temp dir (only for failures), named by its hash.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RawRequest } from "./raw-http";

const MAX_INLINE_BODY = 1_500;

/** bash ANSI-C quoting of a latin1 string (each char one byte). */
function quote(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code > 0xff) out += [...Buffer.from(char, "utf8")].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
    else if (char === "'" || char === "\\") out += `\\${char}`;
    else if (code < 0x20 || code >= 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return `$'${out}'`;
}

const MAX_PRINTED = 600;

/**
 * The curl command, short enough to read in a report: the suite's own session
 * cookies shown as a placeholder and anything long cut; the whole command,
 * exact, goes to a file in the OS temp dir when it had to be cut.
 */
export function printableCurlOf(request: RawRequest, baseUrl: string, sessionCookies: string[]): string {
  const full = curlOf(request, baseUrl);
  let short = full;
  for (const cookie of sessionCookies) short = short.split(cookie).join("<a suite user's cookies>");
  if (short.length <= MAX_PRINTED) return short;
  const file = path.join(tmpdir(), `hz-repro-${createHash("sha256").update(full).digest("hex").slice(0, 12)}.sh`);
  writeFileSync(file, `${full}\n`);
  return `${short.slice(0, MAX_PRINTED)}… (whole command: bash ${file})`;
}

/** What would be typed to send this request again; a big body goes to a file. */
export function curlOf(request: RawRequest, baseUrl: string): string {
  const parts = ["curl -s -i --path-as-is", `-X ${request.method}`];
  if (request.method === "HEAD") parts[1] = "-I";
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (name === "x-forwarded-for") continue;
    for (const one of [value].flat()) parts.push(`-H ${quote(`${name}: ${one}`)}`);
  }
  const body = request.body;
  if (body && body.byteLength > MAX_INLINE_BODY) {
    const file = path.join(tmpdir(), `hz-body-${createHash("sha256").update(body).digest("hex").slice(0, 12)}.bin`);
    writeFileSync(file, body);
    parts.push(`--data-binary @${file}`);
  } else if (body) {
    parts.push(`--data-binary ${quote(body.toString("latin1"))}`);
  }
  if (request.chunked) parts.push("-H 'Transfer-Encoding: chunked'");
  parts.splice(2, 0, quote(`${baseUrl}${request.target}`));
  return parts.join(" ");
}

/** A short, printable excerpt. */
export const excerpt = (text: string, max = 300): string => (text.length > max ? `${JSON.stringify(text.slice(0, max))}… (${text.length} chars)` : JSON.stringify(text));
