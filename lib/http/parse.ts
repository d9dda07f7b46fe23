import type { z } from "zod";
import { AppError, invalidField, validationFailed, type FieldError } from "./errors";
import { multipartFile, multipartParts } from "./multipart";

export const MAX_BODY_BYTES = 1_048_576; // 1 MiB (API.md, Conventions)

export type BodyType = "json" | "form";

/** Zod's issues as API.md's `errors[]`: one entry per field, an unknown field under its own name. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  // A rule about the whole body ("change at least one field") adds nothing once
  // a field is named (an unknown one, say): report the fields.
  const wholeBody = (issue: z.core.$ZodIssue) => issue.code === "custom" && (issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === "body"));
  const namesAField = error.issues.some((issue) => !wholeBody(issue));
  return error.issues.flatMap((issue): FieldError[] => {
    if (namesAField && wholeBody(issue)) return [];
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key || "body", message: key ? "Unknown field." : "has a field with an empty name." }));
    }
    return [{ path: base || "body", message: issue.message }];
  });
}

/** How deep a body or query may nest; none of ours goes past 3 (deeper JSON is an attack on the stack). */
export const MAX_DEPTH = 32;

/**
 * Refuses NUL anywhere in a body or query (PostgreSQL can't store it in text,
 * and no field of ours has a use for it), naming the field it is in. Walks
 * with its own stack, so no nesting can overflow the call stack.
 */
export function assertNoNul<T>(input: T): T {
  const problems: FieldError[] = [];
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: "", depth: 0 }];
  while (pending.length) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) problems.push({ path: path || "body", message: "must not contain NUL characters" });
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH) throw validationFailed([{ path: path || "body", message: `is nested more than ${MAX_DEPTH} levels deep` }]);
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) {
        const shown = key.replace(/\u0000/g, "\\0");
        problems.push({ path: path ? `${path}.${shown}` : shown, message: "must not contain NUL characters" });
      }
      // A field named "" has no name to report; the schema refuses it as unknown.
      else if (key !== "") pending.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  if (problems.length) throw validationFailed(problems, `${problems[0]!.path}: must not contain NUL characters`);
  return input;
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}

async function readCapped(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  // Refuse on the declared size before reading a byte of it.
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  // One buffer that doubles as bytes arrive, up to the declared length: at
  // most ~1.5× the body at the last growth, where chunks and then their
  // concatenation hold it twice (400 MiB for an account file at its cap). A
  // Content-Length alone reserves nothing: memory follows the bytes sent.
  let buffer = Buffer.allocUnsafe(Math.min(declared || 16 * 1024, maxBytes, 64 * 1024)); // an API body: its exact size
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const needed = size + value.byteLength;
    if (needed > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    if (needed > buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, Math.min(buffer.length * 2, declared >= needed ? declared : maxBytes)));
      buffer.copy(grown, 0, 0, size);
      buffer = grown;
    }
    buffer.set(value, size);
    size = needed;
  }
  return buffer.subarray(0, size);
}

/** A form's text as sent: bytes that aren't UTF-8 read as U+FFFD (as browsers do), and a leading U+FEFF is kept (names and values are the user's). */
const asText = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

const tooLarge = (maxBytes = MAX_BODY_BYTES) => new AppError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);

/**
 * An uploaded file's bytes: a multipart field `field` or, with another
 * content type (`text/csv`, say), the body itself; at most `maxBytes`.
 */
export async function readUpload(request: Request, options: { field: string; maxBytes: number; types: readonly string[] }): Promise<Uint8Array> {
  const type = mediaType(request);
  if (type === "multipart/form-data") {
    const bytes = await readCapped(request, options.maxBytes + 64 * 1024); // the form's own framing
    const file = multipartFile(bytes, request.headers.get("content-type")!, options.field);
    if (!file) throw invalidField(options.field, "must be a file");
    if (file.byteLength > options.maxBytes) throw tooLarge(options.maxBytes);
    return file;
  }
  if (!options.types.includes(type)) {
    throw new AppError("unsupported_media_type", `Send the file as multipart/form-data (field "${options.field}") or as ${options.types.join(", ")}.`);
  }
  return readCapped(request, options.maxBytes);
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

const FORM_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded"]);

/**
 * Reads a request body of one of the accepted types as a plain object, capped
 * at 1 MiB. An empty body reads as `{}` so that a missing field is reported as
 * a field, not as malformed JSON.
 */
export async function readBody(request: Request, accepted: readonly BodyType[]): Promise<unknown> {
  const type = mediaType(request);
  const isJson = type === "application/json" || type.endsWith("+json");
  const isForm = FORM_TYPES.has(type);
  const bytes = await readCapped(request);
  if (bytes.byteLength === 0 && (type === "" || isJson)) return {};
  if (!(isJson && accepted.includes("json")) && !(isForm && accepted.includes("form"))) {
    const names = accepted.flatMap((t) => (t === "json" ? ["application/json"] : [...FORM_TYPES]));
    throw new AppError("unsupported_media_type", `Send the body as ${names.join(", ")}.`);
  }
  if (isJson) {
    return parseJsonObject(bytes);
  }
  // No prototype: a field named "__proto__" is then a field (refused as unknown), not a silent no-op.
  const fields: Record<string, string> = Object.create(null);
  if (type === "multipart/form-data") {
    for (const part of multipartParts(bytes, request.headers.get("content-type")!)) {
      if (part.isFile) throw validationFailed([{ path: part.name, message: "Files are not accepted." }]);
      fields[part.name] = asText(part.content);
    }
  } else {
    for (const [name, value] of new URLSearchParams(asText(bytes))) fields[name] = value;
  }
  return fields;
}

/**
 * UTF-8 JSON bytes (a body, an uploaded file) as an object: 400 invalid_json
 * when they aren't JSON, 400 on body when they are but not an object (every
 * body of the API is one; an array or a bare value has no fields to name).
 */
export function parseJsonObject(bytes: Uint8Array, unreadable = "The body is not valid JSON."): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("invalid_json", unreadable);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw validationFailed([{ path: "body", message: "must be a JSON object" }]);
  return parsed as Record<string, unknown>;
}

/** Query parameters as an object; a parameter given more than once becomes an array. */
export function readQuery(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length > 1 ? values : values[0]!;
  }
  return query;
}
