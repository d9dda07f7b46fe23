import type { Metadata } from "next";
import { Repeat } from "lucide-react";

import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { todayIn } from "@/lib/clock";
import { listCategories, listRecurring } from "@/modules/transaction";
import { requirePageUser } from "@/modules/user";
import type { CategoryOption } from "../transactions/_components/category-options";
import { AddRecurringForm } from "./_components/add-recurring-form";
import { RecurringList } from "./_components/recurring-list";

export const metadata: Metadata = { title: "Recurring" };

export default async function RecurringPage() {
  const user = await requirePageUser("/recurring");
  const today = todayIn(user.timezone);
  const [items, categoryRows] = await Promise.all([listRecurring(user), listCategories(user.id)]);
  // The user's own categories, for the forms' choices.
  const categories: CategoryOption[] = categoryRows.map(({ name, type }) => ({ name, type }));

  return (
    <div className="grid gap-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold tracking-tight">Recurring</h1>
        <p className="text-sm text-muted-foreground">
          Rent on the 1st, a salary, a yearly subscription: each is recorded as a transaction by itself when it falls due.
        </p>
      </header>

      <Card className="gap-5">
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Add a recurring transaction
          </CardTitle>
          <CardDescription>Say how much, how often and from when; press Enter to save.</CardDescription>
        </CardHeader>
        <AddRecurringForm currency={user.currency} today={today} categories={categories} />
      </Card>

      <section aria-labelledby="schedules-title" className="grid gap-4">
        <h2 id="schedules-title" className="text-lg font-semibold tracking-tight">
          Your schedules
        </h2>
        {items.length === 0 ? (
          <EmptyState
            titleAs="h3"
            icon={<Repeat />}
            title="Nothing recurring yet"
            description="Add your rent, bills, subscriptions or salary above. Each one is recorded on its day, and the dashboard shows what's coming up."
          />
        ) : (
          <RecurringList items={items} currency={user.currency} today={today} categories={categories} />
        )}
      </section>
    </div>
  );
}
