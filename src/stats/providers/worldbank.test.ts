import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIndicators } from '../indicators.js';
import { ProviderResponseError, type SeriesQuery } from './common.js';
import { parseWorldBankPage, worldbank } from './worldbank.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'datasets', 'stats-api-fixtures', 'worldbank-api-v1-2016');
const OWN = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'stats', 'worldbank');
const lexicon = loadIndicators();
const military = lexicon.indicators.find((i) => i.id === 'defence_pct_gdp')!.series.find((s) => s.provider === 'worldbank')!;
const q: SeriesQuery = { series: military, geo: 'BE', freq: 'A', periods: ['2020', '2021', '2022', '2023', '2024'] };
const fixture = (f: string): string => readFileSync(join(OWN, f), 'utf8');

describe('stats worldbank', () => {
  test('stats worldbank: URL of an indicator for a country and a year range', () => {
    expect(worldbank.url(q, lexicon.aggregates)).toBe(
      'https://api.worldbank.org/v2/country/BE/indicator/MS.MIL.XPND.GD.ZS?format=json&date=2020:2024&per_page=100',
    );
    expect(worldbank.url({ ...q, geo: 'EU' }, lexicon.aggregates)).toBe(
      'https://api.worldbank.org/v2/country/EUU/indicator/MS.MIL.XPND.GD.ZS?format=json&date=2020:2024&per_page=100',
    );
    expect(worldbank.url({ ...q, geo: 'EA' }, lexicon.aggregates)).toBeNull();
    expect(worldbank.page(q, lexicon.aggregates)).toBe('https://data.worldbank.org/indicator/MS.MIL.XPND.GD.ZS?locations=BE');
  });

  test.skipIf(!existsSync(SHARED))('stats worldbank: reads the paged envelope of a recorded response (per_page as a string)', () => {
    const page = parseWorldBankPage(readFileSync(join(SHARED, 'countries_format-json_per_page-100000.json'), 'utf8'));
    expect([page.page, page.pages, page.perPage, page.total, page.rows.length]).toEqual([1, 1, 100000, 304, 304]);
    const be = page.rows.find((r) => r.iso2Code === 'BE');
    expect(be).toMatchObject({ id: 'BEL', name: 'Belgium', capitalCity: 'Brussels' });
  });

  test('stats worldbank: reads indicator rows, oldest first', () => {
    expect(worldbank.parse(fixture('MS.MIL.XPND.GD.ZS-BE.json'), q, lexicon.aggregates).map((o) => `${o.period}=${o.value}`)).toEqual([
      '2020=1.1',
      '2021=1.1',
      '2022=1.2',
      '2023=1.2',
      '2024=1.3',
    ]);
    expect(worldbank.parse(fixture('empty.json'), q, lexicon.aggregates)).toEqual([]);
  });

  test('stats worldbank: rows of another country are ignored', () => {
    expect(worldbank.parse(fixture('MS.MIL.XPND.GD.ZS-BE.json'), { ...q, geo: 'FR' }, lexicon.aggregates)).toEqual([]);
  });

  test('stats worldbank: an error message becomes a ProviderResponseError', () => {
    expect(() => worldbank.parse(fixture('error.json'), q, lexicon.aggregates)).toThrow(ProviderResponseError);
    expect(() => worldbank.parse(fixture('error.json'), q, lexicon.aggregates)).toThrow(
      'World Bank: Invalid value: The provided parameter value is not valid',
    );
  });
});
