/**
 * Getting responses: through the fetcher, into the cache, and from the cache when offline or when
 * a provider cannot be reached. One `StatsSession` serves one check run: it asks for each URL once,
 * stops asking a host that failed, and collects one-line notes for the reader.
 */
import type { CacheEntry, StatsCache } from './cache.js';
import type { Fetcher, ProviderId } from './types.js';

/** A response body and where it came from. */
export interface Retrieved {
  readonly body: string;
  readonly retrievedAt: string;
  readonly cached: boolean;
}

export interface SessionOptions {
  /** Use the cache only. */
  readonly offline?: boolean;
  /** Gets URLs; unused offline. */
  readonly fetcher?: Fetcher | null;
  /** Null: no cache. */
  readonly cache?: StatsCache | null;
  readonly now?: () => Date;
}

export const PROVIDER_NAMES: Readonly<Record<ProviderId, string>> = {
  eurostat: 'Eurostat',
  worldbank: 'World Bank',
  imf: 'IMF',
  table: 'the local table',
};

/** One run's access to the providers. */
export class StatsSession {
  readonly offline: boolean;
  readonly notes: string[] = [];
  private readonly fetcher: Fetcher | null;
  private readonly cache: StatsCache | null;
  private readonly now: () => Date;
  private readonly seen = new Map<string, Promise<Retrieved | { error: string }>>();
  private readonly downHosts = new Map<string, string>();
  private readonly noted = new Set<string>();

  constructor(options: SessionOptions = {}) {
    this.offline = options.offline ?? false;
    this.fetcher = options.fetcher ?? null;
    this.cache = options.cache ?? null;
    this.now = options.now ?? (() => new Date());
  }

  /** Adds a note once. */
  note(line: string): void {
    if (this.noted.has(line)) return;
    this.noted.add(line);
    this.notes.push(line);
  }

  /** The current time, ISO 8601 (injected in tests). */
  nowIso(): string {
    return this.now().toISOString();
  }

  /** The body at `url`, or why there is none. Never throws for network or HTTP problems. */
  get(provider: ProviderId, url: string): Promise<Retrieved | { error: string }> {
    let p = this.seen.get(url);
    if (!p) {
      p = this.load(provider, url);
      this.seen.set(url, p);
    }
    return p;
  }

  private fromCache(url: string): Retrieved | null {
    const e = this.cache?.get(url);
    return e ? { body: e.body, retrievedAt: e.retrieved_at, cached: true } : null;
  }

  private async load(provider: ProviderId, url: string): Promise<Retrieved | { error: string }> {
    const name = PROVIDER_NAMES[provider];
    if (this.offline || !this.fetcher) {
      const hit = this.fromCache(url);
      if (hit) return hit;
      return { error: `${name}: not in the cache${this.offline ? ' (offline)' : ''}` };
    }
    const host = new URL(url).host;
    const down = this.downHosts.get(host);
    if (down) return this.fromCache(url) ?? { error: `${name}: ${down}, and this request is not in the cache` };
    let status: number;
    let body: string;
    let contentType: string | undefined;
    try {
      const r = await this.fetcher(url);
      ({ status, body } = r);
      contentType = r.contentType;
    } catch (err) {
      const why = `cannot reach ${host} (${oneLine(err)})`;
      this.downHosts.set(host, why);
      this.note(`${name}: ${why}; cached responses are used where available`);
      return this.fromCache(url) ?? { error: `${name}: ${why}, and this request is not in the cache` };
    }
    if (status < 200 || status > 299) {
      // An error status: the service is in trouble, or the series moved. A cached answer is better than none;
      // a body that explains the error (Eurostat sends one) is read by the parser.
      const hit = this.fromCache(url);
      if (hit) {
        this.note(`${name}: ${host} answered HTTP ${status}; cached responses are used where available`);
        return hit;
      }
      if (!body.trim()) return { error: `${name}: HTTP ${status}` };
      return { body, retrievedAt: this.nowIso(), cached: false };
    }
    const entry: CacheEntry = { url, retrieved_at: this.nowIso(), status, ...(contentType && { content_type: contentType }), body };
    this.cache?.put(entry);
    return { body, retrievedAt: entry.retrieved_at, cached: false };
  }
}

/** The error on one short line, without the URL (the host is named beside it). */
function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s*(?:of|for|fetching)?\s*https?:\/\/\S+/g, '').replace(/\s+/g, ' ').trim().slice(0, 120) || 'network error';
}
