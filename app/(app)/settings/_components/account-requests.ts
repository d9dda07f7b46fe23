// The settings page's calls to /api/users/me, all through the one request
// helper: an expired access credential is refreshed and the call retried.
import { apiRequest } from "@/lib/api-fetch";
import type { UserView } from "@/modules/user/client";

export type ProfileChanges = { name: string | null; currency: string; timezone: string };

export const updateProfileRequest = (changes: ProfileChanges) => apiRequest<{ user: UserView }>("PATCH", "/api/users/me", changes);

export const changePasswordRequest = (input: { currentPassword: string; newPassword: string }) =>
  apiRequest("POST", "/api/users/me/password", input);

export const deleteAccountRequest = (password: string) => apiRequest("DELETE", "/api/users/me", { password });
