// API.md's error contract, as a checker: what is wrong with one answer, as
// sentences (empty when it keeps the contract).
import { headerOf, type RawResponse } from "./raw-http";

/** What the request said, as far as the checks need it. */
export type SentShape = {
  method: string;
  /** Body fields and query parameters that were sent (their names as sent). */
  sentNames: string[];
  /** Fields and parameters the endpoint documents (a missing required one is named too). */
  knownNames: string[];
  /** The body was JSON but not an object (an array, a string …): there is no field to name. */
  bodyNotAnObject: boolean;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every way an answer breaks API.md's "Conventions" and "Error codes". */
export function contractViolations(sent: SentShape, response: RawResponse): string[] {
  const problems: string[] = [];
  const { status } = response;
  if (status >= 500) problems.push(`answered ${status}`);
  if (status < 400 || sent.method === "HEAD") return problems;

  // node's own parser answers a request it can't read (a raw byte above 0x7f
  // in the query, a header block over 16 KiB) before the app sees it: no
  // headers of ours. scripts/server.mjs can answer those too ("clientError").
  if (!headerOf(response, "x-content-type-options")) problems.push(`answered ${status} by node's HTTP parser, before the app (no headers of ours)`);
  const type = headerOf(response, "content-type") ?? "";
  if (!/^application\/problem\+json\b/i.test(type)) problems.push(`error with content type "${type}", not application/problem+json`);
  const body = response.json;
  if (!isObject(body)) {
    problems.push("error body is not a JSON object");
    return problems;
  }
  for (const member of ["type", "title", "code", "detail"] as const) {
    if (typeof body[member] !== "string" || body[member] === "") problems.push(`problem has no string "${member}"`);
  }
  if (body.status !== status) problems.push(`problem.status ${JSON.stringify(body.status)} differs from the HTTP status ${status}`);
  if (body.code === "internal_error") problems.push("problem code internal_error");

  if (status === 400 && body.code === "validation_failed") problems.push(...fieldErrorViolations(sent, body.errors));
  if (status === 405 && !headerOf(response, "allow")) problems.push("405 without Allow");
  if (status === 429 && !/^\d+$/.test(headerOf(response, "retry-after") ?? "")) problems.push("429 without Retry-After seconds");
  if (LEAK.test(`${String(body.title)} ${String(body.detail)}`)) problems.push("problem leaks a stack trace or SQL");
  return problems;
}

/** `errors[]` of a validation problem: non-empty, each `path` naming a field that was sent or that the endpoint has. */
function fieldErrorViolations(sent: SentShape, errors: unknown): string[] {
  if (!Array.isArray(errors) || errors.length === 0) return ["validation_failed without errors[]"];
  const problems: string[] = [];
  // A name sent with a lone surrogate arrives as U+FFFD, and is reported as it arrived.
  const names = new Set([...sent.sentNames, ...sent.sentNames.map(escapeNul), ...sent.sentNames.map((name) => name.toWellFormed()), ...sent.knownNames]);
  for (const entry of errors) {
    if (!isObject(entry) || typeof entry.path !== "string" || typeof entry.message !== "string") {
      problems.push(`errors[] entry ${JSON.stringify(entry)} is not {path, message}`);
      continue;
    }
    const path = entry.path;
    const namesAField = [...names].some((name) => path === name || path.startsWith(`${name}.`));
    // "body" when there is no name to give: a body that isn't an object, or a field named "".
    const noName = sent.bodyNotAnObject || sent.sentNames.includes("");
    if (!namesAField && !(noName && path === "body")) {
      problems.push(`errors[].path ${JSON.stringify(path)} names no field that was sent or documented`);
    }
  }
  return problems;
}

// What a stack trace or a database error looks like (SECURITY.md: errors never leak them).
const LEAK = /\n\s+at |node_modules|prisma|invalid input syntax|violates .* constraint|SQLSTATE|\b22021\b/i;

const escapeNul = (name: string) => name.replace(/\u0000/g, "\\0");
