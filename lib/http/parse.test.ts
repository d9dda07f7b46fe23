import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { fieldErrors, readBody, readUpload } from "./parse";

const patch = z.strictObject({ note: z.string().optional() }).superRefine((value, ctx) => {
  if (value.note === undefined) ctx.addIssue({ code: "custom", path: [], message: "must change at least one field" });
});
const errorsOf = (input: unknown) => fieldErrors(patch.safeParse(input).error!);

describe("fieldErrors", () => {
  it("reports a whole-body rule as body when nothing else is wrong", () => {
    expect(errorsOf({})).toEqual([{ path: "body", message: "must change at least one field" }]);
  });

  it("leaves the whole-body rule out once a field is named, so every path names a field", () => {
    expect(errorsOf({ amount: "1.00" })).toEqual([{ path: "amount", message: "Unknown field." }]);
    expect(errorsOf({ note: 5 }).map((e) => e.path)).toEqual(["note"]);
  });
});

/** A request whose body arrives in the given pieces, with or without a Content-Length. */
function upload(pieces: Uint8Array[], options: { declare: boolean; type?: string }): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  const headers: Record<string, string> = { "content-type": options.type ?? "text/csv" };
  if (options.declare) headers["content-length"] = String(pieces.reduce((sum, p) => sum + p.byteLength, 0));
  return new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

const csv = { field: "file", types: ["text/csv"] } as const;

describe("readUpload", () => {
  it("hands back exactly the bytes sent, however they are cut and whether or not their length is declared", async () => {
    const pieces = fc.array(fc.uint8Array({ maxLength: 70_000 }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(pieces, fc.boolean(), async (parts, declare) => {
        const sent = Buffer.concat(parts);
        const read = await readUpload(upload(parts, { declare }), { ...csv, maxBytes: 1 << 20 });
        expect(Buffer.from(read).equals(sent)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a body past the cap, declared or not", async () => {
    const parts = [new Uint8Array(600), new Uint8Array(600)];
    for (const declare of [true, false]) {
      const refused = await readUpload(upload(parts, { declare }), { ...csv, maxBytes: 1_000 }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe("payload_too_large");
    }
  });

  it("takes the file out of a multipart form", async () => {
    const form = new FormData();
    form.set("file", new File(["date,amount\n2026-01-01,1.00\n"], "a.csv", { type: "text/csv" }));
    const request = new Request("http://localhost/upload", { method: "POST", body: form });
    const read = await readUpload(request, { ...csv, maxBytes: 1 << 20 });
    expect(new TextDecoder().decode(read)).toBe("date,amount\n2026-01-01,1.00\n");
  });
});

describe("readBody", () => {
  const sent = (body: BodyInit, type?: string) => new Request("http://localhost/api", { method: "POST", body, headers: type ? { "content-type": type } : {} });

  it("reads a form's fields by the names they were sent under, a leading U+FEFF and __proto__ included", async () => {
    const multipart = ["--b", 'Content-Disposition: form-data; name="\uFEFF"', "", "x", "--b", 'Content-Disposition: form-data; name="__proto__"', "", "y", "--b--", ""].join("\r\n");
    const urlencoded = "%EF%BB%BF=x&__proto__=y";
    for (const request of [sent(multipart, "multipart/form-data; boundary=b"), sent(urlencoded, "application/x-www-form-urlencoded")]) {
      const fields = (await readBody(request, ["json", "form"])) as Record<string, string>;
      expect(Object.entries(fields)).toEqual([["\uFEFF", "x"], ["__proto__", "y"]]);
    }
  });

  it("refuses a file in a form body, naming its field", async () => {
    const form = new FormData();
    form.set("note", "lunch");
    form.set("receipt", new File(["…"], "r.png"));
    const refused = await readBody(sent(form), ["form"]).catch((error: unknown) => error);
    expect((refused as AppError).code).toBe("validation_failed");
    expect((refused as AppError).options.errors).toEqual([{ path: "receipt", message: "Files are not accepted." }]);
  });
});
