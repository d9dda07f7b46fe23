import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { jsonMembers, type JsonMember } from "./json-members";

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** What jsonMembers hands over, put back together as one value. */
function rebuild(members: Iterable<JsonMember>, streamed: string): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const items: unknown[] = [];
  for (const member of members) {
    if ("index" in member) {
      expect(member.index).toBe(items.length);
      items.push(member.value);
    } else object[member.key] = member.key === streamed && Array.isArray(member.value) && member.value.length === 0 ? items : member.value;
  }
  return object;
}

const problemOf = (bytes: Uint8Array) => {
  try {
    rebuild(jsonMembers(bytes, "items"), "items");
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { code, options } = error as AppError;
    return { code, paths: options.errors?.map((e) => e.path) };
  }
  return undefined;
};

describe("jsonMembers", () => {
  it("reads any JSON object as JSON.parse does, the streamed array's items one by one", () => {
    const items = fc.array(fc.jsonValue(), { maxLength: 30 });
    const object = fc.dictionary(fc.string().filter((k) => k !== "items" && k !== "__proto__" && !k.includes("\u0000")), fc.jsonValue().filter((v) => !JSON.stringify(v).includes("\\u0000")), { maxKeys: 6 });
    fc.assert(
      fc.property(object, items, fc.boolean(), (rest, list, withItems) => {
        const value = withItems ? { ...rest, items: list } : rest;
        if (JSON.stringify(value).includes("\\u0000")) return;
        const text = JSON.stringify(value, null, list.length % 2 ? 2 : undefined);
        expect(rebuild(jsonMembers(bytesOf(text), "items"), "items")).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it("hands over an item and keeps none: a long array streams", () => {
    const text = `{"head":1,"items":[${Array.from({ length: 20_000 }, (_, i) => `{"n":${i},"note":"${"x".repeat(20)}"}`).join(",")}],"tail":true}`;
    let count = 0;
    for (const member of jsonMembers(bytesOf(text), "items")) {
      if ("index" in member) expect(member).toEqual({ key: "items", index: count++, value: { n: member.index, note: "x".repeat(20) } });
      else if (member.key === "items") expect(member.value).toEqual([]);
    }
    expect(count).toBe(20_000);
  });

  it("refuses whatever JSON.parse refuses as invalid_json, and never with another error", () => {
    const valid = JSON.stringify({ format: "x", items: [{ a: "b", n: 1.5 }, null, [true]], z: { y: "é" } });
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 3 }), (at, cut, insert) => {
        const mutated = valid.slice(0, at) + insert + valid.slice(Math.max(at, cut));
        let parsed: unknown;
        try {
          parsed = JSON.parse(mutated);
        } catch {
          expect(problemOf(bytesOf(mutated))?.code).toBe("invalid_json");
          return;
        }
        const problem = problemOf(bytesOf(mutated));
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) expect(problem).toEqual({ code: "validation_failed", paths: ["body"] });
        else if (problem) expect(problem.code).toBe("validation_failed"); // a key given twice, or a NUL
      }),
      { numRuns: 1_000 },
    );
  });

  it.each([
    ["", "invalid_json"],
    ["   \n", "invalid_json"],
    ['{"a":1', "invalid_json"],
    ['{"a":1} x', "invalid_json"],
    ['{"a":1}{"b":2}', "invalid_json"],
    ["[1,2]", "validation_failed"],
    ['"text"', "validation_failed"],
    ["123", "validation_failed"],
    ["null", "validation_failed"],
  ])("answers %j with %s", (text, code) => {
    expect(problemOf(bytesOf(text))?.code).toBe(code);
  });

  it("refuses bytes that are not UTF-8, a member given twice, and a NUL, naming where", () => {
    expect(problemOf(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]))?.code).toBe("invalid_json");
    expect(problemOf(bytesOf('{"a":1,"a":2}'))).toEqual({ code: "validation_failed", paths: ["a"] });
    expect(problemOf(bytesOf('{"items":[{"note":"ok"},{"note":"a\\u0000b"}]}'))).toEqual({ code: "validation_failed", paths: ["items.1.note"] });
    expect(problemOf(bytesOf('{"profile":{"name":"\\u0000"}}'))).toEqual({ code: "validation_failed", paths: ["profile.name"] });
  });

  it("refuses nesting past the limit as it reads, however long the file", () => {
    expect(problemOf(bytesOf(`{"items":[${"[".repeat(2_000_000)}`))).toEqual({ code: "validation_failed", paths: ["body"] });
    const deepest = `{"items":[${"[".repeat(31)}${"]".repeat(31)}]}`; // 33 levels with the object and the array around it
    expect(problemOf(bytesOf(deepest))).toEqual({ code: "validation_failed", paths: ["body"] });
    expect(problemOf(bytesOf(`{"items":[${"[".repeat(30)}${"]".repeat(30)}]}`))).toBeUndefined();
  });

  it("takes a trailing newline, as files end", () => {
    expect(rebuild(jsonMembers(bytesOf('{"items":[1],"a":"b"}\n'), "items"), "items")).toEqual({ items: [1], a: "b" });
  });
});
