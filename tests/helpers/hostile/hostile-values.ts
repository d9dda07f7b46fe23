// The raw material of hostile requests, as fast-check arbitraries: text an
// attacker (or a broken client) puts in fields, query values, path segments,
// cookies and headers.
import fc from "fast-check";
import { percentEncode } from "./encode";

/** Control and format characters, lone surrogates and noncharacters. */
export const ODD_CHARACTERS = [
  "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\u000b", "\f", "\r", "\u001b", "\u001f", "\u007f", "\u0085",
  "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e", "\ufffe", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff",
];

/** Strings that have broken parsers, dates, money and SQL before. */
const NOTORIOUS = [
  "", " ", "   ", "\u0000", "null", "undefined", "NaN", "Infinity", "-Infinity", "true", "[]", "{}", "__proto__", "constructor",
  "prototype", "toString", "-0", "0", "-1", "1e309", "1e-400", "0x10", "0b1", "1_000", "１２３", "١٢٣", "1,50", " 1.50 ", "1.005",
  "0.001", "99999999999.99", "999999999.999", "1000000000.00", "12.5.0", "--1", "+1", ".5", "5.", "2026-02-30", "2026-13-01",
  "0000-01-01", "0001-01-01", "1899-12-31", "9999-12-31", "+275760-09-13", "2026-1-1", "2026-01-01T00:00:00Z", "2026-00",
  "2026-13", "0000-00", "99999-01", "' OR '1'='1", "'; DROP TABLE users; --", "\\", "\\\\'", "%s%s%n", "${7*7}", "{{7*7}}",
  "<script>alert(1)</script>", "javascript:alert(1)", "../../../etc/passwd", "%00", "%ZZ", "%C0%AF", "\u0130", "ß", "ﬃ",
  "Z\u0351\u0352\u0353", "😀", "👨‍👩‍👧‍👦", "\u202eevil", "Europe/Nowhere", "Etc/GMT+99", "usd", "XXX", "ÉUR", "EURO",
  "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-1+1", "\tstart", "\rstart",
];

/** A plausible text with one odd character somewhere in it. */
const withOddCharacter = fc
  .record({ base: fc.constantFrom("coffee", "Groceries", "rent for May", "ada@example.test", "2026-01-15", "12.50", "Europe/Paris"), odd: fc.constantFrom(...ODD_CHARACTERS), at: fc.nat() })
  .map(({ base, odd, at }) => {
    const index = at % (base.length + 1);
    return `${base.slice(0, index)}${odd}${base.slice(index)}`;
  });

/** Long text: past every field's cap, and (sometimes) past the 1 MiB body cap. */
const hugeText = fc
  .record({ unit: fc.constantFrom("a", "é", "😀", "\u0000", " ", "\ud800"), length: fc.constantFrom(41, 61, 101, 201, 2001, 20_000, 300_000) })
  .map(({ unit, length }) => unit.repeat(length));

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: withOddCharacter },
  { weight: 4, arbitrary: fc.constantFrom(...NOTORIOUS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...ODD_CHARACTERS, "a", "é", "%", "😀"), maxLength: 30 }) },
  { weight: 1, arbitrary: hugeText },
);

/** JSON fragments of every wrong type, including nestings deep enough to exhaust a recursive walk. */
export const wrongTypeJson: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.constantFrom(
    "true", "false", "null", "[]", "{}", "0", "-0", "1e309", "-1e309", "1E400", "123456789012345678901234567890", "0.1e-400",
    "[null]", "[\"a\",1]", "{\"a\":{}}", "{\"__proto__\":{\"polluted\":1}}", "{\"constructor\":{\"prototype\":{\"x\":1}}}",
    "[\"\\u0000\"]", "{\"\\u0000\":1}", "\"\\ud800\"", "\"\\u0000\"", "[[[[[[[[[[\"deep\"]]]]]]]]]]",
  ),
  fc.constantFrom(64, 1000, 10_000, 100_000, 400_000).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.constantFrom(64, 1000, 10_000, 100_000).map((depth) => `${"{\"a\":".repeat(depth)}1${"}".repeat(depth)}`),
  fc.array(hostileText.map((text) => JSON.stringify(text)), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
);

/**
 * An id segment that can't name a row, already as it goes into the request
 * target. %-escaped only: a raw byte above 0x7f in the target gets node's own
 * bare 400 before the app sees the request.
 */
