// Short-lived security state (the access-credential blacklist): Redis when
// configured, otherwise an in-process map (one instance only, ARCHITECTURE.md).
import { unavailable } from "./http/errors";
import { redis } from "./redis";

export interface KeyValueStore {
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  get(key: string): Promise<string | null>;
}

class MemoryStore implements KeyValueStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.sweep();
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  }

  async get(key: string): Promise<string | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  // Bounded memory without a timer: expired entries go whenever something is added.
  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}

const state = globalThis as unknown as { __ledgerlyMemoryStore?: MemoryStore };

export function kv(): KeyValueStore {
  const client = redis();
  if (!client) {
    state.__ledgerlyMemoryStore ??= new MemoryStore();
    return state.__ledgerlyMemoryStore;
  }
  // Fail closed: if Redis can't answer, nothing that depends on it is trusted.
  const guard = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch {
      throw unavailable("Redis");
    }
  };
  return {
    set: (key, value, ttlSeconds) => guard(async () => void (await client.set(key, value, "EX", Math.max(1, Math.ceil(ttlSeconds))))),
    get: (key) => guard(() => client.get(key)),
  };
}
