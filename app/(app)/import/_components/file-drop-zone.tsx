"use client";

import { useState } from "react";
import { CircleExclamationPoint, FileUp } from "lucide-react";

import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/cn";

export interface FileDropZoneProps {
  onFile: (file: File) => void;
  busy: boolean;
  /** Why the last file was refused, shown under the zone and announced. */
  error: string | null;
}

/**
 * A file input under a drop target: the input itself (visually hidden, still
 * focusable) takes the keyboard and screen readers; dropping a file onto the
 * zone gives the same as picking it.
 */
export function FileDropZone({ onFile, busy, error }: FileDropZoneProps) {
  const [over, setOver] = useState(false);

  return (
    <div className="grid gap-2">
      <label
        htmlFor="import-file"
        onDragEnter={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file && !busy) onFile(file);
        }}
        className={cn(
          "flex cursor-pointer flex-col items-center gap-3 rounded-xl border-2 border-dashed bg-card px-6 py-10 text-center transition-colors",
          "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring",
          over ? "border-primary bg-primary/5" : "border-input hover:bg-muted/50",
          error ? "border-danger/60" : null,
          busy ? "pointer-events-none opacity-70" : null,
        )}
      >
        <span aria-hidden="true" className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
          {busy ? <Spinner className="size-6" /> : <FileUp className="size-6" />}
        </span>
        <span className="text-base font-semibold">{busy ? "Reading the file…" : over ? "Drop the file to upload it" : "Drop a CSV file here, or choose one"}</span>
        <span id="import-file-hint" className="max-w-md text-sm text-muted-foreground">
          Your bank&apos;s statement export or a Ledgerly export: comma, semicolon or tab separated, up to 10 MB. Nothing is recorded until you
          check the preview and press Import.
        </span>
        <span className="mt-1 inline-flex h-10 items-center rounded-md border border-input bg-card px-4 text-sm font-medium shadow-sm">
          Choose a CSV file
        </span>
        <input
          id="import-file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          className="sr-only"
          aria-label="Choose a CSV file"
          aria-describedby={error ? "import-file-hint import-file-error" : "import-file-hint"}
          aria-invalid={error ? true : undefined}
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) fires again.
            event.currentTarget.value = "";
            if (file) onFile(file);
          }}
        />
      </label>
      {error ? (
        <p id="import-file-error" role="alert" className="flex items-start gap-1.5 text-sm font-medium text-danger">
          <CircleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
