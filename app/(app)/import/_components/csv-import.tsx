"use client";

import { useMemo, useRef, useState } from "react";
import { CircleExclamationPoint, Info } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import type { ApiProblem } from "@/lib/api-fetch";
import { ColumnMapping } from "./column-mapping";
import { commitImportRequest, uploadImportRequest } from "./import-requests";
import { ImportSummary } from "./import-summary";
import { MAX_IMPORT_BYTES, type CommitResult, type DateFormat, type ImportPreview, type ImportRow } from "./import-types";
import { choiceFromDetected, choiceProblems, columnsOf, overridesOf, type MappingChoice } from "./mapping-choice";
import { PreviewTable, type RowOverlay } from "./preview-table";
import { columnCells, dateRange, decodeCsvBytes, readCsvFile, readDate, type CsvFile } from "./read-csv-file";
import { FileDropZone } from "./file-drop-zone";

type Loaded = { file: File; text: string; csv: CsvFile; preview: ImportPreview };

type Phase =
  | { kind: "choose" }
  | { kind: "uploading"; file: File }
  | ({ kind: "preview" } & Loaded)
  | ({ kind: "committing" } & Loaded)
  | { kind: "done"; file: File; result: CommitResult; range: { from: string; to: string } | null };

const TEXT_TYPES = new Set(["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "text/tab-separated-values", "text/comma-separated-values"]);
const TEXT_EXTENSIONS = /\.(csv|tsv|txt)$/i;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why the browser refuses the file before sending it, or null. */
function fileProblem(file: File): string | null {
  if (file.size === 0) return `“${file.name}” is empty. Choose the CSV export of your statement, with at least one row.`;
  if (file.size > MAX_IMPORT_BYTES) return `“${file.name}” is ${megabytes(file.size)}; the most is 10 MB. Export a shorter period and import it in parts.`;
  if (!TEXT_EXTENSIONS.test(file.name) && !TEXT_TYPES.has(file.type)) {
    return `“${file.name}” isn't a CSV file. Choose a .csv (or .tsv, .txt) export: in your bank's website look for “Export” or “Download as CSV”.`;
  }
  return null;
}

/** The upload's problem in the person's words. */
function uploadProblem(file: File, problem: ApiProblem): string {
  if (problem.status === 413) return `“${file.name}” is too large; the most is 10 MB. Export a shorter period and import it in parts.`;
  if (problem.status === 415 || problem.code === "unsupported_media_type") return `“${file.name}” isn't a CSV file the server can read.`;
  const fileError = problem.errors?.find((error) => error.path === "file");
  if (fileError) return `“${file.name}” ${fileError.message}.`;
  return problem.detail;
}

const LABELS: Record<string, string> = {
  "columns.date": "Date",
  "columns.amount": "Amount",
  "columns.debit": "Money out",
  "columns.credit": "Money in",
  "columns.type": "Type",
  "columns.category": "Category",
  "columns.note": "Note",
  "columns.comment": "Comment",
  dateFormat: "Date format",
  decimalSeparator: "Decimal separator",
};

export function CsvImport({ currency }: { currency: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });
  const [fileError, setFileError] = useState<string | null>(null);
  const [choice, setChoice] = useState<MappingChoice | null>(null);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [commitError, setCommitError] = useState<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  async function upload(file: File) {
    const refused = fileProblem(file);
    if (refused) {
      setFileError(refused);
      return;
    }
    setFileError(null);
    setPhase({ kind: "uploading", file });
    const [outcome, text] = await Promise.all([uploadImportRequest(file), file.arrayBuffer().then((buffer) => decodeCsvBytes(new Uint8Array(buffer)))]);
    if (!outcome.ok) {
      setFileError(uploadProblem(file, outcome.problem));
      setPhase({ kind: "choose" });
      return;
    }
    const preview = outcome.data;
    if (preview.rows === 0) {
      setFileError(`“${file.name}” has no rows to import${preview.detected.header ? ", only a header" : ""}.`);
      setPhase({ kind: "choose" });
      return;
    }
    setChoice(choiceFromDetected(preview));
    setSkipDuplicates(true);
    setProblems({});
    setCommitError(null);
    setPhase({ kind: "preview", file, text, preview, csv: readCsvFile(text, preview.detected.delimiter, preview.detected.header) });
  }

  async function commit(loaded: Loaded, chosen: MappingChoice) {
    const found = choiceProblems(chosen);
    setProblems(found);
    setCommitError(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    setPhase({ kind: "committing", ...loaded });
    const outcome = await commitImportRequest(loaded.preview.id, overridesOf(chosen, loaded.preview, skipDuplicates));
    if (!outcome.ok) {
      const byPath = Object.fromEntries((outcome.problem.errors ?? []).map((error) => [error.path, capitalize(error.message)]));
      setProblems(byPath);
      setCommitError(
        outcome.problem.code === "import_committed"
          ? "This file was imported already. Upload it again to import it again (rows already recorded are skipped as duplicates)."
          : outcome.problem.status === 404
            ? "This upload has expired (uploads are kept 24 hours). Choose the file again."
            : outcome.problem.detail,
      );
      setPhase({ kind: "preview", ...loaded });
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    const dateColumn = columnsOf(chosen, loaded.preview.detected.header).date;
    // The dates of the rows that were recorded (or skipped as duplicates): the invalid ones are left out.
    const invalidLines = new Set(outcome.data.invalid.map((row) => row.row));
    const cells = [...columnCells(loaded.csv, dateColumn)].filter(([line]) => !invalidLines.has(line)).map(([, cell]) => cell);
    const range = dateRange(cells, chosen.dateFormat as DateFormat);
    setPhase({ kind: "done", file: loaded.file, result: outcome.data, range });
  }

  /** A new choice; problems go as their field is fixed (or changed, for the server's). */
  function changeChoice(next: MappingChoice) {
    if (choice && Object.keys(problems).length > 0) {
      const stillWrong = choiceProblems(next);
      const changed = (path: string) =>
        path === "dateFormat" ? next.dateFormat !== choice.dateFormat : path === "decimalSeparator" ? next.decimalSeparator !== choice.decimalSeparator : true;
      const field = (path: string) => path.replace(/^columns\./, "") as keyof MappingChoice["columns"];
      const kept = Object.entries(problems).filter(([path]) => {
        if (path in stillWrong) return true;
        if (path.startsWith("columns.")) return next.columns[field(path)] === choice.columns[field(path)] && next.amountMode === choice.amountMode;
        return !changed(path);
      });
      setProblems(Object.fromEntries(kept.map(([path]) => [path, stillWrong[path] ?? problems[path]!])));
    }
    setChoice(next);
  }

  function reset() {
    setPhase({ kind: "choose" });
    setChoice(null);
    setProblems({});
    setCommitError(null);
    setFileError(null);
  }

  if (phase.kind === "done") return <ImportSummary result={phase.result} fileName={phase.file.name} range={phase.range} onImportAnother={reset} />;

  if ((phase.kind === "preview" || phase.kind === "committing") && choice) {
    return (
      <LoadedImport
        loaded={phase}
        committing={phase.kind === "committing"}
        currency={currency}
        choice={choice}
        onChoice={changeChoice}
        skipDuplicates={skipDuplicates}
        onSkipDuplicates={setSkipDuplicates}
        problems={problems}
        commitError={commitError}
        problemsRef={problemsRef}
        onCommit={() => commit(phase, choice)}
        onCancel={reset}
      />
    );
  }

  return <FileDropZone onFile={upload} busy={phase.kind === "uploading"} error={fileError} />;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? "" : ".");

const DELIMITER_NAMES: Record<string, string> = { ",": "Commas", ";": "Semicolons", "\t": "Tabs", "|": "Pipes (|)" };

type LoadedImportProps = {
  loaded: Loaded;
  committing: boolean;
  currency: string;
  choice: MappingChoice;
  onChoice: (choice: MappingChoice) => void;
  skipDuplicates: boolean;
  onSkipDuplicates: (skip: boolean) => void;
  problems: Record<string, string>;
  commitError: string | null;
  problemsRef: React.RefObject<HTMLDivElement | null>;
  onCommit: () => void;
  onCancel: () => void;
};

function LoadedImport({ loaded, committing, currency, choice, onChoice, skipDuplicates, onSkipDuplicates, problems, commitError, problemsRef, onCommit, onCancel }: LoadedImportProps) {
  const { preview, csv, file } = loaded;
  const { detected } = preview;
  const header = detected.header;
  const chosenColumns = columnsOf(choice, header);
  const columnsChanged = JSON.stringify(chosenColumns) !== JSON.stringify(columnsOf(choiceFromDetected(preview), header));
  const dateColumnChanged = chosenColumns.date !== detected.columns.date;
  const dateFormatChanged = choice.dateFormat !== (detected.dateFormat ?? "");
  const changed = columnsChanged || dateFormatChanged || choice.decimalSeparator !== detected.decimalSeparator;

  const noteColumnChanged = chosenColumns.note !== detected.columns.note;
  const cells = useMemo(() => columnCells(csv, chosenColumns.date), [csv, chosenColumns.date]);
  const notes = useMemo(() => columnCells(csv, chosenColumns.note), [csv, chosenColumns.note]);
  const sampleDates = useMemo(() => [...new Set(cells.values())].filter(Boolean).slice(0, 2), [cells]);
  // The preview follows the choice for dates and notes here (the API re-reads with the choice only on commit).
  const overlay =
    dateColumnChanged || dateFormatChanged || noteColumnChanged
      ? (row: ImportRow): RowOverlay => ({
          ...(dateColumnChanged || dateFormatChanged ? { date: choice.dateFormat ? readDate(cells.get(row.row) ?? "", choice.dateFormat) : null } : {}),
          ...(noteColumnChanged ? { note: notes.get(row.row) ?? "" } : {}),
        })
      : undefined;
  const importable = preview.rows - preview.invalid - (skipDuplicates ? preview.duplicates : 0);
  const problemList = Object.entries(problems);

  return (
    <div className="grid gap-6">
      <Card className="gap-5">
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            What was found in {file.name}
          </CardTitle>
          <CardDescription>
            {plural(preview.rows, "row")} of data. Check how the columns were read; change what is wrong below.
          </CardDescription>
        </CardHeader>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3 lg:grid-cols-6">
          <Fact label="Separated by" value={DELIMITER_NAMES[detected.delimiter] ?? detected.delimiter} />
          <Fact label="Amounts" value={detected.decimalSeparator === "," ? "1.234,56" : "1,234.56"} />
          <Fact label="Dates" value={detected.dateFormat ?? "Ambiguous: choose below"} warn={!detected.dateFormat} />
          <Fact label="Header row" value={header ? "Yes" : "No"} />
          <Fact label="Duplicates" value={plural(preview.duplicates, "row")} warn={preview.duplicates > 0} />
          <Fact label="Invalid" value={plural(preview.invalid, "row")} warn={preview.invalid > 0} />
        </dl>
      </Card>

      <Card className="gap-5">
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Columns
          </CardTitle>
          <CardDescription>Which column of the file holds what. The required ones are marked *.</CardDescription>
        </CardHeader>
        <ColumnMapping
          file={csv}
          choice={choice}
          onChange={onChoice}
          candidates={preview.dateFormatCandidates}
          sampleDates={sampleDates}
          errors={problems}
          disabled={committing}
        />
      </Card>

      <section aria-labelledby="preview-title" className="grid gap-3">
        <div className="grid gap-1">
          <h2 id="preview-title" className="text-lg font-semibold tracking-tight">
            Preview
          </h2>
          <p className="text-sm text-muted-foreground">
            {preview.rows > preview.preview.length ? `The first ${preview.preview.length} of ${plural(preview.rows, "row")}` : `All ${plural(preview.rows, "row")}`}, as
            they will be recorded. Categories marked <em>auto</em> are picked from the note; <em>manual</em> ones are named in the file.
          </p>
        </div>
        {changed ? (
          <p className="flex items-start gap-2 rounded-lg border border-primary/30 bg-primary/5 p-3 text-sm">
            <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
            <span>
              {dateColumnChanged || dateFormatChanged || noteColumnChanged
                ? "The dates and notes below follow your choices; amounts, types and categories still show the file as first detected. "
                : "The rows below show the file as first detected. "}
              Your changes apply to the whole file when you import it, and rows that can&apos;t be read then are listed in the summary.
            </span>
          </p>
        ) : null}
        <PreviewTable rows={preview.preview} currency={currency} overlay={overlay} />
      </section>

      <Card className="gap-4">
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            checked={skipDuplicates}
            disabled={committing}
            onChange={(event) => onSkipDuplicates(event.currentTarget.checked)}
            className="mt-0.5 size-4 accent-primary"
          />
          <span>
            <span className="font-medium">Skip duplicates</span>
            <span className="block text-muted-foreground">Rows you already have (same date, type, amount and note) are not recorded again.</span>
          </span>
        </label>

        {problemList.length > 0 || commitError ? (
          <div ref={problemsRef} tabIndex={-1} role="alert" className="grid gap-1 rounded-lg border border-danger/30 bg-danger/5 p-3 text-sm text-danger outline-none">
            <p className="flex items-center gap-1.5 font-medium">
              <CircleExclamationPoint aria-hidden="true" className="size-4 shrink-0" />
              {commitError ?? "Fix these before importing:"}
            </p>
            {problemList.length > 0 ? (
              <ul className="list-disc pl-6">
                {problemList.map(([path, message]) => (
                  <li key={path}>
                    {LABELS[path] ?? path}: {message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}

        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={onCommit} loading={committing}>
            {changed || !detected.dateFormat ? "Import" : `Import ${plural(Math.max(importable, 0), "row")}`}
          </Button>
          <Button variant="ghost" onClick={onCancel} disabled={committing}>
            Choose another file
          </Button>
          {committing ? (
            <span role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
              <Spinner />
              Importing {plural(preview.rows, "row")}… this can take a few seconds for a large file.
            </span>
          ) : null}
        </div>
      </Card>
    </div>
  );
}

const plural = (count: number, word: string) => `${count.toLocaleString("en-US")} ${count === 1 ? word : `${word}s`}`;

function Fact({ label, value, warn = false }: { label: string; value: string; warn?: boolean }) {
  return (
    <div className={warn ? "grid gap-1 rounded-lg border border-warning/30 bg-warning/10 p-3" : "grid gap-1 rounded-lg border bg-muted/30 p-3"}>
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
}
