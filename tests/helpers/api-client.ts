// A small HTTP client for integration tests against the running app: keeps
// cookies like a browser would, sends no Origin (like a script) unless asked.
import { appUrl } from "./app-url";

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; text: string };

export type RequestOptions = {
  json?: unknown;
  form?: Record<string, string>;
  multipart?: Record<string, string | Blob>;
  /** A raw body with its content type. */
  raw?: { body: string | Uint8Array; contentType?: string };
  headers?: Record<string, string>;
};

/** A random client address, so per-IP rate limits of one test don't spill into another. */
export const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;

export class ApiClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string = appUrl(),
    /** Sent as X-Forwarded-For, as a reverse proxy in front of the app would. */
    readonly ip: string = randomIp(),
  ) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers = new Headers(options.headers);
    if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", this.ip);
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = new URLSearchParams(options.form);
    } else if (options.multipart) {
      const form = new FormData();
      for (const [name, value] of Object.entries(options.multipart)) form.set(name, value);
      body = form;
    } else if (options.raw) {
      if (options.raw.contentType) headers.set("content-type", options.raw.contentType);
      body = options.raw.body as BodyInit;
    }
    if (this.cookies.size && !headers.has("cookie")) {
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body, redirect: "manual" });
    this.remember(response.headers.getSetCookie());
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>("GET", path, options);
  }
  post<T = any>(path: string, json?: unknown, options: RequestOptions = {}) {
    return this.request<T>("POST", path, json === undefined ? options : { ...options, json });
  }
  put<T = any>(path: string, json?: unknown, options: RequestOptions = {}) {
    return this.request<T>("PUT", path, json === undefined ? options : { ...options, json });
  }
  patch<T = any>(path: string, json?: unknown, options: RequestOptions = {}) {
    return this.request<T>("PATCH", path, json === undefined ? options : { ...options, json });
  }
  delete<T = any>(path: string, json?: unknown, options: RequestOptions = {}) {
    return this.request<T>("DELETE", path, json === undefined ? options : { ...options, json });
  }

  private remember(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
