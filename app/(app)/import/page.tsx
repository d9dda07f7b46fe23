import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";

import { requirePageUser } from "@/modules/user";
import { CsvImport } from "./_components/csv-import";

export const metadata: Metadata = { title: "Import transactions" };

export default async function ImportPage() {
  const user = await requirePageUser("/import");

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <Link href="/transactions" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden="true" className="size-4" />
          Transactions
        </Link>
        <h1 className="text-2xl font-bold tracking-tight">Import transactions</h1>
        <p className="text-sm text-muted-foreground">
          Bring in a bank statement or a Ledgerly export as CSV. You see every row as it will be recorded before anything is saved, and
          transactions you already have are skipped.
        </p>
      </header>
      <CsvImport currency={user.currency} />
    </div>
  );
}
