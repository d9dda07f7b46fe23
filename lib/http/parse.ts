import type { z } from "zod";
import { AppError, validationFailed, type FieldError } from "./errors";

export const MAX_BODY_BYTES = 1_048_576; // 1 MiB (API.md, Conventions)

export type BodyType = "json" | "form";

/** Zod's issues as API.md's `errors[]`: one entry per field, an unknown field under its own name. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: "Unknown field." }));
    }
    return [{ path: base || "body", message: issue.message }];
  });
}

/**
 * Refuses NUL anywhere in a body or query (PostgreSQL can't store it in text,
 * and no field of ours has a use for it), naming the field it is in.
 */
export function assertNoNul<T>(input: T): T {
  const problems: FieldError[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (value.includes("\u0000")) problems.push({ path: path || "body", message: "must not contain NUL characters" });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, path ? `${path}.${index}` : String(index)));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes("\u0000")) problems.push({ path: key.replace(/\u0000/g, "\\0"), message: "must not contain NUL characters" });
        else visit(item, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(input, "");
  if (problems.length) throw validationFailed(problems, `${problems[0]!.path}: must not contain NUL characters`);
  return input;
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}

async function readCapped(request: Request): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  // Refuse on the declared size before reading a byte of it.
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const tooLarge = () => new AppError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES} bytes.`);

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
    try {
      return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      throw new AppError("invalid_json", "The body is not valid JSON.");
    }
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new AppError("invalid_json", "The form body could not be parsed.");
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") throw validationFailed([{ path: name, message: "Files are not accepted." }]);
    fields[name] = value;
  }
  return fields;
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
