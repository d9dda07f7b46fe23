// One generated request: an endpoint of API.md (or a page) with one class of
// hostility in front (a wrong method, a wrong content type, a body that isn't
// JSON, wrong types, hostile text, bad query values, bad path segments, broken
// cookies, odd headers, an oversize body) and valid values elsewhere, so the
// hostile part gets as deep into the app as it can.
import fc from "fast-check";
import { asDecoded, asFormDataName, jsonBody, jsonValue, multipartBody, percentEncode, queryNames, textValue, urlencodedBody, type FieldValue } from "./encode";
import { documentedNames, ENDPOINTS, methodsOf, PAGES, type Endpoint, type FieldKind, type Operation } from "./endpoints";
import type { SentShape } from "./problem-shape";
import type { RawRequest } from "./raw-http";
import {
  contentTypes,
  hostileCookieHeader,
  hostileCsv,
  hostileCursor,
  hostileHeader,
  hostileIdSegment,
  hostileQueryName,
  hostileQueryValue,
  hostileText,
  notJsonBody,
  wrongShapeBody,
  wrongTypeJson,
} from "./hostile-values";
import { validValue } from "./valid-values";

export type SuiteUser = {
  /** `access_token=…; refresh_token=…` as the browser sends them. */
  cookie: string;
  email: string;
  ids: { transaction: string; budget: string; category: string };
};

export type SuiteContext = { appOrigin: string; users: SuiteUser[]; cursor: string };

export const REQUEST_CLASSES = [
  "method",
  "content-type",
  "not-json",
  "json-shape",
  "field-text",
  "query",
  "path",
  "cookie",
  "header",
  "oversize",
  "page",
] as const;
export type RequestClass = (typeof REQUEST_CLASSES)[number];

export type HostileRequest = {
  requestClass: RequestClass;
  /** `METHOD /template`, to group failures by endpoint. */
  route: string;
  request: RawRequest;
  sent: SentShape;
  /** Pages answer HTML: only "never 5xx" applies to them. */
  isPage: boolean;
};

const EXTRA_METHODS = ["HEAD", "OPTIONS", "TRACE", "PROPFIND"];
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type Mode = { valid: number; hostile: number; wrongType: number };

function fieldValue(kind: FieldKind, mode: Mode, context: SuiteContext): fc.Arbitrary<FieldValue> {
  const known = { email: context.users[0]!.email, cursor: context.cursor };
  const options: fc.WeightedArbitrary<FieldValue>[] = [];
  if (mode.valid) options.push({ weight: mode.valid, arbitrary: validValue(kind, known) });
  if (mode.hostile) options.push({ weight: mode.hostile, arbitrary: (kind === "cursor" ? hostileCursor : hostileText).map(textValue) });
  if (mode.wrongType) options.push({ weight: mode.wrongType, arbitrary: wrongTypeJson.map(jsonValue) });
  return fc.oneof(...options);
}

/** Some of the operation's fields (at least one when it has any), with values of the given mix. */
function fields(operation: Operation | undefined, mode: Mode, context: SuiteContext): fc.Arbitrary<[string, FieldValue][]> {
  const kinds = Object.entries(operation?.body ?? {});
  if (kinds.length === 0) return fc.constant([]);
  return fc
    .subarray(kinds, { minLength: 1 })
    .chain((chosen) => fc.tuple(...chosen.map(([name, kind]) => fieldValue(kind, mode, context).map((value): [string, FieldValue] => [name, value]))));
}

const unknownField: fc.Arbitrary<[string, FieldValue]> = fc.tuple(
  fc.oneof(fc.constantFrom("__proto__", "constructor", "id", "userId", "user_id", "categorySource", "createdAt", "a.b", ""), hostileText.filter((t) => t.length < 100)),
  fc.oneof(hostileText.map(textValue), wrongTypeJson.map(jsonValue)),
);

type Body = { body?: Buffer; contentType?: string; names: string[]; notAnObject: boolean; chunked?: boolean };

/** Names a form parser would read from a body sent as urlencoded, whatever it holds. */
function formNames(body: Buffer | undefined, contentType: string | undefined): string[] {
  if (!body || !/x-www-form-urlencoded/i.test(contentType ?? "")) return [];
  return queryNames(body.toString("latin1"));
}

