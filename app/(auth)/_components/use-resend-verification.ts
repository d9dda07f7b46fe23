"use client";

import { useState } from "react";
import { apiRequest } from "@/lib/api-fetch";
import { problemMessage } from "@/lib/api-problem";

export type ResendState = { status: "idle" | "sending" | "sent" } | { status: "failed"; message: string };

/** Asks for a new confirmation link; the API answers 202 whether or not the address has an account. */
export function useResendVerification() {
  const [state, setState] = useState<ResendState>({ status: "idle" });

  async function resend(email: string): Promise<void> {
    setState({ status: "sending" });
    const outcome = await apiRequest("POST", "/api/auth/resend-verification", { email }, { public: true });
    if (outcome.ok) setState({ status: "sent" });
    else setState({ status: "failed", message: problemMessage(outcome, "requests for this address") });
  }

  return { state, resend };
}
