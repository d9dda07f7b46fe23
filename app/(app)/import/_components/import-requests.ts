// The page's calls to /api/imports, through the one request helper.
import { apiRequest, type ApiResult } from "@/lib/api-fetch";
import type { CommitOverrides, CommitResult, ImportPreview } from "./import-types";

/** Uploads the file (multipart field `file`) and answers with its preview. */
export async function uploadImportRequest(file: File): Promise<ApiResult<ImportPreview>> {
  const form = new FormData();
  form.set("file", file, file.name);
  const result = await apiRequest<{ import: ImportPreview }>("POST", "/api/imports", form);
  return result.ok ? { ...result, data: result.data.import } : result;
}

export function commitImportRequest(id: string, overrides: CommitOverrides): Promise<ApiResult<CommitResult>> {
  return apiRequest<CommitResult>("POST", `/api/imports/${encodeURIComponent(id)}/commit`, overrides);
}
