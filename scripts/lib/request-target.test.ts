import { describe, expect, it } from "vitest";
import { clientAddress, isDecodablePath } from "./request-target.mjs";

describe("clientAddress", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("10.0.0.7", "203.0.113.9", 0)).toBe("10.0.0.7");
    expect(clientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
  });

  it("takes the entry the outermost trusted proxy appended, ignoring what the client wrote before it", () => {
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.3", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", ["1.1.1.1", "203.0.113.9"], 1)).toBe("203.0.113.9");
  });

  it("falls back to the peer without a header, and to the leftmost entry when there are fewer entries than hops", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.9", 2)).toBe("203.0.113.9");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("isDecodablePath", () => {
  it.each(["/", "/api/transactions/3f0c", "/caf%C3%A9", "/a%20b?q=%ZZ", "/x#%ZZ"])("accepts %s", (target) => {
    expect(isDecodablePath(target)).toBe(true);
  });
  it.each(["/api/transactions/%ZZ", "/api/%C0%AF", "/api/%ED%A0%80", "/%", "/dashboard%E0%A4"])("refuses %s", (target) => {
    expect(isDecodablePath(target)).toBe(false);
  });
});
