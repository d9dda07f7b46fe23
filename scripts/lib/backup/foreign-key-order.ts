/** A foreign key: rows of `from` point at rows of `to`. */
export type Reference = { from: string; to: string };

/**
 * The tables ordered so that every table comes after the tables it references
 * (Kahn's algorithm; ties keep the given order, so the result is stable).
 * References to tables outside the list and to the table itself are ignored:
 * they don't constrain the order between tables. Tables in a cycle can't be
 * ordered: they are returned in `cycle`, after the others in `order`.
 */
export function foreignKeyOrder(tables: readonly string[], references: readonly Reference[]): { order: string[]; cycle: string[] } {
  const known = new Set(tables);
  const needs = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { from, to } of references) {
    if (from !== to && known.has(from) && known.has(to)) needs.get(from)!.add(to);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const table of tables) {
      if (placed.has(table)) continue;
      if ([...needs.get(table)!].every((to) => placed.has(to))) {
        order.push(table);
        placed.add(table);
        progress = true;
        break; // restart from the front so ties keep the given order
      }
    }
  }
  const cycle = tables.filter((table) => !placed.has(table));
  return { order: [...order, ...cycle], cycle };
}
