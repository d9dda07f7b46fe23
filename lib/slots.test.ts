import { describe, expect, it } from "vitest";
import { slots } from "./slots";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
let names = 0;
const fresh = (count: number) => slots(`test-${names++}`, count);

describe("slots", () => {
  it("runs at most `count` at once, in order, and a failure gives its slot back", async () => {
    for (const count of [1, 3]) {
      const limited = fresh(count);
      let running = 0;
      let most = 0;
      const started: number[] = [];
      const job = (n: number) =>
        limited.run(async () => {
          started.push(n);
          most = Math.max(most, ++running);
          await tick();
          running--;
          if (n % 4 === 1) throw new Error(`job ${n} failed`);
          return n;
        });
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, n) => job(n)));
      expect(most).toBe(count);
      expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(results.filter((r) => r.status === "rejected")).toHaveLength(3);
    }
  });

  it("gives a slot back once, however often release is called", async () => {
    const limited = fresh(1);
    const release = await limited.acquire();
    release();
    release();
    const first = await limited.acquire();
    let second = false;
    void limited.acquire().then(() => (second = true));
    await tick();
    expect(second).toBe(false); // the double release did not make a second slot
    first();
    await tick();
    expect(second).toBe(true);
  });

  it("shares the slots between copies of the module (each route bundle has its own)", async () => {
    const copy = (await import(`./slots?copy=${Date.now()}`)) as typeof import("./slots");
    expect(copy.slots).not.toBe(slots); // a second instance of the module
    const name = `shared-${names++}`;
    let running = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++running);
      await tick();
      running--;
    };
    await Promise.all([slots(name, 1).run(work), copy.slots(name, 1).run(work)]);
    expect(most).toBe(1);
  });
});
