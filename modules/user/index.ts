// Public surface of the user module. (Work in progress: the bodies land with
// the accounts issue; the signatures are what other modules build against.)
import type { OpenAPIRegistry } from "@/lib/openapi";

/** The signed-in user as every other module sees it. */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  emailVerified: boolean;
  createdAt: string;
  currency: string;
  timezone: string;
};

/** For route handlers (the `auth` option of lib/http's handler): the session's user, or 401. */
export async function requireUser(_request: Request): Promise<SessionUser> {
  throw new Error("not implemented yet");
}

/** For server components and pages behind login: the user, or a redirect to /login?next=<nextPath>. */
export async function requirePageUser(_nextPath: string): Promise<SessionUser> {
  throw new Error("not implemented yet");
}

export function userOpenApi(_registry: OpenAPIRegistry): void {}
