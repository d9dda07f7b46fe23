import { apiFetch } from "@/lib/api-fetch";

/**
 * Ends this session on the server. True once it is over: signed out now, or
 * already (a 401 that no refresh could fix). In that last case apiFetch has
 * started loading /login?next=…; the caller's own navigation replaces it.
 */
export async function endSession(): Promise<boolean> {
  try {
    const response = await apiFetch("/api/auth/logout", { method: "POST" });
    return response.ok || response.status === 401;
  } catch {
    return false;
  }
}

/** Where an idle sign-out lands: the notice, and the way back to this page. */
export function idleSignOutUrl(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return `/login?reason=idle&next=${encodeURIComponent(here)}`;
}
