import Link from "next/link";
import { SearchX } from "lucide-react";

import { AppShell } from "@/components/app-shell/app-shell";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <AppShell className="flex items-center justify-center">
      <EmptyState
        className="w-full max-w-lg border-0"
        icon={<SearchX />}
        titleAs="h1"
        title="Page not found"
        description="The page you're looking for doesn't exist or has moved. Check the address, or start again from the home page."
        action={
          <Link href="/" className={buttonVariants()}>
            Go to the home page
          </Link>
        }
      />
    </AppShell>
  );
}
