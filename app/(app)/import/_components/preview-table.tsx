import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { formatDay, formatMoney } from "@/lib/format";
import type { ImportRow, RowError } from "./import-types";
import { rowErrorText } from "./row-errors";

export type RowOverlay = { date?: string | null; note?: string };

export interface PreviewTableProps {
  rows: readonly ImportRow[];
  currency: string;
  /**
   * What the person's choices change in a row, read in the browser (the API
   * re-reads with them only on commit): the date (null: it doesn't read) when
   * the date column or format was changed, the note when its column was.
   */
  overlay?: (row: ImportRow) => RowOverlay;
}

type ShownRow = ImportRow & { errors: RowError[]; categoryLater: boolean };

function shownRow(row: ImportRow, overlay: PreviewTableProps["overlay"]): ShownRow {
  const changed = overlay?.(row) ?? {};
  const date = changed.date === undefined ? row.date : changed.date;
  // With a date read the chosen way, the server's date problem (no format chosen, say) no longer applies.
  const errors = changed.date ? row.errors.filter((error) => error.path !== "date") : row.errors;
  return { ...row, date, note: changed.note ?? row.note, errors, categoryLater: errors.length === 0 && row.errors.length > 0 };
}

const longDay = (date: string | null) => (date ? `${formatDay(date)}, ${date.slice(0, 4)}` : "–");
const typeName = (type: ImportRow["type"]) => (type === "income" ? "Income" : type === "expense" ? "Expense" : "–");

/** The first rows of the file as they will be recorded: a table from the small breakpoint on, a list of cards below it. */
export function PreviewTable({ rows, currency, overlay }: PreviewTableProps) {
  const shown = rows.map((row) => shownRow(row, overlay));
  return (
    <>
      <div
        role="region"
        aria-label="Preview of the first rows"
        tabIndex={0}
        className="hidden overflow-x-auto rounded-lg border bg-card focus-visible:outline-2 focus-visible:outline-ring sm:block"
      >
        <table className="w-full min-w-[44rem] text-sm">
          <thead className="bg-muted/60 text-left text-xs font-medium text-muted-foreground">
            <tr>
              {["Line", "Date", "Type", "Amount", "Category", "Note", "Status"].map((name) => (
                <th key={name} scope="col" className={cn("px-3 py-2 font-medium", name === "Amount" ? "text-right" : null)}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y">
            {shown.map((row) => (
              <tr key={row.row} className={cn("align-top", rowTint(row))}>
                <td className="px-3 py-2 text-muted-foreground tabular-nums">{row.row}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{longDay(row.date)}</td>
                <td className="px-3 py-2">{typeName(row.type)}</td>
                <td className={cn("px-3 py-2 text-right whitespace-nowrap tabular-nums", row.type === "income" ? "text-success" : null)}>
                  {row.amount ? formatMoney(row.amount, currency) : "–"}
                </td>
                <td className="px-3 py-2">
                  <Category row={row} />
                </td>
                <td className="max-w-56 truncate px-3 py-2" title={row.note}>
                  {row.note || <span className="text-muted-foreground">–</span>}
                </td>
                <td className="px-3 py-2">
                  <Status row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul aria-label="Preview of the first rows" className="grid gap-2 sm:hidden">
        {shown.map((row) => (
          <li key={row.row} className={cn("grid gap-1.5 rounded-lg border bg-card p-3 text-sm", rowTint(row))}>
            <div className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 truncate font-medium">{row.note || <span className="text-muted-foreground">No note</span>}</span>
              <span className={cn("shrink-0 font-semibold tabular-nums", row.type === "income" ? "text-success" : null)}>
                {row.amount ? formatMoney(row.amount, currency) : "–"}
              </span>
            </div>
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
              <span>Line {row.row}</span>
              <span aria-hidden="true">·</span>
              <span>{longDay(row.date)}</span>
              <span aria-hidden="true">·</span>
              <span>{typeName(row.type)}</span>
              <span aria-hidden="true">·</span>
              <Category row={row} />
            </div>
            <Status row={row} />
          </li>
        ))}
      </ul>
    </>
  );
}

const rowTint = (row: ShownRow) => (row.errors.length > 0 ? "bg-danger/5" : row.duplicate ? "bg-warning/5" : null);

function Category({ row }: { row: ShownRow }) {
  if (row.category) {
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <span>{row.category}</span>
        <Badge title={row.categorySource === "manual" ? "Named in the file" : "Picked from the note"}>{row.categorySource === "manual" ? "manual" : "auto"}</Badge>
      </span>
    );
  }
  return row.categoryLater ? <span className="text-muted-foreground">Category picked on import</span> : <span>–</span>;
}

function Status({ row }: { row: ShownRow }) {
  if (row.errors.length > 0) {
    return (
      <ul className="grid gap-0.5 text-danger">
        <li>
          <Badge variant="danger">Won&apos;t import</Badge>
        </li>
        {row.errors.map((error, index) => (
          <li key={index}>{rowErrorText(error)}</li>
        ))}
      </ul>
    );
  }
  if (row.duplicate) {
    return (
      <Badge variant="warning" title="You already have a transaction with this date, type, amount and note">
        Duplicate
      </Badge>
    );
  }
  return <Badge variant="income">New</Badge>;
}
