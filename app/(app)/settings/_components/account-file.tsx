"use client";

// Settings → Your data: the whole account as one file (GET /api/users/me/export),
// and that file brought into an account that is still empty (POST /api/users/me/import).
import { Download, Upload } from "lucide-react";
import { useRef, useState } from "react";

import { Notice } from "@/components/forms/notice";
import { Button, buttonVariants } from "@/components/ui/button";
import { apiRequest } from "@/lib/api-fetch";
import { problemMessage } from "@/lib/api-problem";

type Imported = { imported: { transactions: number; budgets: number; recurring: number; categories: number } };
type Outcome = { tone: "success"; text: string } | { tone: "error"; text: string } | null;

const count = (n: number, one: string) => `${n.toLocaleString("en")} ${one}${n === 1 ? "" : "s"}`;

export function AccountFile() {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function importFile(file: File) {
    setBusy(true);
    setOutcome(null);
    // The file itself as the body, not a form: the server then holds it once
    // (a form's file is copied out of it): 440 MiB at the peak of a 160 MB
    // import against 790.
    const result = await apiRequest<Imported>("POST", "/api/users/me/import", file, { headers: { "content-type": "application/json" } });
    setBusy(false);
    if (input.current) input.current.value = "";
    if (!result.ok) {
      const where = result.problem.errors?.[0];
      setOutcome({ tone: "error", text: where ? `${problemMessage(result)} (${where.path}: ${where.message})` : problemMessage(result) });
      return;
    }
    const { transactions, budgets, recurring } = result.data.imported;
    setOutcome({ tone: "success", text: `Imported ${count(transactions, "transaction")}, ${count(budgets, "budget")} and ${count(recurring, "recurring transaction")}. Reload to see them everywhere.` });
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <a href="/api/users/me/export" download className={buttonVariants({ variant: "outline" })}>
          <Download aria-hidden="true" />
          Export my data
        </a>
        <Button type="button" variant="outline" loading={busy} onClick={() => input.current?.click()}>
          <Upload aria-hidden="true" />
          Import a Ledgerly file
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          aria-label="Ledgerly account file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <p className="text-sm text-muted-foreground">
        The file holds your profile, categories and keywords, budgets, recurring transactions and every transaction. Importing works
        only into an account that has nothing of its own yet, such as a new one on another server.
      </p>
      <div aria-live="polite">{outcome ? <Notice tone={outcome.tone}>{outcome.text}</Notice> : null}</div>
    </div>
  );
}