function encodedBody(entries: [string, FieldValue][], encoding: "json" | "urlencoded" | "multipart", rawEscapes: boolean): Body {
  const names = entries.flatMap(([name]) => asDecoded(name));
  if (encoding === "json") return { body: jsonBody(entries), contentType: "application/json", names, notAnObject: false };
  if (encoding === "urlencoded") {
    const body = urlencodedBody(entries.map(([name, value]) => [name, value, { raw: rawEscapes && /%/.test(value.form) }]));
    return { body, contentType: "application/x-www-form-urlencoded", names, notAnObject: false };
  }
  const boundary = "hz-boundary-7f3a";
  const parts = entries.map(([name, value]) => ({ name: name.replace(/["\r\n]/g, ""), value: value.form }));
  return { body: multipartBody(parts, boundary), contentType: `multipart/form-data; boundary=${boundary}`, names: parts.flatMap((p) => asFormDataName(p.name)), notAnObject: false };
}

/** The field names of a whole JSON body, when it is an object at all. */
function topLevelNames(text: string): { names: string[]; notAnObject: boolean } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return { names: Object.keys(parsed).flatMap(asDecoded), notAnObject: false };
  } catch {
    // too deep for this process, or not JSON: there is no field to name
  }
  return { names: [], notAnObject: true };
}

function bodyFor(requestClass: RequestClass, operation: Operation | undefined, context: SuiteContext): fc.Arbitrary<Body> {
  const valid: Mode = { valid: 1, hostile: 0, wrongType: 0 };
  if (operation?.csv && requestClass !== "oversize" && requestClass !== "not-json") {
    return fc.oneof(
      hostileCsv.map((csv): Body => ({ body: multipartBody([{ name: "file", value: csv, filename: "hz.csv", contentType: "text/csv" }], "hz-csv-b"), contentType: "multipart/form-data; boundary=hz-csv-b", names: ["file"], notAnObject: false })),
      hostileCsv.map((csv): Body => ({ body: csv, contentType: "text/csv", names: [], notAnObject: false })),
      hostileCsv.map((csv): Body => ({ body: multipartBody([{ name: "upload", value: csv, filename: "a\u00ff.csv" }], "hz-csv-b"), contentType: "multipart/form-data; boundary=hz-csv-b", names: ["upload"], notAnObject: false })),
    );
  }
  switch (requestClass) {
    case "content-type":
      return fc
        .tuple(fields(operation, valid, context), fc.option(contentTypes.wrong, { nil: undefined }))
        .map(([entries, type]): Body => {
          const body = jsonBody(entries);
          return { body, contentType: type, names: [...entries.map(([n]) => n), ...formNames(body, type)], notAnObject: false };
        });
    case "not-json":
      return fc.tuple(notJsonBody, contentTypes.json).map(([body, type]): Body => ({ body, contentType: type, names: [], notAnObject: true }));
    case "json-shape":
      return fc.oneof(
        wrongShapeBody.map((text): Body => ({ body: Buffer.from(text, "utf8"), contentType: "application/json", ...topLevelNames(text) })),
        fields(operation, { valid: 2, hostile: 1, wrongType: 5 }, context).map((entries) => encodedBody(entries, "json", false)),
      );
    case "field-text":
      return fc
        .tuple(
          fields(operation, { valid: 2, hostile: 5, wrongType: 1 }, context),
          fc.option(unknownField, { freq: 5, nil: undefined }),
          fc.constantFrom("json", "json", "urlencoded", "multipart") as fc.Arbitrary<"json" | "urlencoded" | "multipart">,
          fc.boolean(),
        )
        .map(([entries, extra, encoding, rawEscapes]) => encodedBody(extra ? [...entries, extra] : entries, encoding, rawEscapes));
    case "oversize":
      return fc
        .tuple(fc.constantFrom(1_048_577, 1_100_000, 2_500_000), fc.boolean(), contentTypes.json)
        .map(([size, chunked, type]): Body => {
          const body = Buffer.alloc(size, 0x61);
          body.write("{\"note\":\"", 0);
          body.write("\"}", size - 2);
          return { body, contentType: type, names: ["note"], notAnObject: false, chunked };
        });
    default:
      return fields(operation, valid, context).map((entries): Body => (entries.length ? encodedBody(entries, "json", false) : { names: [], notAnObject: false }));
  }
}

function queryFor(requestClass: RequestClass, operation: Operation | undefined, context: SuiteContext): fc.Arbitrary<string> {
  const kinds = Object.entries(operation?.query ?? {});
  const known = { email: context.users[0]!.email, cursor: context.cursor };
  if (requestClass !== "query") {
    if (kinds.length === 0) return fc.constant("");
    return fc
      .subarray(kinds)
      .chain((chosen) => fc.tuple(...chosen.map(([name, kind]) => validValue(kind, known).map((value) => `${name}=${percentEncode(value.form)}`))))
      .map((pairs) => pairs.join("&"));
  }
  const hostilePair = (name: string, kind?: FieldKind) =>
    (kind === "cursor" ? fc.oneof(hostileCursor, hostileQueryValue) : hostileQueryValue).map((value) => `${name}=${value}`);
  const documented = kinds.map(([name, kind]) => hostilePair(name, kind));
  return fc
    .tuple(
      fc.array(fc.oneof(...documented, hostileQueryName.chain((name) => hostilePair(name))), { minLength: 1, maxLength: 4 }),
      fc.constantFrom("", "&", "&&", "=", "&=x", "#frag", "&%"),
    )
    .map(([pairs, tail]) => `${pairs.join("&")}${tail}`);
}

function idSegment(requestClass: RequestClass, endpoint: Endpoint, method: string, user: SuiteUser | undefined): fc.Arbitrary<string> {
  if (requestClass === "path") return fc.oneof({ weight: 5, arbitrary: hostileIdSegment }, { weight: 1, arbitrary: fc.uuid() });
  const real = endpoint.idOf && endpoint.idOf !== "none" && method !== "DELETE" && user ? user.ids[endpoint.idOf] : undefined;
  return real ? fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
}

const pathSuffix = fc.constantFrom("", "", "/", "//", "/%ZZ", "/%C0%AF", "/..", "/.", ";x=1", "/extra", "%00", "%2F..", "/%ED%A0%80");
const catchAllPath = fc
  .array(fc.oneof(hostileIdSegment, fc.constantFrom("api", "transactions", "v1", "admin", ".env", "..")), { minLength: 1, maxLength: 4 })
  .map((segments) => `/api/${segments.join("/")}`);

type Session = { cookie?: string; user?: SuiteUser };

function sessionFor(requestClass: RequestClass, operation: Operation | undefined, context: SuiteContext): fc.Arbitrary<Session> {
  const real = fc.constantFrom(...context.users).map((user): Session => ({ cookie: user.cookie, user }));
  const hostile = hostileCookieHeader.map((cookie): Session => ({ cookie }));
  if (requestClass === "cookie") {
    if (operation?.spendsTheSession) return hostile;
    // A broken refresh cookie next to a working access cookie must not break the working one.
    const mixed = fc
      .tuple(fc.constantFrom(...context.users), fc.constantFrom("refresh_token=%ZZ", "refresh_token=%C0%AF", "x=%ZZ", "access_token=%ZZ"))
      .map(([user, broken]): Session => ({ cookie: `${user.cookie.split(";")[0]}; ${broken}`, user }));
    return fc.oneof({ weight: 4, arbitrary: hostile }, { weight: 1, arbitrary: mixed });
  }
  const none = fc.constant<Session>({});
  if (operation?.spendsTheSession) return fc.oneof(none, hostile);
  return fc.oneof({ weight: 5, arbitrary: real }, { weight: 3, arbitrary: none }, { weight: 1, arbitrary: hostile });
}

const clientIp = fc.tuple(fc.nat(250), fc.nat(250), fc.nat(250)).map(([a, b, c]) => `10.${a + 1}.${b + 1}.${c + 1}`);

function headersFor(requestClass: RequestClass, context: SuiteContext): fc.Arbitrary<[string, string][]> {
  const odd = requestClass === "header" ? fc.array(hostileHeader(context.appOrigin), { minLength: 1, maxLength: 3 }) : fc.constant([]);
  const origin = fc.option(fc.constant<[string, string]>(["origin", context.appOrigin]), { freq: 9, nil: undefined });
  return fc.tuple(clientIp, origin, odd).map(([ip, sameOrigin, extra]) => [["x-forwarded-for", ip], ...(sameOrigin ? [sameOrigin] : []), ...extra]);
}

/** The endpoint a (normalized) path lands on, for what its fields are. */
function endpointAt(path: string): Endpoint | undefined {
  return ENDPOINTS.find((endpoint) => new RegExp(`^${endpoint.path.replace("{id}", "[^/]+")}/?$`).test(path));
}

function normalizedPath(path: string): string {
  try {
    return new URL(path, "http://hz.invalid").pathname;
  } catch {
    return path;
  }
}

function apiRequest(requestClass: RequestClass, context: SuiteContext): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...ENDPOINTS).chain((endpoint) => {
    const documented = methodsOf(endpoint);
    const methods =
      requestClass === "method"
        ? ["GET", "POST", "PUT", "PATCH", "DELETE", ...EXTRA_METHODS].filter((m) => !documented.includes(m as never) && !(m === "HEAD" && documented.includes("GET")))
        : documented;
    return fc.constantFrom(...methods).chain((method) => {
      const operation = endpoint.operations[method as keyof Endpoint["operations"]];
      const wantsBody = BODY_METHODS.has(method) || ["content-type", "not-json", "json-shape", "field-text", "oversize"].includes(requestClass);
      return fc
        .record({
          session: sessionFor(requestClass, operation, context),
          headers: headersFor(requestClass, context),
          query: queryFor(requestClass, operation, context),
          body: wantsBody ? bodyFor(requestClass, operation, context) : fc.constant<Body>({ names: [], notAnObject: false }),
          suffix: requestClass === "path" ? pathSuffix : fc.constant(""),
          catchAll: requestClass === "path" ? fc.option(catchAllPath, { freq: 4, nil: undefined }) : fc.constant(undefined),
        })
        .chain((parts) =>
          idSegment(requestClass, endpoint, method, parts.session.user).map((id): HostileRequest => {
            const path = parts.catchAll ?? `${endpoint.path.replace("{id}", id)}${parts.suffix}`;
            const target = parts.query ? `${path}?${parts.query}` : path;
            const routed = normalizedPath(path);
            const leavesTheApi = !routed.startsWith("/api/");
            // "/api/transactions/../transactions" is POST /api/transactions: its fields count.
            const landedOn = endpointAt(routed)?.operations[method as keyof Endpoint["operations"]];
            const headers: Record<string, string> = Object.fromEntries(parts.headers);
            if (parts.session.cookie) headers.cookie = parts.session.cookie;
            if (parts.body.contentType !== undefined) headers["content-type"] = parts.body.contentType;
            return {
              requestClass,
              route: `${method} ${leavesTheApi ? "(a page)" : parts.catchAll ? "/api/[...path]" : endpoint.path}`,
              request: { method, target, headers, body: parts.body.body, chunked: parts.body.chunked },
              sent: {
                method,
                sentNames: [...parts.body.names, ...queryNames(parts.query)],
                knownNames: [...documentedNames(parts.catchAll ? undefined : operation), ...documentedNames(landedOn)],
                bodyNotAnObject: parts.body.notAnObject,
              },
              // "/api/../x" is the page /x once dot segments are resolved.
              isPage: leavesTheApi,
            };
          }),
        );
    });
  });
}

function pageRequest(context: SuiteContext): fc.Arbitrary<HostileRequest> {
  const tail = fc.oneof(
    fc.constantFrom("", "/%ZZ", "%C0%AF", "/..%2F", "/%ED%A0%80", "/%00", "/extra/deeper"),
    hostileQueryValue.map((value) => `?next=${value}`),
    hostileText.map((text) => `?next=${percentEncode(text)}`).filter((tail) => tail.length < 3_000),
    fc.tuple(hostileQueryName, hostileQueryValue).map(([name, value]) => `?${name}=${value}`),
  );
  return fc
    .record({
      page: fc.constantFrom(...PAGES),
      tail,
      session: sessionFor("page", undefined, context),
      method: fc.constantFrom("GET", "GET", "GET", "HEAD", "POST"),
      document: fc.boolean(),
      ip: clientIp,
    })
    .map(({ page, tail, session, method, document, ip }): HostileRequest => {
      const headers: Record<string, string> = { "x-forwarded-for": ip, accept: "text/html" };
      if (document) headers["sec-fetch-dest"] = "document";
      if (session.cookie) headers.cookie = session.cookie;
      // A POST to a page is a server action call to Next: one that doesn't exist.
      if (method === "POST") Object.assign(headers, { "next-action": "0000hz", "content-type": "text/plain;charset=UTF-8" });
      return {
        requestClass: "page",
        route: `${method} ${page}`,
        request: { method, target: `${page}${tail}`, headers, body: method === "POST" ? Buffer.from("[\"$undefined\"]") : undefined },
        sent: { method, sentNames: [], knownNames: [], bodyNotAnObject: false },
        isPage: true,
      };
    });
}

const WEIGHTS: Record<RequestClass, number> = {
  method: 8,
  "content-type": 8,
  "not-json": 8,
  "json-shape": 10,
  "field-text": 20,
  query: 12,
  path: 12,
  cookie: 8,
  header: 10,
  oversize: 1,
  page: 4,
};

/** A hostile request of any class, weighted so that every class comes up hundreds of times in a run. */
export function hostileRequest(context: SuiteContext): fc.Arbitrary<HostileRequest> {
  return fc.oneof(
    ...REQUEST_CLASSES.map((requestClass) => ({
      weight: WEIGHTS[requestClass],
      arbitrary: requestClass === "page" ? pageRequest(context) : apiRequest(requestClass, context),
    })),
  );
}
