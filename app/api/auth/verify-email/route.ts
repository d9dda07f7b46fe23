import { endpoint, handler, json, redirect } from "@/lib/http";
import { appOrigin } from "@/lib/env";
import { userSchemas, verifyEmail } from "@/modules/user";

const wantsHtml = (request: Request) => (request.headers.get("accept") ?? "").includes("text/html");

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/auth/verify-email", {
  GET: handler({ query: userSchemas.verifyEmailQuery }, async ({ query, request }) => {
    await verifyEmail(query.token);
    if (wantsHtml(request)) return redirect(`${appOrigin()}/login?verified=1`);
    return json({ verified: true });
  }),
});
