// A small reverse proxy for the replica tests: round-robin over upstreams,
// appending the peer it saw to X-Forwarded-For (as nginx's
// $proxy_add_x_forwarded_for does), naming the upstream that answered in
// X-Upstream, and trying the next upstream when one refuses or drops the
// connection before answering (as nginx's proxy_next_upstream error does;
// the tests send writes with an Idempotency-Key, so a retry is safe).
// Test clients share one loopback address; one that sends X-Test-Peer is
// taken to connect from that address (the header goes no further), as each
// real client would on its own connection.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Proxy = {
  url: string;
  port: number;
  answeredBy: Map<string, number>;
  retries: number;
  /** Requests not yet answered: what a hung test prints. */
  pending: Set<string>;
  close: () => Promise<void>;
};

export async function startRoundRobinProxy(upstreams: readonly string[]): Promise<Proxy> {
  let next = 0;
  const answeredBy = new Map<string, number>();
  const proxy: Proxy = { url: "", port: 0, answeredBy, retries: 0, pending: new Set(), close: async () => {} };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  // An upstream that failed is skipped for a while (nginx's max_fails=1 fail_timeout=2s).
  const downUntil = new Map<string, number>();
  const pick = () => {
    for (let tried = 0; tried < upstreams.length; tried++) {
      const candidate = upstreams[next++ % upstreams.length]!;
      if ((downUntil.get(candidate) ?? 0) <= Date.now()) return candidate;
    }
    return upstreams[next++ % upstreams.length]!;
  };

  function forward(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, attempt: number): void {
    const chosen = pick();
    const upstream = new URL(chosen);
    const { "x-test-peer": testPeer, ...headers } = req.headers;
    const peer = typeof testPeer === "string" ? testPeer : req.socket.remoteAddress?.replace(/^::ffff:/, "");
    const forwardedFor = [req.headers["x-forwarded-for"], peer].filter(Boolean).join(", ");
    const label = `${req.method} ${req.url} → ${chosen} (attempt ${attempt})`;
    proxy.pending.add(label);
    const outgoing = http.request(
      { agent, host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...headers, "x-forwarded-for": forwardedFor } },
      (answer) => {
        if (process.env.PROXY_DEBUG && attempt > 0) console.log(`proxy: retry ${attempt} of ${req.method} ${req.url} answered ${answer.statusCode} by ${chosen}`);
        proxy.pending.delete(label);
        answeredBy.set(upstream.origin, (answeredBy.get(upstream.origin) ?? 0) + 1);
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-upstream": upstream.origin });
        // An upstream that dies mid-answer: the client's connection drops too, as with nginx.
        answer.on("aborted", () => res.destroy());
        answer.on("error", () => res.destroy());
        answer.pipe(res);
      },
    );
    outgoing.on("error", (error) => {
      if (process.env.PROXY_DEBUG) console.log(`proxy: ${req.method} ${req.url} → ${chosen} failed: ${error.message} (attempt ${attempt}, headersSent ${res.headersSent})`);
      proxy.pending.delete(label);
      downUntil.set(chosen, Date.now() + 2_000);
      if (res.headersSent) return res.destroy();
      if (attempt + 1 < upstreams.length * 2) {
        proxy.retries++;
        return forward(req, body, res, attempt + 1);
      }
      res.writeHead(502, { "content-type": "text/plain" }).end("no upstream answered\n");
    });
    outgoing.end(body);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => forward(req, Buffer.concat(chunks), res, 0));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.port = (server.address() as AddressInfo).port;
  proxy.url = `http://localhost:${proxy.port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      agent.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

/** A request sent from a given loopback address (127.0.0.0/8 is all ours), so the proxy sees another client. */
export function requestFrom(localAddress: string, url: string, method: string, json?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const target = new URL(url);
  const text = json === undefined ? undefined : JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method,
        localAddress,
        headers: { ...(text ? { "content-type": "application/json" } : {}), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          let body: unknown = raw;
          try {
            body = JSON.parse(raw);
          } catch {
            // not JSON
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.on("error", reject);
    request.end(text);
  });
}
