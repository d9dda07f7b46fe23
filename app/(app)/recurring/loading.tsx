import { Skeleton } from "@/components/ui/skeleton";

/** The page's shape while the server reads it: the heading, the add card, a few schedules. */
export default function RecurringLoading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-8">
      <span className="sr-only">Loading recurring transactions…</span>
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <Skeleton className="h-64 rounded-xl" />
      <div className="grid gap-4">
        <Skeleton className="h-6 w-36" />
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-24 rounded-xl" />
        ))}
      </div>
    </div>
  );
}
