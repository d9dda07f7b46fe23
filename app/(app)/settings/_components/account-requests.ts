// The settings page's calls to /api/users/me, all through the one fetch
// wrapper: an expired access credential is refreshed and the call retried.
import { apiFetch } from "@/lib/api-fetch";
import type { UserView } from "@/modules/user/client";
import { jsonBody, networkFailure, toOutcome, type RequestOutcome } from "@/app/(auth)/_components/requests";

async function send<T = void>(path: string, method: string, body: unknown): Promise<RequestOutcome<T>> {
  try {
    return await toOutcome<T>(await apiFetch(path, { method, ...jsonBody(body) }));
  } catch {
    return networkFailure();
  }
}

export type ProfileChanges = { name: string | null; currency: string; timezone: string };

export const updateProfileRequest = (changes: ProfileChanges) => send<{ user: UserView }>("/api/users/me", "PATCH", changes);

export const changePasswordRequest = (input: { currentPassword: string; newPassword: string }) =>
  send("/api/users/me/password", "POST", input);

export const deleteAccountRequest = (password: string) => send("/api/users/me", "DELETE", { password });
