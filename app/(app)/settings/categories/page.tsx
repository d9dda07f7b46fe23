import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft } from "lucide-react";

import { categoriesWithKeywords, countCategoryTransactions, type TransactionType } from "@/modules/transaction";
import { NOTE_MAX_LENGTH } from "@/modules/transaction/client";
import { requirePageUser } from "@/modules/user";
import { CategoriesManager } from "./_components/categories-manager";
import type { ManagedCategory } from "./_components/category-model";

export const metadata: Metadata = { title: "Categories" };

type CategoriesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export default async function CategoriesPage({ searchParams }: CategoriesPageProps) {
  const user = await requirePageUser("/settings/categories");
  const params = await searchParams;
  // ?try= comes from the transaction form's "Why this category?"; ?type=income picks the income tab.
  const tryText = first(params.try).slice(0, NOTE_MAX_LENGTH);
  const type: TransactionType = first(params.type) === "income" ? "income" : "expense";

  const all = await categoriesWithKeywords(user.id);
  // The API's category object has no count; the delete dialog says how many transactions move.
  const counts = await Promise.all(all.map((category) => countCategoryTransactions(user.id, category.id)));
  const categories: ManagedCategory[] = all.map((category, index) => ({
    id: category.id,
    name: category.name,
    type: category.type,
    builtin: category.builtin,
    protected: category.protected,
    keywords: category.keywords.map(({ keyword, learned }) => ({ keyword, learned })),
    transactionCount: counts[index]!,
  }));

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6">
      <header className="grid gap-1">
        <Link
          href="/settings"
          className="mb-1 inline-flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          <ChevronLeft aria-hidden="true" className="size-4" />
          Settings
        </Link>
        <h1 className="text-3xl font-bold tracking-tight">Categories</h1>
        <p className="text-muted-foreground">
          Your categories and the keywords that pick them: a note that contains a keyword gets its category.
        </p>
      </header>

      <CategoriesManager categories={categories} initialTry={tryText} initialType={type} />
    </div>
  );
}
