import { env } from "@/lib/env";

/** Server side: mail lands in the local outbox (no provider configured) and /dev/mail shows it (not production). */
export const showOutboxHint = (): boolean => env().NODE_ENV !== "production" && !env().RESEND_API_KEY;
