import { describe, expect, test, vi } from 'vitest';
import { ParleyError } from '../errors.js';

const calls: { url: string; opts: unknown }[] = [];
vi.mock('../ingest/fetch.js', () => ({
  fetchUrl: async (url: string, opts: unknown) => {
    calls.push({ url, opts });
    if (url.includes('missing')) throw new ParleyError('http_status', `${url}: HTTP 404 Not Found`);
    if (url.includes('down')) throw new ParleyError('unreachable', `cannot reach ${url}`);
    return { uri: url, bytes: new TextEncoder().encode('{"ok":"é"}'), contentType: 'application/json' };
  },
}));

const { safeFetcher } = await import('./fetcher.js');

describe('stats fetcher', () => {
  test('stats fetcher: goes through the safe fetch with private addresses refused, and decodes UTF-8', async () => {
    const f = safeFetcher({ timeoutMs: 5000 });
    expect(await f('https://api.example/ok')).toEqual({ status: 200, body: '{"ok":"é"}', contentType: 'application/json' });
    expect(calls[0]).toEqual({ url: 'https://api.example/ok', opts: { allowPrivate: false, maxBytes: 50 * 1024 * 1024, timeoutMs: 5000 } });
  });

  test('stats fetcher: an HTTP error status is an answer; a network failure throws', async () => {
    const f = safeFetcher();
    expect(await f('https://api.example/missing')).toEqual({ status: 404, body: '' });
    await expect(f('https://api.example/down')).rejects.toThrow(/cannot reach/);
  });
});
