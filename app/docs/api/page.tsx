// The API reference for people writing scripts, rendered on the server from
// the same document as /api/openapi.json (no third-party viewer: the CSP
// allows no outside scripts, and the machines have no network).
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell/app-shell";
import { openApiDocument } from "@/app/openapi-document";
import { OperationCard, type Operation } from "./operation-card";

export const metadata: Metadata = { title: "API reference" };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export default function ApiDocsPage() {
  const document = openApiDocument();
  const operations: Operation[] = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, unknown>)[method];
      return operation ? [{ path, method, ...(operation as Omit<Operation, "path" | "method">) }] : [];
    }),
  );
  const tags = [...new Set(operations.map((o) => o.tags?.[0] ?? "Other"))];

  return (
    <AppShell>
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight">{document.info.title}</h1>
          <p className="max-w-3xl text-muted-foreground">{document.info.description}</p>
          <p className="text-sm text-muted-foreground">
            Machine-readable: <a className="underline" href="/api/openapi.json">/api/openapi.json</a> (OpenAPI {document.openapi}).
            Scripts sign in with <code>POST /api/auth/login</code> and send back the <code>access_token</code> cookie; unsafe
            requests from a browser must come from this origin.
          </p>
        </header>
        <nav aria-label="Sections" className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <a key={tag} href={`#${tag.toLowerCase()}`} className="rounded-md border border-border px-3 py-1 text-sm hover:bg-muted">
              {tag}
            </a>
          ))}
        </nav>
        {tags.map((tag) => (
          <section key={tag} id={tag.toLowerCase()} aria-labelledby={`${tag}-title`} className="space-y-3">
            <h2 id={`${tag}-title`} className="text-xl font-semibold">{tag}</h2>
            {operations
              .filter((o) => (o.tags?.[0] ?? "Other") === tag)
              .map((operation) => (
                <OperationCard key={`${operation.method} ${operation.path}`} operation={operation} />
              ))}
          </section>
        ))}
      </div>
    </AppShell>
  );
}
