import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "./parse";

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
