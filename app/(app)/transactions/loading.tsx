import { Skeleton } from "@/components/ui/skeleton";

/** The page's shape while the server reads it: form, totals, then rows. */
export default function TransactionsLoading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-8">
      <span className="sr-only">Loading transactions…</span>
      <div className="grid gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="grid gap-4 rounded-xl border bg-card p-6">
        <Skeleton className="h-5 w-40" />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-12">
          <Skeleton className="h-16 lg:col-span-2" />
          <Skeleton className="h-16 lg:col-span-3" />
          <Skeleton className="h-16 sm:col-span-2 lg:col-span-7" />
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-24 rounded-xl" />
        ))}
      </div>
      <div className="grid gap-2">
        <Skeleton className="h-4 w-56" />
        <div className="divide-y rounded-xl border bg-card">
          {[0, 1, 2, 3, 4].map((i) => (
            <div key={i} className="flex items-center gap-3 px-5 py-4">
              <Skeleton className="size-5 rounded-full" />
              <div className="grid flex-1 gap-2">
                <Skeleton className="h-4 w-1/3" />
                <Skeleton className="h-3 w-1/4" />
              </div>
              <Skeleton className="h-4 w-20" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
