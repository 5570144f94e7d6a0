import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cacheKey, dataDir, defaultCacheDir, DiskCache } from './cache.js';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parley-stats-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('stats cache', () => {
  test('stats cache: the data dir is $PARLEY_DATA, else $XDG_DATA_HOME/parley, else ~/.local/share/parley', () => {
    expect(dataDir({ PARLEY_DATA: '/d', XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/d');
    expect(dataDir({ XDG_DATA_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'parley'));
    expect(dataDir({ HOME: '/h' })).toBe(join('/h', '.local', 'share', 'parley'));
    expect(defaultCacheDir({ PARLEY_DATA: '/d' })).toBe(join('/d', 'stats-cache'));
  });

  test('stats cache: stores the URL, the retrieval time and the body, keyed by the URL', () => {
    const dir = join(tmp(), 'stats-cache');
    const cache = new DiskCache(dir);
    const url = 'https://api.worldbank.org/v2/country/BE/indicator/X?format=json';
    expect(cache.get(url)).toBeNull();
    cache.put({ url, retrieved_at: '2025-10-01T12:00:00.000Z', status: 200, content_type: 'application/json', body: '[1]' });
    expect(readdirSync(dir)).toEqual([`${cacheKey(url)}.json`]);
    expect(JSON.parse(readFileSync(join(dir, `${cacheKey(url)}.json`), 'utf8'))).toEqual({
      url, retrieved_at: '2025-10-01T12:00:00.000Z', status: 200, content_type: 'application/json', body: '[1]',
    });
    expect(new DiskCache(dir).get(url)?.body).toBe('[1]');
  });

  test('stats cache: a damaged entry, or one for another URL, is a miss', () => {
    const dir = tmp();
    const cache = new DiskCache(dir);
    writeFileSync(join(dir, `${cacheKey('https://a.example/1')}.json`), '{not json');
    writeFileSync(join(dir, `${cacheKey('https://a.example/2')}.json`), JSON.stringify({ url: 'https://other.example', retrieved_at: 'x', body: '' }));
    expect(cache.get('https://a.example/1')).toBeNull();
    expect(cache.get('https://a.example/2')).toBeNull();
  });
});
