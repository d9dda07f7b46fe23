import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/cn";

export type DashboardCardProps = {
  /** Also the id its heading gets, so the card is a region named by it. */
  id: string;
  title: string;
  description?: React.ReactNode;
  /** Top right of the card, e.g. a "See all" link. */
  action?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
};

/** A titled section of the dashboard. */
export function DashboardCard({ id, title, description, action, className, children }: DashboardCardProps) {
  return (
    <Card role="region" aria-labelledby={id} className={cn("min-w-0 gap-5 p-4 sm:p-6", className)}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <CardHeader>
          <CardTitle as="h2" id={id} className="text-base">
            {title}
          </CardTitle>
          {description ? <CardDescription>{description}</CardDescription> : null}
        </CardHeader>
        {action}
      </div>
      {children}
    </Card>
  );
}

/** A text link: underlined on hover, a visible ring on keyboard focus. */
export const linkClass = cn(
  "rounded-sm underline-offset-4 hover:underline",
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
);

/** A link in a card's corner or under an empty state, e.g. "All transactions". */
export const cardLinkClass = cn("text-sm font-medium text-primary", linkClass);
