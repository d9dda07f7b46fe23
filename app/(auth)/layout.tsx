// The sign-in pages: one centred card, no navigation and no user menu. Pages that make no sense
// with a session (login, register) send a signed-in user on themselves, with
// redirectIfSignedIn: a layout sees neither the query string (?next=) nor
// re-renders when moving between these pages.
import { AppShell } from "@/components/app-shell/app-shell";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppShell navigation={false} className="flex justify-center py-8 sm:items-center sm:py-16">
      <div className="w-full max-w-md">{children}</div>
    </AppShell>
  );
}
