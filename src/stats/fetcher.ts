/**
 * The fetcher used outside tests: the project's safe fetch (src/ingest/fetch.ts), which refuses
 * private addresses, follows redirects by hand and caps the body. Statistics hosts are public, so
 * private addresses stay refused.
 */
import { ParleyError } from '../errors.js';
import { fetchUrl } from '../ingest/fetch.js';
import type { Fetcher } from './types.js';

export interface FetcherOptions {
  /** Per request, in ms. Default 20,000. */
  readonly timeoutMs?: number;
  /** Largest response, in bytes. Default 50 MiB (a Comext answer can be large). */
  readonly maxBytes?: number;
}

/**
 * A Fetcher over `fetchUrl`: a 2xx body as UTF-8 text, an HTTP error status as `{ status, body: '' }`;
 * network failures (unreachable, timeout, refused) throw.
 */
export function safeFetcher(options: FetcherOptions = {}): Fetcher {
  return async (url) => {
    try {
      const r = await fetchUrl(url, {
        allowPrivate: false,
        maxBytes: options.maxBytes ?? 50 * 1024 * 1024,
        timeoutMs: options.timeoutMs ?? 20_000,
      });
      return { status: 200, body: new TextDecoder('utf-8').decode(r.bytes), ...(r.contentType && { contentType: r.contentType }) };
    } catch (err) {
      if (err instanceof ParleyError && err.code === 'http_status') {
        const m = /HTTP (\d{3})/.exec(err.message);
        if (m) return { status: Number(m[1]), body: '' };
      }
      throw err;
    }
  };
}
