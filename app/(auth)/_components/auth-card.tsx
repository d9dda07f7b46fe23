import { Card } from "@/components/ui/card";

export interface AuthCardProps {
  title: React.ReactNode;
  description?: React.ReactNode;
  children: React.ReactNode;
  /** Links to the neighbouring pages ("No account yet? Create one"). */
  footer?: React.ReactNode;
}

/** The one card of every sign-in page; its title is the page's h1. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  return (
    <Card className="w-full gap-6 p-6 sm:p-8">
      <header className="grid gap-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="text-sm text-pretty text-muted-foreground">{description}</p> : null}
      </header>
      {children}
      {footer ? <footer className="border-t pt-5 text-center text-sm text-muted-foreground">{footer}</footer> : null}
    </Card>
  );
}

/** A text link in the cards' wording ("Forgot your password?"). */
export const textLinkClass = [
  "rounded-sm font-medium text-primary underline-offset-4 hover:underline",
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
].join(" ");
