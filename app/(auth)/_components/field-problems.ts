import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ApiProblem } from "@/lib/api-fetch";

/**
 * Puts each of the server's field problems (`errors[].path`) on the form field
 * of that name and focuses the first. True when at least one matched, so the
 * caller knows whether a form-level message is still needed.
 */
export function showFieldProblems<T extends FieldValues>(
  problem: ApiProblem,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  let shown = 0;
  for (const { path, message } of problem.errors ?? []) {
    const field = fields.find((name) => name === path);
    if (!field) continue;
    setError(field, { type: "server", message }, { shouldFocus: shown === 0 });
    shown += 1;
  }
  return shown > 0;
}
