"use client";

import { useEffect, useState } from "react";
import { apiFetch } from "@/lib/api-fetch";
import type { TransactionType } from "@/modules/transaction/client";

export type LiveDetection = { category: string; matched: string | null };

const DEBOUNCE_MS = 150;

async function detect(text: string, type: TransactionType, signal: AbortSignal): Promise<LiveDetection | null> {
  const response = await apiFetch(`/api/categories/detect?${new URLSearchParams({ text, type })}`, { signal });
  return response.ok ? ((await response.json()) as LiveDetection) : null;
}

/**
 * The category the server will pick for this note (then comment), asked as
 * the user types: the detector and the user's keywords live on the server, so
 * no page downloads the keyword tables. Until the first answer, the fallback.
 */
export function useDetectedCategory(note: string, comment: string, type: TransactionType, fallback: string): LiveDetection {
  const [detection, setDetection] = useState<LiveDetection>({ category: fallback, matched: null });
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const fromNote = note.trim() ? await detect(note, type, controller.signal) : null;
        const result = fromNote?.matched || !comment.trim() ? fromNote : await detect(comment, type, controller.signal);
        setDetection(result ?? fromNote ?? { category: fallback, matched: null });
      } catch {
        // Aborted by the next keystroke, or offline: keep the last answer.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [note, comment, type, fallback]);
  return detection;
}
