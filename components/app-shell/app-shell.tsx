import { cn } from "@/lib/cn";
import { AppHeader } from "./app-header";

export interface AppShellProps {
  children: React.ReactNode;
  /** Passed to the header's right-hand slot (the user menu). */
  actions?: React.ReactNode;
  /** Extra classes for <main>, e.g. to centre a narrow form page. */
  className?: string;
  /** The app's navigation in the header; off where nobody is signed in (its pages would only send them to /login). */
  navigation?: boolean;
}

export function AppShell({ children, actions, className, navigation = true }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className={cn(
          // Off-screen until focused, so keyboard users can jump past the header.
          "fixed top-2 left-2 z-50 -translate-y-[200%] rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:shadow-lg",
          "focus:translate-y-0 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        )}
      >
        Skip to content
      </a>
      <AppHeader actions={actions} navigation={navigation} />
      {/* tabIndex lets the skip link move focus here, not just scroll. */}
      <main id="main" tabIndex={-1} className={cn("mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6", className)}>
        {children}
      </main>
    </div>
  );
}
