import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIndicators } from '../indicators.js';
import type { SeriesRef } from '../types.js';
import { ProviderResponseError, type SeriesQuery } from './common.js';
import { eurostat, eurostatError } from './eurostat.js';

const OWN = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'stats', 'eurostat');
const lexicon = loadIndicators();
const series = (indicator: string, i = 0): SeriesRef => lexicon.indicators.find((x) => x.id === indicator)!.series[i]!;
const fixture = (f: string): string => readFileSync(join(OWN, f), 'utf8');

describe('stats eurostat: request URLs', () => {
  test.each<[string, Omit<SeriesQuery, 'series'> & { indicator: string }, string]>([
    [
      'debt % of GDP, Belgium, two years',
      { indicator: 'gov_debt_pct_gdp', geo: 'BE', freq: 'A', periods: ['2023', '2024'] },
      'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/gov_10dd_edpt1?format=JSON&lang=EN&freq=A&geo=BE&na_item=GD&sector=S13&unit=PC_GDP&time=2023&time=2024',
    ],
    [
      'Greece is EL in the main database',
      { indicator: 'unemployment_rate', geo: 'GR', freq: 'A', periods: ['2024'] },
      'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/une_rt_a?format=JSON&lang=EN&freq=A&geo=EL&age=Y15-74&unit=PC_ACT&sex=T&time=2024',
    ],
    [
      'the euro area aggregate',
      { indicator: 'inflation', geo: 'EA', freq: 'A', periods: ['2023'] },
      'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/prc_hicp_aind?format=JSON&lang=EN&freq=A&geo=EA20&coicop=CP00&unit=RCH_A_AVG&time=2023',
    ],
    [
      'Comext total trade: reporter, partner, both flows, months',
      { indicator: 'trade_goods_total', geo: 'GR', partner: 'RU', freq: 'M', periods: ['2025-01', '2025-02'] },
      'https://ec.europa.eu/eurostat/api/comext/dissemination/statistics/1.0/data/DS-045409?format=JSON&lang=EN&freq=M&reporter=GR&partner=RU&product=TOTAL&indicators=VALUE_IN_EUROS&flow=1&flow=2&time=2025-01&time=2025-02',
    ],
  ])('stats eurostat: URL for %s', (_name, { indicator, ...q }, url) => {
    expect(eurostat.url({ series: series(indicator), ...q }, lexicon.aggregates)).toBe(url);
  });

  test('stats eurostat: no URL for an aggregate Eurostat has no code for', () => {
    expect(eurostat.url({ series: series('inflation'), geo: 'NATO', freq: 'A', periods: ['2024'] }, lexicon.aggregates)).toBeNull();
  });

  test('stats eurostat: the page is the data browser view of the dataset', () => {
    expect(eurostat.page({ series: series('gov_debt_pct_gdp'), geo: 'BE', freq: 'A', periods: [] }, lexicon.aggregates)).toBe(
      'https://ec.europa.eu/eurostat/databrowser/view/gov_10dd_edpt1/default/table?lang=en',
    );
  });
});

describe('stats eurostat: parsing', () => {
  test('stats eurostat: reads observations with their flags', () => {
    const q: SeriesQuery = { series: series('gov_debt_pct_gdp'), geo: 'BE', freq: 'A', periods: ['2023', '2024'] };
    expect(eurostat.parse(fixture('gov_10dd_edpt1-GD-PC_GDP-BE.json'), q, lexicon.aggregates).slice(-2)).toEqual([
      { period: '2023', value: 103.1 },
      { period: '2024', value: 104.7, status: 'p' },
    ]);
  });

  test('stats eurostat: adds up the summed dimension (imports + exports) per month', () => {
    const q: SeriesQuery = { series: series('trade_goods_total'), geo: 'BE', partner: 'RU', freq: 'M', periods: ['2025-01'] };
    const obs = eurostat.parse(fixture('DS-045409-BE-RU-M.json'), q, lexicon.aggregates);
    expect(obs.find((o) => o.period === '2025-01')).toEqual({ period: '2025-01', value: 440e6 });
    const exportsOnly = eurostat.parse(fixture('DS-045409-BE-RU-M.json'), { ...q, series: series('trade_goods_exports') }, lexicon.aggregates);
    expect(exportsOnly.find((o) => o.period === '2025-01')).toEqual({ period: '2025-01', value: 240e6 });
  });

  test('stats eurostat: an error body becomes a ProviderResponseError with its label', () => {
    const q: SeriesQuery = { series: series('gov_debt_pct_gdp'), geo: 'BE', freq: 'A', periods: ['2024'] };
    expect(() => eurostat.parse(fixture('error.json'), q, lexicon.aggregates)).toThrow(ProviderResponseError);
    expect(() => eurostat.parse(fixture('error.json'), q, lexicon.aggregates)).toThrow("Eurostat: 400 Dimension geo: unknown category 'XX'");
    expect(() => eurostat.parse('<html>Service unavailable</html>', q, lexicon.aggregates)).toThrow(/did not answer with JSON/);
    expect(eurostatError({ warning: { status: 413, label: 'EXTRACTION_TOO_BIG' } })).toBe('413 EXTRACTION_TOO_BIG');
  });
});
