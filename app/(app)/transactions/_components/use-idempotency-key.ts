"use client";

import { useCallback, useRef } from "react";

/**
 * One Idempotency-Key per distinct submission: re-sending the same body (after
 * a timeout, or a second Enter) reuses the key, so the server answers with the
 * first result instead of recording the transaction twice. A new body, or
 * `settle()` after a success, starts a new key.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  const keyFor = useCallback((body: unknown) => {
    const text = JSON.stringify(body);
    if (last.current?.body !== text) last.current = { body: text, key: crypto.randomUUID() };
    return last.current.key;
  }, []);
  const settle = useCallback(() => {
    last.current = null;
  }, []);
  return { keyFor, settle };
}
