import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/cn";

export interface SettingsSectionProps {
  /** Also the base of the heading's id, which names the section for assistive tech. */
  id: string;
  title: string;
  description: React.ReactNode;
  children: React.ReactNode;
  tone?: "default" | "danger";
}

export function SettingsSection({ id, title, description, children, tone = "default" }: SettingsSectionProps) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <Card className={cn(tone === "danger" && "border-danger/40")}>
        <CardHeader>
          <CardTitle as="h2" id={`${id}-title`}>
            {title}
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
        {children}
      </Card>
    </section>
  );
}
