// An uploaded JSON object read member by member, one big array's items one at
// a time (an account file's transactions: up to 200 MiB), so the file is never
// a JavaScript value whole. JSON.parse of a 160 MB one held 285 MiB of heap
// (its text and its value), past the server's heap cap before the schema
// even made its copy; this holds one item and the parser's buffers.
import { isUtf8 } from "node:buffer";
import { JSONParser, TokenType } from "@streamparser/json";
import { AppError, validationFailed } from "./errors";
import { assertNoNul, MAX_DEPTH } from "./parse";

export type JsonMember =
  | { key: string; value: unknown }
  /** An item of the streamed array, which itself then comes as a member with `[]`. */
  | { key: string; index: number; value: unknown };

const CHUNK_BYTES = 64 * 1024;

/** assertNoNul with the member's own path ("transactions.12.note"). */
function checked(member: JsonMember): JsonMember {
  assertNoNul("index" in member ? { [member.key]: { [member.index]: member.value } } : { [member.key]: member.value });
  return member;
}

/**
 * The members of the JSON object in `bytes`, in file order; the items of the
 * array under `streamed` one by one. 400 invalid_json when the bytes are not
 * UTF-8 JSON, 400 on body when the JSON is not an object, 400 on a member
 * given twice or holding a NUL. Synchronous: each call walks the bytes again.
 */
export function* jsonMembers(bytes: Uint8Array, streamed: string, unreadable = "The body is not valid JSON."): Generator<JsonMember> {
  const unreadableError = () => new AppError("invalid_json", unreadable);
  if (!isUtf8(bytes)) throw unreadableError();
  const first = bytes.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
  if (first === undefined) throw unreadableError();
  // Anything else is read to its end all the same, to tell JSON that is not an
  // object (400 on body, as parseJsonObject answers) from what is not JSON.
  const isObject = first === 0x7b; // {
  const pending: JsonMember[] = [];
  const seen = new Set<string>();
  let failed: Error | undefined;
  // "$.*" alone would build the streamed array whole before handing it over.
  const parser = new JSONParser({ paths: ["$.*", `$.${streamed}.*`], keepStack: false, stringBufferSize: CHUNK_BYTES });
  parser.onValue = ({ value, key, parent, stack }) => {
    if (!isObject) return;
    if (stack.length === 2 && Array.isArray(parent) && stack[1]!.key === streamed) {
      parent.pop(); // handed over, not kept in its array
      pending.push({ key: streamed, index: key as number, value });
    } else if (stack.length === 1) {
      const name = String(key);
      if (seen.has(name)) failed ??= validationFailed([{ path: name, message: "is given more than once" }]);
      seen.add(name);
      pending.push({ key: name, value });
    }
  };
  // Refused while it is read: a file of 200 MiB of "[" would be 200 million
  // stack frames in the parser before any value is complete.
  let depth = 0;
  parser.onToken = ({ token }) => {
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) depth++;
    else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) depth--;
    if (depth > MAX_DEPTH) {
      failed ??= validationFailed([{ path: "body", message: `is nested more than ${MAX_DEPTH} levels deep` }]);
      throw failed; // stops the parser mid-chunk
    }
  };
  parser.onError = (error) => {
    failed ??= error instanceof AppError ? error : unreadableError();
  };
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    try {
      parser.write(bytes.subarray(offset, offset + CHUNK_BYTES));
    } catch {
      failed ??= unreadableError(); // the onError handler is the parser's way; a throw is the same news
    }
    if (failed) throw failed;
    for (const member of pending) yield checked(member);
    pending.length = 0;
  }
  if (!parser.isEnded) parser.end(); // a number ends only with the input
  if (failed) throw failed;
  if (!isObject) throw validationFailed([{ path: "body", message: "must be a JSON object" }]);
  for (const member of pending) yield checked(member);
}
