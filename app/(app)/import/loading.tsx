import { Skeleton } from "@/components/ui/skeleton";

export default function ImportLoading() {
  return (
    <div role="status" className="grid gap-6">
      <span className="sr-only">Loading the import page…</span>
      <div className="grid gap-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <Skeleton className="h-60 rounded-xl" />
    </div>
  );
}
