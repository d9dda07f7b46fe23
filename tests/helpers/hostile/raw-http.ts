// Requests exactly as given, through node:http: fetch (and the URL parser
// under it) re-escapes paths, refuses some header bytes and can't send a
// request target such as "/api/transactions/%ZZ" or raw latin1 bytes.
import http from "node:http";
import zlib from "node:zlib";

export type RawRequest = {
  method: string;
  /** The request target as it goes on the wire (latin1: each char one byte). */
  target: string;
  headers?: Record<string, string | string[]>;
  body?: Buffer;
  /** Send the body chunked, with no Content-Length: the size is known only by reading it. */
  chunked?: boolean;
};

export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when it isn't JSON. */
  json: unknown;
  ms: number;
};

/** What a request came back with: an answer, or how it failed without one. */
export type RawOutcome =
  | { response: RawResponse; error?: undefined }
  | { response?: undefined; error: string; ms: number; /** What the same kept-alive connection carried just before. */ previous?: RawRequest };

export type RawClientOptions = { baseUrl: string; concurrency?: number; timeoutMs?: number };

const previousOn = new WeakMap<object, RawRequest>();

export class RawClient {
  private readonly agent: http.Agent;
  private readonly url: URL;
  private readonly timeoutMs: number;

  constructor(options: RawClientOptions) {
    this.url = new URL(options.baseUrl);
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency ?? 8 });
  }

  send(request: RawRequest): Promise<RawOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: RawOutcome) => {
        if (settled) return;
        settled = true;
        resolve(outcome);
      };
      let req: http.ClientRequest;
      try {
        req = http.request({
          host: this.url.hostname,
          port: this.url.port,
          method: request.method,
          path: request.target,
          headers: { ...request.headers, ...bodyFraming(request) },
          agent: this.agent,
        });
      } catch (error) {
        // node:http itself refused (a char it never puts on the wire): nothing was sent.
        return settle({ error: `not sent: ${(error as Error).message}`, ms: elapsed() });
      }
      // Which request this kept-alive connection carried before: a hang can be the previous answer's fault.
      let previous: RawRequest | undefined;
      req.once("socket", (socket) => {
        previous = previousOn.get(socket);
        previousOn.set(socket, request);
      });
      req.setTimeout(this.timeoutMs, () => {
        const before = previous ? ` (the connection carried ${previous.method} ${previous.target.slice(0, 120)} before)` : " (a new connection)";
        settle({ error: `no answer within ${this.timeoutMs} ms${before}`, ms: elapsed(), previous });
        req.destroy();
      });
      let answered = false;
      req.on("response", (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        const finish = () => {
          const text = decoded(Buffer.concat(chunks), res.headers["content-encoding"]).toString("utf8");
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          settle({ response: { status: res.statusCode ?? 0, headers: res.headers, text, json, ms: elapsed() } });
        };
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", finish);
        // The server may close right after answering (a 413 before the whole
        // body went out): the status line and headers are the answer.
        res.on("close", finish);
        res.on("error", () => {});
      });
      req.on("error", (error) => {
        if (!answered) settle({ error: `connection error: ${(error as NodeJS.ErrnoException).code ?? error.message}`, ms: elapsed(), previous });
      });
      if (request.chunked && request.body) {
        const half = Math.floor(request.body.byteLength / 2);
        req.write(request.body.subarray(0, half));
        req.end(request.body.subarray(half));
      } else {
        req.end(request.body);
      }
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Content-Length, or chunked framing: node frames a GET or DELETE body only
 * when told to, and would otherwise send it unframed.
 */
function bodyFraming(request: RawRequest): Record<string, string> {
  if (!request.body) return {};
  return request.chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(request.body.byteLength) };
}

/** The body as sent before compression (a generated Accept-Encoding may ask for it). */
function decoded(body: Buffer, encoding: string | undefined): Buffer {
  try {
    if (encoding === "gzip") return zlib.gunzipSync(body);
    if (encoding === "br") return zlib.brotliDecompressSync(body);
    if (encoding === "deflate") return zlib.inflateSync(body);
  } catch {
    // cut short (the server closed early): keep the bytes as they came
  }
  return body;
}

/** The header's value as one string (node gives arrays for Set-Cookie). */
export function headerOf(response: RawResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}
