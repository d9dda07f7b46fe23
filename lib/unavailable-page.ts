// What a page request gets while PostgreSQL or Redis is unreachable: a plain,
// readable 503 (no scripts, so nothing else can fail), asking to retry.
const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ledgerly is unavailable</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;line-height:1.5;color:#1f2937}
@media (prefers-color-scheme:dark){body{background:#0b0f17;color:#e5e7eb}}h1{font-size:1.4rem}</style></head>
<body><main><h1>Ledgerly can't reach its database right now</h1>
<p>Your data is safe. This usually passes in a few seconds: <a href="">try again</a>.</p></main></body></html>`;

export function unavailablePage(): Response {
  return new Response(HTML, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
  });
}