export const hostileIdSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "abc", "1", "0", "-1", "null", "undefined", "%ZZ", "%C0%AF", "%ED%A0%80", "%E0%A4%A", "%", "%%", "%2", "%00", "%0A", "%2e%2e",
    "..", ".", "%2F", "%2Fetc%2Fpasswd", "%5C", "%u0041", "a%20b", "%E2%80%AE", "%F0%9F%98%80", "%FF%FE", "x".repeat(300), "1".repeat(5000), "00000000-0000-0000-0000-000000000000x", "00000000000000000000000000000000",
    "{00000000-0000-0000-0000-000000000000}", "00000000-0000-0000-0000-00000000000g", "00000000-0000-0000-0000-0000000000000",
    "%30%30%30%30%30%30%30%30-0000-0000-0000-000000000000",
  ),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
  fc.uuid().map((uuid) => `${uuid}%00`),
  hostileText.filter((text) => text.length < 200).map(percentEncode),
);

/**
 * A query value as it goes into the target: escaped hostile text, or escapes
 * that are themselves broken. No raw byte above 0x7f: node's parser refuses
 * those in a query with its own bare 400 before the app sees the request.
 */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  // Kept under node's 16 KiB header block, so that the app (not node) answers.
  { weight: 3, arbitrary: hostileText.map(percentEncode).filter((value) => value.length < 3_000) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "%ZZ", "%", "%2", "%C0%AF", "%ED%A0%80", "%00", "a%00b", "%FF%FE", "%E0%A4%A", "%25ZZ", "+", "%2B", "%0D%0A", "%uD800", "..%2F..%2F", "%F4%90%80%80", "%F8%88%80%80%80", "-1", "0", "201", "1e3", "0x10", "10.5", "%EF%BC%91",
    ),
  },
);

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** Cursors that decode to garbage, to impossible dates and times, or don't decode at all. */
export const hostileCursor: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      date: fc.constantFrom("2026-02-30", "2026-13-01", "0000-01-01", "0001-01-01", "9999-99-99", "2026-1-1", "+275760-09-13", "2026-01-15", "1969-12-31"),
      createdAt: fc.constantFrom("2026-01-01T25:00:00.000Z", "2026-02-30T00:00:00.000Z", "0000-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z", "x", ""),
      id: fc.oneof(fc.uuid(), fc.constantFrom("not-a-uuid", "", "%ZZ")),
    })
    .map(({ date, createdAt, id }) => base64url(JSON.stringify([date, createdAt, id]))),
  fc.constantFrom("null", "{}", "\"text\"", "[]", "[1,2,3]", "[null,null,null]", "[\"a\",\"b\",\"c\",\"d\"]", "{\"__proto__\":1}").map(base64url),
  fc.constantFrom("!!!", "%ZZ", "====", "A", "A".repeat(5000), "%C0%AF", "eyJ", "W10", "%00"),
  fc.string({ unit: "binary", maxLength: 30 }).map((text) => percentEncode(base64url(text))),
);

export const hostileQueryName: fc.Arbitrary<string> = fc.constantFrom(
  "x", "__proto__", "constructor", "%ZZ", "%00", "q%00", "", "q[]", "a.b", "limit%20", "LIMIT", "%C0%AF", "%FF", "cursor[]",
);

/** Cookie headers that carry no valid credential, however they try. */
export const hostileCookieHeader: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "access_token=%ZZ", "refresh_token=%ZZ", "access_token=%ZZ; refresh_token=%ZZ", "access_token=%C0%AF; refresh_token=%ED%A0%80",
    "access_token=%", "refresh_token=%E0%A4%A", "access_token=", "access_token=; refresh_token=", "=; ;;; =x", "access_token",
    "access_token=a.b.c", "access_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "access_token=\"quoted\"", "access_token=\u00ff\u00fe",
    "refresh_token=\u00c0\u00af", "access_token=x; access_token=y", "next-auth.session-token=garbage", "access_token=%00",
    "refresh_token=%00%00", "access_token=null; refresh_token=undefined",
  ),
  fc.constantFrom(2000, 6000).map((length) => `access_token=${"A".repeat(length)}; refresh_token=${"B".repeat(length / 2)}`),
  fc.string({ unit: fc.constantFrom("a", "%", "Z", "=", ";", ".", "\u00ff"), maxLength: 60 }).map((text) => `access_token=${text}`),
);

