import { describe, expect, it } from "vitest";
import { oneAtATime } from "./one-at-a-time";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("oneAtATime", () => {
  it("runs the calls' work one after another, in order, and a failure doesn't stop the queue", async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = (n: number) =>
      oneAtATime(async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        order.push(n);
        running--;
        if (n === 2) throw new Error("job 2 failed");
        return n;
      });
    const results = await Promise.allSettled([1, 2, 3, 4].map(job));
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
  });

  it("shares one queue between copies of the module (each route bundle has its own)", async () => {
    const copy = (await import(`./one-at-a-time?copy=${Date.now()}`)) as typeof import("./one-at-a-time");
    expect(copy.oneAtATime).not.toBe(oneAtATime); // a second instance of the module
    let running = 0;
    let most = 0;
    const work = async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
    };
    await Promise.all([oneAtATime(work), copy.oneAtATime(work)]);
    expect(most).toBe(1);
  });
});
