// Pages behind login. The session is checked here on the server (and again by
// each page through requirePageUser); the proxy only refreshes credentials.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/app-shell/app-shell";
import { currentSession, safeNextPath } from "@/modules/user";
import { SessionKeeper } from "./_components/session-keeper";
import { UserMenu } from "./_components/user-menu";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const session = await currentSession();
  if (!session) {
    const here = safeNextPath((await headers()).get("x-pathname"));
    redirect(`/login?next=${encodeURIComponent(here)}`);
  }
  const { user } = session;
  return (
    <SessionKeeper expires={session.accessExpiresAt.toISOString()}>
      <AppShell actions={<UserMenu name={user.name} email={user.email} />}>{children}</AppShell>
    </SessionKeeper>
  );
}
