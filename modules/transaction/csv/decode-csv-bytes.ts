import iconv from "iconv-lite";

export type DecodedCsv = { text: string; encoding: "utf-8" | "windows-1252" };

/**
 * UTF-8 (its BOM dropped) when the bytes are valid UTF-8, else Windows-1252:
 * what a spreadsheet or an older bank export writes in western Europe. Every
 * byte sequence is valid Windows-1252, so this never fails; an ASCII file
 * reads the same either way.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    // fatal: refuse invalid sequences instead of replacing them with U+FFFD.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
    return { text, encoding: "windows-1252" };
  }
}
