/**
 * The statistics cache: one JSON file per request URL under `<data dir>/stats-cache/`, holding the
 * URL, the retrieval time and the response body, so a check can be repeated offline and a reviewer
 * can see what was retrieved when. The data dir is `$PARLEY_DATA`, else `$XDG_DATA_HOME/parley`,
 * else `~/.local/share/parley`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** One cached response. */
export interface CacheEntry {
  readonly url: string;
  /** ISO 8601 time of retrieval. */
  readonly retrieved_at: string;
  readonly status: number;
  readonly content_type?: string;
  readonly body: string;
}

/** Where cached responses are kept; a test passes an in-memory one. */
export interface StatsCache {
  get(url: string): CacheEntry | null;
  put(entry: CacheEntry): void;
}

/** parley's data folder for this environment. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PARLEY_DATA) return env.PARLEY_DATA;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'parley');
  return join(env.HOME || homedir(), '.local', 'share', 'parley');
}

/** The folder of the statistics cache: `<data dir>/stats-cache`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'stats-cache');
}

/** File name of a URL's entry: the hex SHA-256 of the URL. */
export function cacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

/**
 * A cache on disk. Reads of a missing or damaged file are misses; writes go through a temporary
 * file and a rename, so a reader never sees half an entry.
 * @example const cache = new DiskCache(defaultCacheDir()); cache.get(url)?.retrieved_at
 */
export class DiskCache implements StatsCache {
  constructor(readonly dir: string = defaultCacheDir()) {}

  get(url: string): CacheEntry | null {
    let raw: string;
    try {
      raw = readFileSync(join(this.dir, `${cacheKey(url)}.json`), 'utf8');
    } catch {
      return null;
    }
    try {
      const e = JSON.parse(raw) as Partial<CacheEntry>;
      if (e.url !== url || typeof e.body !== 'string' || typeof e.retrieved_at !== 'string') return null;
      return {
        url: e.url,
        retrieved_at: e.retrieved_at,
        status: typeof e.status === 'number' ? e.status : 200,
        ...(typeof e.content_type === 'string' && { content_type: e.content_type }),
        body: e.body,
      };
    } catch {
      return null;
    }
  }

  put(entry: CacheEntry): void {
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${cacheKey(entry.url)}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(entry)}\n`);
    renameSync(tmp, file);
  }
}

/** A cache in memory, for tests and for runs that must not write to disk. */
export class MemoryCache implements StatsCache {
  readonly entries = new Map<string, CacheEntry>();
  get(url: string): CacheEntry | null {
    return this.entries.get(url) ?? null;
  }
  put(entry: CacheEntry): void {
    this.entries.set(entry.url, entry);
  }
}
