// How each series looks, once: the chart, its server-rendered legend and its
// tooltip all draw the same mark.
import type { LegendMark } from "./chart-legend";
import { EXPENSE_COLOR, INCOME_COLOR, INK, MUTED_INK } from "./chart-colors";

export const MARKS = {
  income: { kind: "fill", color: INCOME_COLOR },
  expense: { kind: "fill", color: EXPENSE_COLOR, striped: true },
  balance: { kind: "line", color: INK, dot: true },
  spent: { kind: "line", color: EXPENSE_COLOR },
  budget: { kind: "line", color: INK, dash: "dashed" },
  pace: { kind: "line", color: MUTED_INK, dash: "dotted" },
} as const satisfies Record<string, LegendMark>;
