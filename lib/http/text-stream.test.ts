import { describe, expect, it } from "vitest";
import { recordStream } from "./text-stream";

/** Records 0…count-1, remembering whether they were returned (a cursor released). */
function counting(count: number) {
  const state = { returned: false, read: 0 };
  const records: AsyncIterator<number> = {
    async next() {
      return state.read < count ? { done: false, value: state.read++ } : { done: true, value: undefined };
    },
    async return() {
      state.returned = true;
      return { done: true, value: undefined };
    },
  };
  return { records, state };
}

const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("recordStream", () => {
  it("writes the opening, the records with their separator, and the closing", async () => {
    const frame = { opening: "[", format: (n: number) => `{"n":${n}}`, separator: ",", closing: "]" };
    expect(JSON.parse(await text(recordStream(counting(50_000).records, frame)))).toEqual(Array.from({ length: 50_000 }, (_, n) => ({ n })));
    expect(await text(recordStream(counting(0).records, frame))).toBe("[]");
  });

  it("pulls records only as the reader reads", async () => {
    const { records, state } = counting(1_000_000);
    const reader = recordStream(records, { format: (n) => `${n}\n` }).getReader();
    await reader.read();
    expect(state.read).toBeLessThan(50_000);
    await reader.cancel();
  });

  it("returns the records when the reader goes away, even before the first record (a head longer than a chunk)", async () => {
    for (const opening of ["", "x".repeat(200_000)]) {
      const { records, state } = counting(1_000_000);
      const reader = recordStream(records, { opening, format: (n) => `${n}\n` }).getReader();
      expect((await reader.read()).done).toBe(false);
      await reader.cancel();
      expect(state.returned).toBe(true);
    }
  });
});
