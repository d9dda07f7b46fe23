import { cn } from "@/lib/cn";

export type Operation = {
  path: string;
  method: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses?: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const METHOD_STYLE: Record<string, string> = {
  get: "bg-primary/10 text-primary",
  post: "bg-success/10 text-success",
  put: "bg-warning/10 text-warning",
  patch: "bg-warning/10 text-warning",
  delete: "bg-danger/10 text-danger",
};

function Schema({ value }: { value: unknown }) {
  return (
    <pre className="max-h-72 overflow-auto rounded-md bg-muted p-3 text-xs leading-relaxed">{JSON.stringify(value, null, 2)}</pre>
  );
}

export function OperationCard({ operation }: { operation: Operation }) {
  const body = operation.requestBody?.content;
  const requiresSession = (operation.security?.length ?? 0) > 0;
  return (
    <details className="group rounded-lg border border-border bg-card">
      <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-4 py-3">
        <span className={cn("w-16 rounded px-2 py-0.5 text-center text-xs font-bold uppercase", METHOD_STYLE[operation.method])}>
          {operation.method}
        </span>
        <code className="text-sm font-medium break-all">{operation.path}</code>
        <span className="text-sm text-muted-foreground">{operation.summary}</span>
        {requiresSession && <span className="ml-auto text-xs text-muted-foreground">session required</span>}
      </summary>
      <div className="space-y-4 border-t border-border px-4 py-4 text-sm">
        {operation.parameters?.length ? (
          <div>
            <h4 className="mb-1 font-medium">Parameters</h4>
            <ul className="space-y-1">
              {operation.parameters.map((p) => (
                <li key={`${p.in}-${p.name}`}>
                  <code>{p.name}</code> <span className="text-muted-foreground">({p.in}{p.required ? ", required" : ""})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {body ? (
          <div>
            <h4 className="mb-1 font-medium">Request body ({Object.keys(body).join(", ")})</h4>
            <Schema value={Object.values(body)[0]?.schema} />
          </div>
        ) : null}
        <div>
          <h4 className="mb-1 font-medium">Responses</h4>
          <ul className="space-y-2">
            {Object.entries(operation.responses ?? {}).map(([status, response]) => (
              <li key={status}>
                <span className="font-mono font-semibold">{status}</span> {response.description}
                {response.content && !status.startsWith("4") && !status.startsWith("5") ? (
                  <Schema value={Object.values(response.content)[0]?.schema} />
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
