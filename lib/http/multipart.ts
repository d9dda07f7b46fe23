// multipart/form-data bodies (RFC 7578), read where they lie: a part's bytes
// are a view of the body, not a copy. undici's FormData parser copies each
// file out of the body and arrayBuffer() copies it again (a 160 MB account
// file sent as a form peaked at 817 MiB of RSS that way), and it drops a
// leading U+FEFF from every name and value, so a field sent as "\uFEFF" came
// back as "" and could not be named in a 400.
import { AppError } from "./errors";

const CRLF = Buffer.from("\r\n");
const HEADERS_END = Buffer.from("\r\n\r\n");

const malformed = () => new AppError("invalid_json", "The form body could not be parsed.");

export type MultipartPart = { name: string; isFile: boolean; content: Uint8Array };

function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s"]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw malformed();
  return boundary;
}

/**
 * A parameter's value as the WHATWG form parser reads it: a quoted one runs to
 * the next quote (browsers escape none inside, they percent-encode `"`, CR and
 * LF in names and filenames, which this undoes).
 */
const unescape = (value: string) => value.replace(/%0A/gi, "\n").replace(/%0D/gi, "\r").replace(/%22/g, '"');

/** The part's Content-Disposition as its form-data name, and whether it names a file. */
function dispositionOf(headers: string): { name: string; isFile: boolean } | null {
  const line = headers.split("\r\n").find((l) => /^content-disposition\s*:/i.test(l));
  if (!line) return null;
  const params = line.slice(line.indexOf(":") + 1);
  const param = (key: string) => new RegExp(`;\\s*${key}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i").exec(params);
  const name = param("name");
  if (!/^\s*form-data\s*(;|$)/i.test(params) || !name) return null;
  return { name: unescape(name[1] ?? name[2] ?? ""), isFile: Boolean(param("filename") ?? param("filename\\*")) };
}

/**
 * The form's parts in order, each a view of `body`; a part without a
 * form-data Content-Disposition is skipped. 400 invalid_json when the body is
 * not multipart: no boundary, a part without its headers, no closing delimiter
 * (found when the reader gets that far: a caller that stops early reads no further).
 */
export function* multipartParts(body: Buffer, contentType: string): Generator<MultipartPart> {
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const nextDelimiter = Buffer.concat([CRLF, delimiter]);
  // The first delimiter opens the body or follows a preamble's line break.
  let at = body.subarray(0, delimiter.length).equals(delimiter) ? 0 : body.indexOf(nextDelimiter);
  if (at === -1) throw malformed();
  if (at > 0) at += CRLF.length;
  for (;;) {
    const after = at + delimiter.length;
    if (body[after] === 0x2d && body[after + 1] === 0x2d) return; // "--": the closing delimiter
    if (body[after] !== 0x0d || body[after + 1] !== 0x0a) throw malformed();
    // A part with no headers at all has its blank line right after the delimiter's.
    const headersEnd = body.indexOf(HEADERS_END, after);
    if (headersEnd === -1) throw malformed();
    const headersStart = after + CRLF.length;
    const contentStart = headersEnd + HEADERS_END.length;
    const end = body.indexOf(nextDelimiter, contentStart);
    if (end === -1) throw malformed();
    const part = headersEnd === after ? null : dispositionOf(body.toString("utf8", headersStart, headersEnd));
    if (part) yield { ...part, content: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset + contentStart, end - contentStart) };
    at = end + CRLF.length;
  }
}

/** The bytes of the first file part named `field`; undefined when the form has none (or only a text value by that name). */
export function multipartFile(body: Buffer, contentType: string, field: string): Uint8Array | undefined {
  for (const part of multipartParts(body, contentType)) if (part.name === field && part.isFile) return part.content;
  return undefined;
}
