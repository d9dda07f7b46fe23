"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/cn";

export interface NavLinkProps extends Omit<React.ComponentProps<typeof Link>, "href"> {
  href: string;
}

/**
 * A link that marks itself as the current page: `aria-current="page"` on an
 * exact match, `"true"` inside its section (e.g. /transactions/123), so
 * assistive tech doesn't claim a section index is the page being shown.
 */
export function NavLink({ href, className, ...props }: NavLinkProps) {
  const pathname = usePathname();
  const current = pathname === href ? "page" : pathname.startsWith(`${href}/`) ? "true" : undefined;

  return (
    <Link
      href={href}
      aria-current={current}
      className={cn(
        "inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground transition-colors",
        "hover:bg-muted hover:text-foreground",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        "aria-[current]:bg-muted aria-[current]:text-foreground",
        className,
      )}
      {...props}
    />
  );
}