/** Headers a hostile client adds; each a [name, value] pair node:http will put on the wire. */
export function hostileHeader(appOrigin: string): fc.Arbitrary<[string, string]> {
  const app = new URL(appOrigin);
  return fc.oneof(
    fc.constantFrom(
      "null", "http://evil.example", `${appOrigin}/`, appOrigin.toUpperCase(), `${app.protocol}//${app.hostname}:1`, "", " ",
      `https://${app.host}`, `${appOrigin}.evil.example`, "file://", "\u00ff", "http://[::1", "*",
    ).map((value): [string, string] => ["origin", value]),
    fc.constantFrom("cross-site", "same-site", "same-origin", "none", "garbage", "").map((value): [string, string] => ["sec-fetch-site", value]),
    fc.oneof(
      fc.constantFrom("", "a", " ", "\u00ff\u00fe", "key with spaces", "../..", "%ZZ", "x".repeat(300), "x".repeat(5000)),
      fc.uuid(),
    ).map((value): [string, string] => ["idempotency-key", value]),
    fc.constantFrom(
      "Bearer", "Bearer ", "Bearer lgy_", "Bearer lgy_AAAA", "Basic Og==", "Bearer %ZZ", "\u00ff", "Bearer a b c", "Token xyz",
      `Bearer ${"A".repeat(5000)}`, "Bearer null", "bearer lgy_0000000000000000000000000000000000000000000",
    ).map((value): [string, string] => ["authorization", value]),
    fc.constantFrom("x", "\u00ff", "a".repeat(200), "../../", "%00").map((value): [string, string] => ["x-request-id", value]),
    fc.constantFrom("text/html", "*/*", "application/problem+json", "garbage", "text/csv", "\u00ff").map((value): [string, string] => ["accept", value]),
    fc.constantFrom("unknown", "::1", "1.1.1.1, 2.2.2.2", "\u00ff", "", "999.999.999.999", "a".repeat(500)).map((value): [string, string] => ["x-forwarded-for", value]),
    fc.constantFrom("middleware", "middleware:middleware:middleware:middleware:middleware", "src/middleware").map((value): [string, string] => ["x-middleware-subrequest", value]),
    fc.constantFrom("evil.example", `${app.host}@evil.example`, "[::1", "%ZZ", "localhost:99999").map((value): [string, string] => ["host", value]),
    fc.constantFrom("1", "?1", "garbage").map((value): [string, string] => ["rsc", value]),
    fc.constantFrom("gzip", "br", "garbage;q=x").map((value): [string, string] => ["accept-encoding", value]),
  );
}

/** Content types an endpoint should refuse (415) or read as what they say. */
export const contentTypes = {
  wrong: fc.constantFrom(
    "text/plain", "application/xml", "text/csv", "application/octet-stream", "multipart/form-data", "multipart/form-data; boundary=",
    "application/x-www-form-urlencoded; charset=utf-16", "application/json; charset=utf-16", "application/json, text/plain", "*/*",
    "\u00ff", "application/", "/json", "json", "application/jsonx", "x".repeat(300), "application/json; boundary=x", "",
  ),
  json: fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "application/merge-patch+json", "application/json;charset=latin1"),
};

/** Bodies declared as JSON that aren't (or are, but in a form JSON.parse rejects). */
export const notJsonBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom(
    "{", "}", "{'a':1}", "{\"a\":1,}", "[1,]", "nul", "tru", "\"unterminated", "{\"a\":1}{\"b\":2}", "\u0000", "{\"note\":\"a\u0000b\"}",
    "{\"note\":\"line\nbreak\"}", "NaN", "Infinity", "0x10", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "<xml/>", "a=1&b=2", "{\"a\" 1}",
    "\ufeff{}", "   ", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"amount\":\"1\"", "[".repeat(2000),
  ).map((text) => Buffer.from(text, "utf8")),
  fc.constantFrom([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]).map((bytes) => Buffer.from(bytes)),
  fc
    .constantFrom([0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xe0, 0xa4])
    .map((bytes) => Buffer.concat([Buffer.from("{\"note\":\""), Buffer.from(bytes), Buffer.from("\",\"amount\":\"1.00\",\"type\":\"expense\"}")])),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);

/** Whole bodies of a wrong top-level shape. */
export const wrongShapeBody: fc.Arbitrary<string> = fc.oneof(
  wrongTypeJson,
  hostileText.map((text) => JSON.stringify(text)),
  fc.constantFrom("[{}]", "[{\"amount\":\"1.00\"}]", "{\"\":1}", "{\"a\":1,\"a\":2}", "{\"amount\":\"1.00\",\"amount\":\"2.00\"}"),
);

/** CSV files for the import endpoint: broken quoting, odd bytes, too many columns. */
export const hostileCsv: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom(
    "", "date,amount\n", "date,amount,note\n2026-01-01,12.50,\"unterminated\n", "\u0000,\u0000\n", "a;b|c\td\n1;2|3\t4\n",
    "date,amount\n2026-02-30,1.00\n", "date,amount\n0000-01-01,1e309\n", "=cmd,@x\n+1,-1\n", `${"c,".repeat(5000)}\n`,
    "date,amount\n2026-01-01,\"1,234.56\"\n", "\ufeffdate,amount\n2026-01-01,1.00\n",
  ).map((text) => Buffer.from(text, "utf8")),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);
