// The page's calls to /api/imports, through the one fetch wrapper.
import { apiFetch, readProblem, type ApiProblem } from "@/lib/api-fetch";
import type { CommitOverrides, CommitResult, ImportPreview } from "./import-types";

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

const NETWORK_PROBLEM: ApiProblem = {
  status: 0,
  code: "network_error",
  title: "Network error",
  detail: "The server couldn't be reached. Check your connection and try again.",
};

async function send<T>(path: string, init: RequestInit): Promise<Outcome<T>> {
  try {
    const response = await apiFetch(path, init);
    if (!response.ok) return { ok: false, problem: await readProblem(response) };
    return { ok: true, value: (await response.json()) as T };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}

/** Uploads the file (multipart field `file`) and answers with its preview. */
export async function uploadImportRequest(file: File): Promise<Outcome<ImportPreview>> {
  const form = new FormData();
  form.set("file", file, file.name);
  const outcome = await send<{ import: ImportPreview }>("/api/imports", { method: "POST", body: form });
  return outcome.ok ? { ok: true, value: outcome.value.import } : outcome;
}

export function commitImportRequest(id: string, overrides: CommitOverrides): Promise<Outcome<CommitResult>> {
  return send<CommitResult>(`/api/imports/${encodeURIComponent(id)}/commit`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(overrides),
  });
}
