import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./decode-csv-bytes";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsvBytes", () => {
  it("reads UTF-8", () => {
    expect(decodeCsvBytes(utf8("date;note\n2026-12-02;Bäckerei 😀\n"))).toEqual({
      text: "date;note\n2026-12-02;Bäckerei 😀\n",
      encoding: "utf-8",
    });
  });

  it("drops a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("date,amount\n")]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "date,amount\n", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    // "Müller € „Brötchen“" as a German bank writes it: ü, €, „ and “ are single bytes.
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x20, 0x84, 0x42, 0x72, 0xf6, 0x74, 0x63, 0x68, 0x65, 0x6e, 0x93]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "Müller € „Brötchen“", encoding: "windows-1252" });
  });

  it("reads every Windows-1252 text back as written", () => {
    const text = "Straße;Öl;Ärger;Übergang;ß€‰Š";
    expect(decodeCsvBytes(iconv.encode(text, "windows-1252"))).toEqual({ text, encoding: "windows-1252" });
  });

  it("reads a view into a larger buffer from its own offset", () => {
    const whole = iconv.encode("xxxxMüller", "windows-1252");
    expect(decodeCsvBytes(new Uint8Array(whole.buffer, whole.byteOffset + 4, 6)).text).toBe("Müller");
  });

  it("takes plain ASCII as UTF-8", () => {
    expect(decodeCsvBytes(utf8("a,b\r\n1,2\r\n")).encoding).toBe("utf-8");
  });
});
