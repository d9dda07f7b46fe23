// The file of one field of a multipart/form-data body (RFC 7578), found where
// it lies: the answer is a view of the body, not a copy. undici's FormData
// parser copies each file out of the body and arrayBuffer() copies it again:
// a 160 MB account file sent as a form peaked at 817 MiB of RSS that way.
import { AppError } from "./errors";

const CRLF = Buffer.from("\r\n");
const HEADERS_END = Buffer.from("\r\n\r\n");

const malformed = () => new AppError("invalid_json", "The form body could not be parsed.");

function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s"]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw malformed();
  return boundary;
}

/** The part's Content-Disposition as its form-data name, and whether it names a file. */
function dispositionOf(headers: string): { name: string; isFile: boolean } | null {
  const line = headers.split("\r\n").find((l) => /^content-disposition\s*:/i.test(l));
  if (!line) return null;
  const params = line.slice(line.indexOf(":") + 1);
  const param = (key: string) => new RegExp(`;\\s*${key}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, "i").exec(params);
  const name = param("name");
  if (!/^\s*form-data\s*(;|$)/i.test(params) || !name) return null;
  return { name: (name[1] ?? name[2] ?? "").replace(/\\(.)/g, "$1"), isFile: Boolean(param("filename") ?? param("filename\\*")) };
}

/**
 * The bytes of the first file part named `field`; undefined when the form has
 * none (or only a text value by that name). 400 invalid_json when the body is
 * not multipart: no boundary, a part without its headers, no closing delimiter.
 */
export function multipartFile(body: Buffer, contentType: string, field: string): Uint8Array | undefined {
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const nextDelimiter = Buffer.concat([CRLF, delimiter]);
  // The first delimiter opens the body or follows a preamble's line break.
  let at = body.subarray(0, delimiter.length).equals(delimiter) ? 0 : body.indexOf(nextDelimiter);
  if (at === -1) throw malformed();
  if (at > 0) at += CRLF.length;
  for (;;) {
    const after = at + delimiter.length;
    if (body[after] === 0x2d && body[after + 1] === 0x2d) return undefined; // "--": the closing delimiter
    if (body[after] !== 0x0d || body[after + 1] !== 0x0a) throw malformed();
    // A part with no headers at all has its blank line right after the delimiter's.
    const headersEnd = body.indexOf(HEADERS_END, after);
    if (headersEnd === -1) throw malformed();
    const headersStart = after + CRLF.length;
    const contentStart = headersEnd + HEADERS_END.length;
    const end = body.indexOf(nextDelimiter, contentStart);
    if (end === -1) throw malformed();
    const part = headersEnd === after ? null : dispositionOf(body.toString("utf8", headersStart, headersEnd));
    if (part?.name === field && part.isFile) return new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset + contentStart, end - contentStart);
    at = end + CRLF.length;
  }
}
