import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Doc } from '../doc.js';
import { MemoryCache } from './cache.js';
import { checkDoc } from './index.js';
import { loadTable } from './providers/table.js';
import { routeFetcher } from './testing.js';

const OWN = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'stats');
const doc = JSON.parse(readFileSync(join(OWN, 'check', 'belgium-analysis.json'), 'utf8')) as Doc;
const NOW = () => new Date('2025-10-01T12:00:00Z');
const f = (p: string): string => join(OWN, p);
const ROUTES = [
  [['/gov_10dd_edpt1?', 'na_item=GD', 'unit=MIO_EUR'], f('eurostat/gov_10dd_edpt1-GD-MIO_EUR-BE.json')],
  [['/gov_10dd_edpt1?', 'na_item=GD', 'unit=PC_GDP'], f('eurostat/gov_10dd_edpt1-GD-PC_GDP-BE.json')],
  [['/gov_10dd_edpt1?', 'na_item=B9', 'unit=PC_GDP'], f('eurostat/gov_10dd_edpt1-B9-PC_GDP-BE.json')],
  [['/DS-045409?', 'freq=A'], f('eurostat/DS-045409-BE-RU-A.json')],
  [['/DS-045409?', 'freq=M'], f('eurostat/DS-045409-BE-RU-M.json')],
  [['api.worldbank.org', 'MS.MIL.XPND.GD.ZS'], f('worldbank/MS.MIL.XPND.GD.ZS-BE.json')],
] as const;

const brief = (r: Awaited<ReturnType<typeof checkDoc>>): string[] =>
  r.checks.map((c) =>
    c.match.ok
      ? `${c.text} → ${c.match.match.indicator} ${c.match.match.geo}${c.match.match.partner ? `/${c.match.match.partner}` : ''} ${c.match.match.period}: ${c.suggestion!.status}${c.suggestion!.official ? ` ${c.suggestion!.official.value}${c.suggestion!.official.cached ? ' (cached)' : ''}` : ''}`
      : `${c.text} → no match`,
  );

describe('stats check: a whole document', () => {
  test('stats check: every quantity gets a match or a reason, and matched ones a suggestion', async () => {
    const fetcher = routeFetcher(ROUTES);
    const report = await checkDoc(doc, { fetcher, cache: new MemoryCache(), now: NOW });
    expect(report.schema).toBe('parley.check/1');
    expect(brief(report)).toEqual([
      '€640 billion → gov_debt_level BE 2024: consistent 643451700000',
      '104.7% of GDP → gov_debt_pct_gdp BE 2024: consistent 104.7',
      '4.4% of GDP → gov_deficit_pct_gdp BE 2024: close 4.5',
      '€4.3 billion → trade_goods_total BE/RU 2024: close 4426000000',
      '€1.3 billion → trade_goods_imports BE/RU 2025-H1: consistent 1300000000',
      '€1.5 billion → trade_goods_exports BE/RU 2025-H1: consistent 1500000000',
      '1.3% of GDP → defence_pct_gdp BE 2024: consistent 1.3',
      '18 parishes → no match',
    ]);
    expect(report.notes).toEqual([]);
    expect(fetcher.calls.every((u) => u.startsWith('https://'))).toBe(true);
  });

  test('stats check: --offline answers from the cache, with the first retrieval time', async () => {
    const cache = new MemoryCache();
    await checkDoc(doc, { fetcher: routeFetcher(ROUTES), cache, now: NOW });
    const offline = await checkDoc(doc, { offline: true, fetcher: routeFetcher([]), cache, now: () => new Date('2026-01-01T00:00:00Z') });
    expect(brief(offline).filter((l) => l.includes('(cached)')).length).toBe(7);
    expect(offline.checks[1]!.suggestion!.official!.retrieved_at).toBe('2025-10-01T12:00:00.000Z');
    expect(offline.notes).toEqual([]);
  });

  test('stats check: offline with an empty cache gives no data and says why', async () => {
    const report = await checkDoc(doc, { offline: true, cache: new MemoryCache(), quantities: [1] });
    expect(report.checks[0]!.suggestion).toMatchObject({ status: 'no_data', official: null });
    expect(report.checks[0]!.suggestion!.explanation).toContain('Eurostat: not in the cache (offline)');
    expect(report.notes).toEqual(['offline: 1 quantity needs responses that are not in the cache']);
  });

  test('stats check: an unreachable provider gives one note and the cache is used', async () => {
    const cache = new MemoryCache();
    await checkDoc(doc, { fetcher: routeFetcher(ROUTES), cache, now: NOW, quantities: [1, 6] });
    const down = await checkDoc(doc, { fetcher: routeFetcher([]), cache, now: NOW, quantities: [1, 2, 6] });
    expect(brief(down)).toEqual([
      '104.7% of GDP → gov_debt_pct_gdp BE 2024: consistent 104.7 (cached)',
      '4.4% of GDP → gov_deficit_pct_gdp BE 2024: no_data',
      '1.3% of GDP → defence_pct_gdp BE 2024: consistent 1.3 (cached)',
    ]);
    expect(down.notes).toEqual([
      'Eurostat: cannot reach ec.europa.eu (getaddrinfo ENOTFOUND ec.europa.eu); cached responses are used where available',
      'IMF: cannot reach www.imf.org (getaddrinfo ENOTFOUND www.imf.org); cached responses are used where available',
      'World Bank: cannot reach api.worldbank.org (getaddrinfo ENOTFOUND api.worldbank.org); cached responses are used where available',
    ]);
  });

  test('stats check: a local table answers first, with its own source', async () => {
    const report = await checkDoc(doc, { offline: true, cache: new MemoryCache(), table: loadTable(f('table.csv')), quantities: [1, 3] });
    expect(brief(report)).toEqual([
      '104.7% of GDP → gov_debt_pct_gdp BE 2024: close 104.6',
      '€4.3 billion → trade_goods_total BE/RU 2024: no_data',
    ]);
    expect(report.checks[0]!.suggestion!.official).toMatchObject({ provider: 'table', page_url: 'National Bank of Belgium, "Belgostat" table, June 2025' });
  });

  test('stats check: --provider limits and orders the providers', async () => {
    const report = await checkDoc(doc, { offline: true, cache: new MemoryCache(), providers: ['imf'], quantities: [1, 6] });
    const m = report.checks.map((c) => (c.match.ok ? c.match.match.series.map((s) => s.provider).join(',') : c.match.reason));
    expect(m[0]).toBe('imf');
    expect(m[1]).toMatch(/none of the providers asked for \(imf\) has military expenditure/);
  });
});
