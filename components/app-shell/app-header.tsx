import Link from "next/link";

import { ThemeToggle } from "@/components/theme/theme-toggle";
import { LogoMark } from "./logo-mark";
import { MobileNav } from "./mobile-nav";
import { NAV_ITEMS } from "./nav-items";
import { NavLink } from "./nav-link";

export interface AppHeaderProps {
  /** Right-hand slot, before the theme toggle; meant for the user menu. */
  actions?: React.ReactNode;
  /** The navigation links (and, on narrow screens, the menu button that shows them). */
  navigation?: boolean;
}

export function AppHeader({ actions, navigation = true }: AppHeaderProps) {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur-sm">
      <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-2 px-4 sm:px-6">
        {navigation ? <MobileNav /> : null}

        <Link
          href="/"
          className="flex items-center gap-2 rounded-md text-base font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          <LogoMark />
          Ledgerly
        </Link>

        {navigation ? (
          <nav aria-label="Main" className="ml-6 hidden md:block">
            <ul className="flex items-center gap-1">
              {NAV_ITEMS.map(({ href, label }) => (
                <li key={href}>
                  <NavLink href={href}>{label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}

        <div className="ml-auto flex items-center gap-1">
          {actions}
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
