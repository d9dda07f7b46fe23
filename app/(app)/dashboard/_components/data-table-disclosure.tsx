// A chart's figures as a table, folded away under the chart: in the HTML from
// the start, for screen readers, for anyone who wants exact numbers, and
// before the chart's code has loaded.
import { cn } from "@/lib/cn";

export function DataTableDisclosure({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="text-sm">
      <summary
        className={cn(
          "w-fit cursor-pointer rounded-sm text-muted-foreground select-none hover:text-foreground",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        )}
      >
        {summary}
      </summary>
      {/* Scrolls inside itself if a narrow screen can't fit it, never the page. */}
      <div className="mt-3 max-h-96 overflow-auto">{children}</div>
    </details>
  );
}
