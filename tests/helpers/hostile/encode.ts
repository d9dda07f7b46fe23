// Putting generated values on the wire byte for byte: percent-encoding that
// survives lone surrogates, and the three body encodings built by hand so a
// hostile field name or value goes out exactly as generated.

/** A field's value in both shapes a body can carry: a JSON fragment and a form string. */
export type FieldValue = { json: string; form: string };

export const textValue = (text: string): FieldValue => ({ json: JSON.stringify(text), form: text });
/** A JSON fragment that is not a string (a number, an array, a 100,000-deep nesting …). */
export const jsonValue = (fragment: string): FieldValue => ({ json: fragment, form: fragment });

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * %-escapes every byte of the text's UTF-8 but the unreserved characters.
 * encodeURIComponent throws on a lone surrogate; Buffer writes it as U+FFFD,
 * which is what a browser sends too.
 */
export function percentEncode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const char = String.fromCharCode(byte);
    out += UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

export function jsonBody(fields: [string, FieldValue][]): Buffer {
  return Buffer.from(`{${fields.map(([name, value]) => `${JSON.stringify(name)}:${value.json}`).join(",")}}`, "utf8");
}

/** `raw` values go out unescaped (a generated "%ZZ" stays a malformed escape). */
export function urlencodedBody(fields: [string, FieldValue, { raw?: boolean }?][]): Buffer {
  return Buffer.from(fields.map(([name, value, options]) => `${percentEncode(name)}=${options?.raw ? value.form : percentEncode(value.form)}`).join("&"), "latin1");
}

export type MultipartPart = { name: string; value: string | Buffer; filename?: string; contentType?: string };

export function multipartBody(parts: MultipartPart[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ""}`;
    const type = part.contentType ? `\r\nContent-Type: ${part.contentType}` : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`, "utf8"));
    chunks.push(typeof part.value === "string" ? Buffer.from(part.value, "utf8") : part.value);
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** Names as the server reads them back: a lone surrogate arrives as U+FFFD. */
export const asDecoded = (name: string): string[] => [name, name.toWellFormed()];

/** A multipart name as the server reads it: browsers' escapes of `"`, CR and LF (%22, %0D, %0A) undone. */
export const asFormDataName = (name: string): string[] => [name, name.replace(/%0A/gi, "\n").replace(/%0D/gi, "\r").replace(/%22/g, '"')];

/** Query parameter names as the server reads the target (WHATWG URL rules). */
export function queryNames(query: string): string[] {
  try {
    return [...new URLSearchParams(query).keys()].flatMap(asDecoded);
  } catch {
    return [];
  }
}
