import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Approx } from '../doc.js';
import { MemoryCache } from './cache.js';
import { loadIndicators } from './indicators.js';
import { matchQuantity } from './match.js';
import { StatsSession } from './retrieve.js';
import { fmt, judge, roundingHalfUnit, suggest } from './suggest.js';
import { fakeFetcher, statsDoc, type QuantitySpec } from './testing.js';
import type { Match } from './types.js';

const OWN = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'stats');
const lexicon = loadIndicators();
const NOW = () => new Date('2025-10-01T12:00:00Z');

describe('stats suggest: tolerance', () => {
  test.each([
    [104.7, 0.05],
    [643e9, 0.5e9],
    [20.3e9, 0.05e9],
    [30, 5],
    [4, 0.5],
    [1588.8e9, 0.05e9],
    [1.5888 * 1e12, 0.05e9],
    [0.25, 0.005],
  ])('stats suggest: %d is rounded to ±%d', (v, r) => {
    expect(roundingHalfUnit(v)).toBeCloseTo(r, 12);
  });

  test.each<[number, Approx, number, string, string]>([
    [104.7, 'exact', 104.7, 'percent', 'consistent'],
    [4.4, 'exact', 4.43, 'percent', 'consistent'],
    [4.4, 'exact', 4.5, 'percent', 'close'],
    [4.3, 'exact', 2.9, 'percent', 'inconsistent'],
    [643e9, 'over', 643.45e9, 'EUR', 'consistent'],
    [643e9, 'over', 642.8e9, 'EUR', 'consistent'],
    [643e9, 'over', 630e9, 'EUR', 'close'],
    [643e9, 'over', 500e9, 'EUR', 'inconsistent'],
    [5, 'up_to', 4.2, 'percent', 'consistent'],
    [5, 'under', 6.1, 'percent', 'inconsistent'],
    [30, 'about', 27, 'percent', 'consistent'],
    [4.3, 'about', 4.9, 'percent', 'close'],
    [30, 'about', 10, 'percent', 'inconsistent'],
    [4.3e9, 'exact', 4.426e9, 'EUR', 'close'],
    [16e9, 'exact', 10.1e9, 'EUR', 'inconsistent'],
  ])('stats suggest: stated %d (%s) vs official %d %s is %s', (stated, approx, official, unit, status) => {
    expect(judge(stated, approx, official, unit).status).toBe(status);
  });

  test('stats suggest: the relative difference is (stated − official) / |official|', () => {
    expect(judge(4.4, 'exact', 4.5, 'percent')).toEqual({
      status: 'close',
      relative_difference: -0.0222,
      explanation: 'the official 4.5% does not round to the stated 4.4%; the difference (-2.2%) is small',
    });
    expect(fmt(643.4517e9, 'EUR')).toBe('EUR 643.5 billion');
  });
});

