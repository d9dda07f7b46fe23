import { z } from "zod";
import { describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import * as s from "./schemas";

const noContent = (description: string) => ({ status: 204, description });
const accepted = { status: 202, description: "Accepted (always; no hint whether the address exists)" };

export function userOpenApi(registry: OpenAPIRegistry): void {
  const auth = "Authentication";
  const me = "Account";
  describeEndpoint(registry, {
    method: "post", path: "/api/auth/register", tag: auth, auth: false, body: s.registerBody,
    summary: "Create an account; a verification mail is sent",
    success: { status: 201, description: "Created", schema: s.userResponse },
    errors: ["email_taken"],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/auth/login", tag: auth, auth: false, body: s.loginBody,
    summary: "Sign in: sets the access_token and refresh_token cookies",
    success: { status: 200, description: "Signed in", schema: s.userResponse },
    errors: ["invalid_credentials", "email_not_verified"],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/auth/logout", tag: auth, auth: "session",
    summary: "Sign out: clears cookies, blacklists the access credential, revokes the refresh credential",
    success: noContent("Signed out"),
    errors: [],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/auth/refresh", tag: auth, auth: false,
    summary: "Rotate both credentials with the refresh_token cookie",
    success: { status: 200, description: "Rotated", schema: s.sessionResponse },
    errors: ["unauthenticated"],
  });
  describeEndpoint(registry, {
    method: "get", path: "/api/auth/verify-email", tag: auth, auth: false, query: s.verifyEmailQuery,
    summary: "Confirm an email address (browsers with Accept: text/html are redirected to /login?verified=1)",
    success: { status: 200, description: "Verified", schema: z.object({ verified: z.literal(true) }) },
    errors: ["invalid_token"],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/auth/resend-verification", tag: auth, auth: false, body: s.emailOnlyBody,
    summary: "Send the verification mail again", success: accepted, errors: [],
  });
  describeEndpoint(registry, {
    method: "get", path: "/api/auth/status", tag: auth, auth: false,
    summary: "Whether the request is signed in",
    success: { status: 200, description: "Status", schema: s.statusResponse },
    errors: [],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/auth/forgot-password", tag: auth, auth: false, body: s.emailOnlyBody,
    summary: "Mail a password reset link (valid 30 minutes, single use)", success: accepted, errors: [],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/auth/reset-password", tag: auth, auth: false, body: s.resetPasswordBody,
    summary: "Set a new password with a reset token; every session is revoked",
    success: noContent("Password changed"),
    errors: ["invalid_token"],
  });
  describeEndpoint(registry, {
    method: "get", path: "/api/users/me", tag: me, auth: true,
    summary: "The signed-in user",
    success: { status: 200, description: "User", schema: s.userResponse },
    errors: [],
  });
  describeEndpoint(registry, {
    method: "patch", path: "/api/users/me", tag: me, auth: "session", body: s.updateMeBody,
    summary: "Change name, currency or time zone",
    success: { status: 200, description: "Updated", schema: s.userResponse },
    errors: [],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/users/me/password", tag: me, auth: "session", body: s.changePasswordBody,
    summary: "Change the password; other sessions are revoked, this one gets new cookies",
    success: noContent("Password changed"),
    errors: ["invalid_password"],
  });
  describeEndpoint(registry, {
    method: "delete", path: "/api/users/me", tag: me, auth: "session", body: s.deleteMeBody,
    summary: "Delete the account and every transaction and budget of it",
    success: noContent("Deleted"),
    errors: ["invalid_password"],
  });
  const tokens = "Personal access tokens";
  describeEndpoint(registry, {
    method: "get", path: "/api/tokens", tag: tokens, auth: "session",
    summary: "The user's personal access tokens (never their secrets)",
    success: { status: 200, description: "Tokens", schema: s.accessTokenListResponse },
    errors: [],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/tokens", tag: tokens, auth: "session", body: s.createAccessTokenBody,
    summary: "Make a token for scripts; its secret is in this answer only",
    success: { status: 201, description: "Created", schema: s.createdAccessTokenResponse },
    errors: [],
  });
  describeEndpoint(registry, {
    method: "delete", path: "/api/tokens/[id]", tag: tokens, auth: "session",
    summary: "Revoke a token: it stops working at once",
    success: noContent("Revoked"),
    errors: ["not_found"],
  });
}
