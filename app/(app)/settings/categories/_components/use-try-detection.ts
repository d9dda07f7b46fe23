"use client";

import { useEffect, useState } from "react";
import { apiFetch } from "@/lib/api-fetch";
import type { TransactionType } from "@/modules/transaction/client";

type Answer = { key: string; category: string; matched: string | null } | { key: string; failed: true };

export type TryDetection =
  | { state: "idle" }
  /** Asking; `previous` is the last answer, kept on screen so it doesn't flicker while typing. */
  | { state: "checking"; previous: { category: string; matched: string | null } | null }
  | { state: "done"; category: string; matched: string | null }
  | { state: "failed" };

const DEBOUNCE_MS = 250;

/**
 * What GET /api/categories/detect says for the text, asked a moment after the
 * user stops typing. `revision` changes whenever the page changed a category,
 * so the answer is asked again with the new keywords.
 */
export function useTryDetection(text: string, type: TransactionType, revision: number): TryDetection {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const trimmed = text.trim();
  const key = JSON.stringify([trimmed, type, revision]);

  useEffect(() => {
    if (!trimmed) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await apiFetch(`/api/categories/detect?${new URLSearchParams({ text: trimmed, type })}`, { signal: controller.signal });
        if (!response.ok) {
          setAnswer({ key, failed: true });
          return;
        }
        const body = (await response.json()) as { category: string; matched: string | null };
        setAnswer({ key, category: body.category, matched: body.matched });
      } catch {
        // Aborted by the next keystroke (nothing to say), or offline.
        if (!controller.signal.aborted) setAnswer({ key, failed: true });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, trimmed, type]);

  if (!trimmed) return { state: "idle" };
  if (answer?.key === key) return "failed" in answer ? { state: "failed" } : { state: "done", category: answer.category, matched: answer.matched };
  const previous = answer && !("failed" in answer) ? { category: answer.category, matched: answer.matched } : null;
  return { state: "checking", previous };
}
