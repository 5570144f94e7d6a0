import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIndicators } from '../indicators.js';
import { ProviderResponseError, type SeriesQuery } from './common.js';
import { imf, parseImfCompactData } from './imf.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'datasets', 'stats-api-fixtures', 'imf-sdmx-json-legacy');
const OWN = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'stats', 'imf');
const lexicon = loadIndicators();
const deficit = lexicon.indicators.find((i) => i.id === 'gov_deficit_pct_gdp')!.series.find((s) => s.provider === 'imf')!;
const q: SeriesQuery = { series: deficit, geo: 'BE', freq: 'A', periods: ['2029', '2030'] };
const shared = (f: string): string => readFileSync(join(SHARED, f), 'utf8');

describe('stats imf: DataMapper', () => {
  test('stats imf: URL with the ISO alpha-3 code and the periods', () => {
    expect(imf.url(q, lexicon.aggregates)).toBe('https://www.imf.org/external/datamapper/api/v1/GGXCNL_NGDP/BEL?periods=2029,2030');
    expect(imf.url({ ...q, geo: 'XK' }, lexicon.aggregates)).toBe('https://www.imf.org/external/datamapper/api/v1/GGXCNL_NGDP/UVK?periods=2029,2030');
    expect(imf.page(q, lexicon.aggregates)).toBe('https://www.imf.org/external/datamapper/GGXCNL_NGDP/BEL');
  });

  test('stats imf: reads the values of one country, forecasts included', () => {
    const obs = imf.parse(readFileSync(join(OWN, 'GGXCNL_NGDP-BEL.json'), 'utf8'), q, lexicon.aggregates);
    expect(obs.at(-1)).toEqual({ period: '2030', value: -5.6 });
    expect(imf.parse(readFileSync(join(OWN, 'no-values.json'), 'utf8'), q, lexicon.aggregates)).toEqual([]);
  });
});

describe.skipIf(!existsSync(SHARED))('stats imf: recorded SDMX-JSON CompactData (retired service)', () => {
  test('stats imf: reads series whose Obs is a list', () => {
    const r = parseImfCompactData(shared('CompactData_200_4421ce6d93ac.json'));
    expect(r.dataset).toBe('WHDREO201910');
    expect(r.series.map((s) => [s.attributes.INDICATOR, s.attributes.REF_AREA, s.attributes.UNIT_MULT, s.observations.length])).toEqual([
      ['PPPSH', 'US', '0', 2],
      ['NGDPD', 'US', '9', 2],
    ]);
    expect(r.series[1]!.observations[1]).toEqual({ period: '2012', value: 16197.05 });
  });

  test('stats imf: reads an Obs that is one object, not a list', () => {
    const r = parseImfCompactData(shared('CompactData_200_853b070a5f37.json'));
    expect(r.series.map((s) => s.observations)).toEqual([[{ period: '2011', value: 16.3359977434372 }], [{ period: '2011', value: 15542.6 }]]);
  });

  test('stats imf: an empty dataset has no series', () => {
    expect(parseImfCompactData(shared('CompactData_200_9c0f19b539fd.json')).series).toEqual([]);
  });

  test('stats imf: reads a message of 501 series', () => {
    const r = parseImfCompactData(shared('CompactData_200_ecbb2d76546e.json'));
    expect(r.series.length).toBe(501);
    expect(r.series.every((s) => typeof s.attributes.REF_AREA === 'string')).toBe(true);
  });

  test.each(['CompactData_200_71ea273f717c.json', 'CompactData_200_7a5eb96e0fb6.json', 'CompactData_200_7e89af364cdf.json', 'CompactData_200_9389b5b12ec2.json', 'CompactData_200_9efd32c5e4f2.json', 'CompactData_200_aa3ebaaaada2.json'])(
    'stats imf: reads %s',
    (f) => {
      const r = parseImfCompactData(shared(f));
      expect(r.series.length).toBeGreaterThan(0);
      expect(r.series.every((s) => s.observations.every((o) => Number.isFinite(o.value) && /^\d{4}/.test(o.period)))).toBe(true);
    },
  );

  test.each([
    ['ERR_400_9d084971a260.json', /IMF: HTTP 400: Bad Request/],
    ['ERR_400_96418874c9ef.json', /IMF: HTTP 400: Request Error/],
  ])('stats imf: an error page (%s) becomes a ProviderResponseError with its title', (f, message) => {
    expect(() => parseImfCompactData(shared(f))).toThrow(ProviderResponseError);
    expect(() => parseImfCompactData(shared(f))).toThrow(message);
  });

  test('stats imf: a metadata message is not data', () => {
    expect(() => parseImfCompactData(shared('GenericMetadata_200_d6bd4b363964.json'))).toThrow(/expected a CompactData message/);
  });
});
