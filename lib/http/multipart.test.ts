import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { multipartFile, multipartParts } from "./multipart";

/** A form as undici (what fetch and browsers' FormData send) writes it. */
async function encoded(form: FormData): Promise<{ body: Buffer; type: string }> {
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), type: response.headers.get("content-type")! };
}

const bytes = fc.uint8Array({ maxLength: 2_000 });
const text = fc.string({ maxLength: 40 });
const entry = fc.oneof(
  fc.record({ name: fc.constantFrom("file", "other", "File", "file2", "x"), value: text }),
  fc.record({ name: fc.constantFrom("file", "other", "notes"), content: bytes, filename: fc.constantFrom("a.csv", "account.json", 'we"ird.json', "é.csv") }),
);

const asText = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("multipartParts", () => {
  // Any text but a leading U+FEFF, which undici drops and we keep (below).
  const anyText = fc.string({ unit: "binary", maxLength: 30 }).filter((t) => !t.startsWith("\uFEFF"));

  it("reads the same names and values as undici's FormData parser, for any text form", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(anyText, anyText), { maxLength: 6 }), async (fields) => {
        const form = new FormData();
        for (const [name, value] of fields) form.append(name, value);
        const { body, type } = await encoded(form);
        const parsed = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
        const ours = [...multipartParts(body, type)].map((p) => [p.name, asText(p.content)]);
        expect(ours).toEqual([...parsed.entries()]);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a leading U+FEFF of a name and a value, where undici drops it", () => {
    const body = Buffer.from(['--b', 'Content-Disposition: form-data; name="\uFEFF"', "", "\uFEFFnote", "--b--", ""].join("\r\n"));
    expect([...multipartParts(body, "multipart/form-data; boundary=b")].map((p) => [p.name, asText(p.content)])).toEqual([["\uFEFF", "\uFEFFnote"]]);
  });

  it("reads a name as browsers escape it (%22, %0D, %0A) and takes a backslash as it is", () => {
    const body = Buffer.from(['--b', 'Content-Disposition: form-data; name="a%22b%0D%0Ac\\d"', "", "v", "--b--", ""].join("\r\n"));
    expect([...multipartParts(body, "multipart/form-data; boundary=b")][0]!.name).toBe('a"b\r\nc\\d');
  });
});

describe("multipartFile", () => {
  it("finds the same file as undici's FormData parser, for any form", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 5 }), async (entries) => {
        const form = new FormData();
        for (const e of entries) {
          if ("value" in e) form.append(e.name, e.value);
          else form.append(e.name, new File([new Uint8Array(e.content)], e.filename));
        }
        const { body, type } = await encoded(form);
        const expected = [...form.getAll("file")].find((v): v is File => typeof v !== "string");
        const found = multipartFile(body, type, "file");
        if (!expected) expect(found).toBeUndefined();
        else expect(Buffer.from(found!).equals(Buffer.from(await expected.arrayBuffer()))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("answers a view of the body, not a copy", async () => {
    const form = new FormData();
    form.set("file", new File(["date,amount\n"], "a.csv"));
    const { body, type } = await encoded(form);
    expect(multipartFile(body, type, "file")!.buffer).toBe(body.buffer);
  });

  it("refuses a cut or mangled body with invalid_json, never another error", async () => {
    const form = new FormData();
    form.set("note", "hello");
    form.set("file", new File(['{"format":"ledgerly-account"}'], "account.json"));
    const { body, type } = await encoded(form);
    fc.assert(
      fc.property(fc.nat(body.length), fc.nat(body.length), fc.uint8Array({ maxLength: 4 }), (at, cut, insert) => {
        const mangled = Buffer.concat([body.subarray(0, at), insert, body.subarray(Math.max(at, cut))]);
        try {
          const found = multipartFile(mangled, type, "file");
          if (found) expect(found.byteLength).toBeLessThanOrEqual(mangled.length);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe("invalid_json");
        }
      }),
      { numRuns: 1_000 },
    );
    for (const bad of [Buffer.alloc(0), body.subarray(0, body.length - 10), Buffer.from("not a form")]) expect(() => multipartFile(bad, type, "file")).toThrow(AppError);
    expect(() => multipartFile(body, "multipart/form-data", "file")).toThrow(AppError); // no boundary
  });

  it("reads a hand-written form: a preamble, a quoted boundary, a text value by the same name first", () => {
    const body = Buffer.from(
      ["preamble", "--XyZ", 'Content-Disposition: form-data; name="file"', "", "just text", "--XyZ", 'content-disposition: form-data; filename="a.csv"; name=file', "Content-Type: text/csv", "", "a,b\r\n1,2", "--XyZ--", ""].join("\r\n"),
    );
    expect(Buffer.from(multipartFile(body, 'multipart/form-data; boundary="XyZ"', "file")!).toString()).toBe("a,b\r\n1,2");
    expect(multipartFile(body, "multipart/form-data; boundary=XyZ", "other")).toBeUndefined();
  });
});
