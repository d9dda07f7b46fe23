// Plain-text tables: columns padded to their widest cell, numbers right-aligned.
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = (text: string) => /^[-+]?[\d.,/×%]+( ?[a-zA-Z]+)?$|^—$/.test(text);
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i > 0 && numeric(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A number for a table cell: thousands separated, at most `digits` decimals; "—" when absent. */
export function cell(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