describe('stats suggest: official values', () => {
  async function run(text: string, spec: QuantitySpec, meta: object, files: Record<string, string>) {
    const doc = statsDoc(text, [spec], { published: '2025-09-10', ...meta });
    const r = matchQuantity(doc, 0, { lexicon });
    if (!r.ok) throw new Error(r.reason);
    const m: Match = r.match;
    // The URLs the suggestion will ask for, served from fixture files; any other URL is unreachable.
    const map: Record<string, string> = {};
    for (const [key, file] of Object.entries(files)) map[key] = join(OWN, file);
    const fetcher = fakeFetcher(map);
    const session = new StatsSession({ fetcher, cache: new MemoryCache(), now: NOW });
    const s = await suggest(doc, 0, m, { session, lexicon });
    return { s, calls: fetcher.calls, session };
  }

  test('stats suggest: debt share of GDP from Eurostat, period from publication, with the provisional flag', async () => {
    const url =
      'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/gov_10dd_edpt1?format=JSON&lang=EN&freq=A&geo=BE&na_item=GD&sector=S13&unit=PC_GDP&time=2020&time=2021&time=2022&time=2023&time=2024';
    const { s, calls } = await run(
      'It weighs on Belgium. Its public debt went past 104.7% of GDP.',
      { text: '104.7%', value: 104.7, unit: 'percent', kind: 'share' },
      {},
      { [url]: 'eurostat/gov_10dd_edpt1-GD-PC_GDP-BE.json' },
    );
    expect(calls).toEqual([url]);
    expect(s).toMatchObject({
      status: 'consistent',
      relative_difference: 0,
      official: { value: 104.7, unit: 'percent', period: '2024', provider: 'eurostat', series: 'gov_10dd_edpt1', source_url: url, retrieved_at: '2025-10-01T12:00:00.000Z', cached: false, flags: ['p'] },
    });
    expect(s.explanation).toBe('Eurostat gov_10dd_edpt1 2024 (provisional): the official 104.7% matches the stated 104.7%');
  });

  test('stats suggest: a deficit is the negative of net lending; a level in million euro is scaled', async () => {
    const b9 = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/gov_10dd_edpt1?format=JSON&lang=EN&freq=A&geo=BE&na_item=B9&sector=S13&unit=PC_GDP&time=2024';
    const { s } = await run(
      'The Belgian budget deficit reached 4.4% of GDP in 2024.',
      { text: '4.4%', value: 4.4, unit: 'percent', kind: 'share', when: '2024' },
      {},
      { [b9]: 'eurostat/gov_10dd_edpt1-B9-PC_GDP-BE.json' },
    );
    expect([s.status, s.official?.value]).toEqual(['close', 4.5]);
    const gd = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/gov_10dd_edpt1?format=JSON&lang=EN&freq=A&geo=BE&na_item=GD&sector=S13&unit=MIO_EUR&time=2024';
    const { s: level } = await run(
      'Belgian public debt exceeded €643 billion in 2024.',
      { text: '€643 billion', value: 643e9, unit: 'EUR', approx: 'over', when: '2024' },
      {},
      { [gd]: 'eurostat/gov_10dd_edpt1-GD-MIO_EUR-BE.json' },
    );
    expect([level.status, level.official?.value]).toEqual(['consistent', 643451700000]);
  });

  test('stats suggest: without a stated period, falls back to the latest year before publication and says so', async () => {
    const url = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/une_rt_a?format=JSON&lang=EN&freq=A&geo=BE&age=Y15-74&unit=PC_ACT&sex=T&time=2020&time=2021&time=2022&time=2023&time=2024';
    const { s } = await run('In Belgium unemployment is 5.5%.', { text: '5.5%', value: 5.5, unit: 'percent', kind: 'share' }, {}, { [url]: 'eurostat/une_rt_a-BE-no-2024.json' });
    expect(s.status).toBe('consistent');
    expect(s.official?.period).toBe('2023');
    expect(s.explanation).toContain('no value for 2024 yet; 2023 is the latest before it');
  });

  test('stats suggest: a half-year of trade is the sum of its months, from the EU member\'s side', async () => {
    const url =
      'https://ec.europa.eu/eurostat/api/comext/dissemination/statistics/1.0/data/DS-045409?format=JSON&lang=EN&freq=M&reporter=BE&partner=RU&product=TOTAL&indicators=VALUE_IN_EUROS&flow=1&time=2025-01&time=2025-02&time=2025-03&time=2025-04&time=2025-05&time=2025-06';
    const { s } = await run(
      'Russian exports to Belgium were €1.3 billion in the first half of 2025.',
      { text: '€1.3 billion', value: 1.3e9, unit: 'EUR', when: '2025-H1' },
      {},
      { [url]: 'eurostat/DS-045409-BE-RU-M.json' },
    );
    expect([s.status, s.official?.value, s.official?.period]).toEqual(['consistent', 1.3e9, '2025-H1']);
  });

  test('stats suggest: a change is compared with the growth over the same period a year before', async () => {
    const url =
      'https://ec.europa.eu/eurostat/api/comext/dissemination/statistics/1.0/data/DS-045409?format=JSON&lang=EN&freq=M&reporter=BE&partner=RU&product=TOTAL&indicators=VALUE_IN_EUROS&flow=2&time=2024-01&time=2024-02&time=2024-03&time=2024-04&time=2024-05&time=2024-06&time=2025-01&time=2025-02&time=2025-03&time=2025-04&time=2025-05&time=2025-06';
    // Belgian exports to Russia: H1 2024 = 988 million, H1 2025 = 1,500 million: +51.8%.
    const up = await run(
      'Belgian exports to Russia grew by 52% in the first half of 2025.',
      { text: '52%', value: 52, unit: 'percent', kind: 'change', when: '2025-H1' },
      {},
      { [url]: 'eurostat/DS-045409-BE-RU-M.json' },
    );
    expect([up.s.status, up.s.official?.value]).toEqual(['consistent', 51.8219]);
    const down = await run(
      'Belgian exports to Russia fell by 52% in the first half of 2025.',
      { text: '52%', value: 52, unit: 'percent', kind: 'change', when: '2025-H1' },
      {},
      { [url]: 'eurostat/DS-045409-BE-RU-M.json' },
    );
    expect(down.s.status).toBe('inconsistent');
    expect(down.s.explanation).toContain('the official figures show a rise of 51.82%, the text a fall');
  });

  test('stats suggest: a forecast year goes to the IMF', async () => {
    const url = 'https://www.imf.org/external/datamapper/api/v1/GGXCNL_NGDP/BEL?periods=2030';
    const { s } = await run(
      'The Belgian deficit will reach 5.4% of GDP by 2030.',
      { text: '5.4%', value: 5.4, unit: 'percent', kind: 'share', when: '2030' },
      {},
      { [url]: 'imf/GGXCNL_NGDP-BEL.json' },
    );
    expect([s.status, s.official?.value, s.official?.provider, s.official?.flags]).toEqual(['close', 5.6, 'imf', ['f']]);
    expect(s.explanation).toMatch(/^IMF GGXCNL_NGDP 2030 \(forecast\): /);
  });

  test('stats suggest: when a provider cannot be reached, the next series is tried and the reason kept', async () => {
    const { s, session } = await run('Belgian defence spending is 1.3% of GDP.', { text: '1.3%', value: 1.3, unit: 'percent', kind: 'share' }, {}, {});
    expect(s.status).toBe('no_data');
    expect(s.explanation).toMatch(/^no official value: World Bank: cannot reach api\.worldbank\.org \(getaddrinfo ENOTFOUND api\.worldbank\.org\), and this request is not in the cache; Eurostat: cannot reach ec\.europa\.eu/);
    expect(session.notes).toEqual([
      'World Bank: cannot reach api.worldbank.org (getaddrinfo ENOTFOUND api.worldbank.org); cached responses are used where available',
      'Eurostat: cannot reach ec.europa.eu (getaddrinfo ENOTFOUND ec.europa.eu); cached responses are used where available',
    ]);
  });
});
