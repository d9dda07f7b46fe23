"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import { CircleCheck } from "lucide-react";

import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDay } from "@/lib/format";
import type { CommitResult } from "./import-types";
import { rowErrorText } from "./row-errors";

export interface ImportSummaryProps {
  result: CommitResult;
  fileName: string;
  /** The dates the file's rows span: the link's filter (the list has no "from this import" filter). */
  range: { from: string; to: string } | null;
  onImportAnother: () => void;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
const longDay = (date: string) => `${formatDay(date)}, ${date.slice(0, 4)}`;

export function ImportSummary({ result, fileName, range, onImportAnother }: ImportSummaryProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const href = range ? `/transactions?${new URLSearchParams({ from: range.from, to: range.to })}` : "/transactions";

  return (
    <Card aria-labelledby="import-summary-title" role="region" className="gap-5">
      <CardHeader>
        <div className="flex items-center gap-2">
          <CircleCheck aria-hidden="true" className="size-5 text-success" />
          <CardTitle as="h2" id="import-summary-title" ref={headingRef} tabIndex={-1} className="text-base outline-none">
            Import finished
          </CardTitle>
        </div>
        <CardDescription>{fileName}</CardDescription>
      </CardHeader>

      <dl className="grid gap-3 sm:grid-cols-3">
        <Figure label="Imported" value={plural(result.created, "transaction", "transactions")} />
        <Figure label="Duplicates skipped" value={plural(result.duplicatesSkipped, "row", "rows")} />
        <Figure label="Invalid, not imported" value={plural(result.invalid.length, "row", "rows")} />
      </dl>

      {result.invalid.length > 0 ? (
        <section aria-labelledby="invalid-rows-title" className="grid gap-2">
          <h3 id="invalid-rows-title" className="text-sm font-semibold">
            Rows that were not imported
          </h3>
          <p className="text-sm text-muted-foreground">Fix them in the file and import it again: the rows already imported are recognised as duplicates and skipped.</p>
          <ul className="grid max-h-72 gap-1 overflow-y-auto rounded-lg border p-3 text-sm">
            {result.invalid.map((row) => (
              <li key={row.row}>
                <span className="font-medium tabular-nums">Line {row.row}:</span> {row.errors.map(rowErrorText).join("; ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        {result.created > 0 ? (
          <Link href={href} className={buttonVariants()}>
            See the imported transactions
          </Link>
        ) : null}
        <Button variant="outline" onClick={onImportAnother}>
          Import another file
        </Button>
        {result.created > 0 && range ? (
          <p className="basis-full text-sm text-muted-foreground">
            The link shows your transactions from {longDay(range.from)} to {longDay(range.to)}, the dates in this file.
          </p>
        ) : null}
      </div>
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid gap-1 rounded-lg border bg-muted/30 p-3">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
