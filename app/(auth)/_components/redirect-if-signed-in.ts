import { redirect } from "next/navigation";
import { currentSession, safeNextPath } from "@/modules/user";

/** Sign-in and sign-up are pointless with a session: go where the user was headed instead. */
export async function redirectIfSignedIn(next: string | undefined): Promise<void> {
  let signedIn = false;
  try {
    signedIn = (await currentSession()) !== null;
  } catch {
    // The session store is down: show the form, whose request then explains
    // the outage, rather than an error page.
  }
  // Outside the try: redirect() works by throwing.
  if (signedIn) redirect(safeNextPath(next));
}
