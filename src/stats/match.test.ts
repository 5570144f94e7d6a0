import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchQuantity, phrasePattern } from './match.js';
import { statsDoc, type QuantitySpec } from './testing.js';

/** indicator/geo[/partner]/period, or "no: <reason>". */
function summary(text: string, spec: QuantitySpec, meta: Parameters<typeof statsDoc>[2] = {}): string {
  const doc = statsDoc(text, [spec], meta);
  const r = matchQuantity(doc, 0);
  if (!r.ok) return `no: ${r.reason}`;
  const m = r.match;
  return [m.indicator, m.geo, ...(m.partner ? [m.partner] : []), m.period, m.provider ?? '-'].join(' ');
}

const PUB = { published: '2025-05-10' };

describe('stats match: indicators, countries, periods', () => {
  test.each<[string, QuantitySpec, string]>([
    ["Belgium's public debt reached 104.7% of GDP in 2024.", { text: '104.7%', value: 104.7, unit: 'percent', kind: 'share', when: '2024' }, 'gov_debt_pct_gdp BE 2024 eurostat'],
    ['In Spain unemployment stood at 11.3% last year.', { text: '11.3%', value: 11.3, unit: 'percent', kind: 'share', when: '2024' }, 'unemployment_rate ES 2024 eurostat'],
    ['Polish inflation averaged 3.7% in 2024.', { text: '3.7%', value: 3.7, unit: 'percent', kind: 'change', when: '2024' }, 'inflation PL 2024 eurostat'],
    ['Inflation in the euro area averaged 5.4% in 2023.', { text: '5.4%', value: 5.4, unit: 'percent', kind: 'change', when: '2023' }, 'inflation EA 2023 eurostat'],
    ['Greek defence spending is about 3% of GDP.', { text: '3%', value: 3, unit: 'percent', kind: 'share', approx: 'about' }, 'defence_pct_gdp GR 2024 worldbank'],
    ['US defence spending reached $916 billion in 2023.', { text: '$916 billion', value: 916e9, unit: 'USD', when: '2023' }, 'defence_spending_level US 2023 worldbank'],
    ['Trade between Germany and China reached €250 billion in 2024.', { text: '€250 billion', value: 250e9, unit: 'EUR', when: '2024' }, 'trade_goods_total DE CN 2024 eurostat'],
    ['Polish exports to Ukraine rose by 12% in 2023.', { text: '12%', value: 12, unit: 'percent', kind: 'change', when: '2023' }, 'trade_goods_exports PL UA 2023 eurostat'],
    ['Chinese imports from Italy came to €20 billion in 2024.', { text: '€20 billion', value: 20e9, unit: 'EUR', when: '2024' }, 'trade_goods_exports IT CN 2024 eurostat'],
    ['Romania expects its deficit to fall to 6.4% of GDP in 2026.', { text: '6.4%', value: 6.4, unit: 'percent', kind: 'share', when: '2026' }, 'gov_deficit_pct_gdp RO 2026 imf'],
  ])('stats match: %s', (text, spec, expected) => {
    expect(summary(text, spec, PUB)).toBe(expected);
  });

  test('stats match: several quantities in one sentence each take the nearest cue', () => {
    const text =
      'This is the price the Netherlands pays. Its state debt stood at €480 billion, or 45.1% of GDP, while the budget deficit widened to 2.1% of GDP (€22 billion) and is forecast to hit 3.0% of GDP by 2029.';
    const doc = statsDoc(
      text,
      [
        { text: '€480 billion', value: 480e9, unit: 'EUR' },
        { text: '45.1%', value: 45.1, unit: 'percent', kind: 'share' },
        { text: '2.1%', value: 2.1, unit: 'percent', kind: 'share' },
        { text: '€22 billion', value: 22e9, unit: 'EUR' },
        { text: '3.0%', value: 3, unit: 'percent', kind: 'share', when: '2029' },
      ],
      PUB,
    );
    const got = doc.quantities!.map((_, i) => {
      const r = matchQuantity(doc, i);
      return r.ok ? `${r.match.indicator} ${r.match.geo} ${r.match.period} ${r.match.provider}` : `no: ${r.reason}`;
    });
    expect(got).toEqual([
      'gov_debt_level NL 2024 eurostat',
      'gov_debt_pct_gdp NL 2024 eurostat',
      'gov_deficit_pct_gdp NL 2024 eurostat',
      'gov_deficit_level NL 2024 eurostat',
      'gov_deficit_pct_gdp NL 2029 imf',
    ]);
  });

  test('stats match: an elliptical "and imports" keeps the country of "exports"', () => {
    const text = 'The first half of 2025 looked better, with Russian exports at €1.1 billion and imports at €0.9 billion.';
    const doc = statsDoc(
      text,
      [
        { text: '€1.1 billion', value: 1.1e9, unit: 'EUR', when: '2025-H1' },
        { text: '€0.9 billion', value: 0.9e9, unit: 'EUR', when: '2025-H1' },
      ],
      { published: '2025-09-01', interviewee_role: 'Ambassador of Russia to Austria' },
    );
    const got = [0, 1].map((i) => {
      const r = matchQuantity(doc, i);
      return r.ok ? `${r.match.indicator} ${r.match.geo} ${r.match.partner} ${r.match.period}` : r.reason;
    });
    expect(got).toEqual(['trade_goods_imports AT RU 2025-H1', 'trade_goods_exports AT RU 2025-H1']);
  });

  test('stats match: "it fell to" takes the indicator from the sentence before', () => {
    const text = 'Bilateral trade with Hungary kept shrinking. By the end of 2024 it fell to €3.1 billion.';
    const doc = statsDoc(text, [{ text: '€3.1 billion', value: 3.1e9, unit: 'EUR', when: '2024' }], {
      published: '2025-03-01',
      interviewee_role: 'Ambassador of Russia to Hungary',
    });
    const r = matchQuantity(doc, 0);
    expect(r.ok && `${r.match.indicator} ${r.match.geo} ${r.match.partner}`).toBe('trade_goods_total HU RU');
  });

  test('stats match: the main country comes from the role when the sentence names none', () => {
    const text = 'Things are hard. It has 10.2% unemployment now.';
    expect(summary(text, { text: '10.2%', value: 10.2, unit: 'percent', kind: 'share' }, { ...PUB, interviewee_role: 'Minister of Finance of Greece' })).toBe(
      'unemployment_rate GR 2024 eurostat',
    );
  });

  test.each<[string, QuantitySpec, RegExp]>([
    ['Allies agreed to a 5% of GDP target for defence.', { text: '5%', value: 5, unit: 'percent', kind: 'share' }, /target/],
    ['NATO members collectively spent $1.3 trillion on defence spending in 2024.', { text: '$1.3 trillion', value: 1.3e12, unit: 'USD', when: '2024' }, /several countries/],
    ['More than 11,000 firms went bankrupt in Belgium.', { text: '11,000', value: 11000, unit: 'count' }, /unit "count"/],
    ['Trade between Germany and China reached $300 billion in 2024.', { text: '$300 billion', value: 300e9, unit: 'USD', when: '2024' }, /stated in USD; the series .* are in EUR/],
    ['Trade between Kazakhstan and Russia was €26 billion in 2023.', { text: '€26 billion', value: 26e9, unit: 'EUR', when: '2023' }, /EU member/],
    ['Belgian trade in diamonds fell by 20% in 2024.', { text: '20%', value: 20, unit: 'percent', kind: 'change', when: '2024' }, /one product/],
    ['The trade deficit of France was 4% of GDP in 2024.', { text: '4%', value: 4, unit: 'percent', kind: 'share', when: '2024' }, /trade deficit/],
    ['Russia holds 40% of the market in Belgium.', { text: '40%', value: 40, unit: 'percent', kind: 'share' }, /no indicator cue/],
  ])('stats match: no match for %s', (text, spec, reason) => {
    expect(summary(text, spec, PUB)).toMatch(reason);
  });

  test('stats match: the explanation says where each decision came from', () => {
    const text = 'It is a heavy burden for Belgium. Its national debt went past 104.7% of GDP.';
    const doc = statsDoc(text, [{ text: '104.7%', value: 104.7, unit: 'percent', kind: 'share' }], { published: '2025-09-22' });
    const r = matchQuantity(doc, 0);
    expect(r.ok && r.match.explanation).toMatchInlineSnapshot(`
      [
        "indicator: general government gross debt, % of GDP — cue "national debt" before the number; "of GDP" stated",
        "country: Belgium — "Belgium" in the sentence before",
        "period: 2024 — no period stated; the last full year before publication (2025-09-22), or the latest available before it",
        "source: Eurostat gov_10dd_edpt1, then Eurostat teina225, IMF GGXWDG_NGDP, World Bank GC.DOD.TOTL.GD.ZS",
      ]
    `);
  });

  test('stats match: cue phrases are whole words, hyphen or space, with "*" endings', () => {
    const re = phrasePattern(['debt-to-gdp', 'defence expenditure*'])!;
    expect('the debt to GDP ratio; defence expenditures; indebted'.match(re)).toEqual(['debt to GDP', 'defence expenditures']);
  });
});

interface Example {
  readonly text: string;
  readonly meta?: Record<string, string>;
  readonly quantity: QuantitySpec;
  readonly expect: 'none' | { indicator: string; geo: string; partner?: string; period: string };
}

describe('stats match: the hand-written examples (test/fixtures/stats/matching-examples.json)', () => {
  const file = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'stats', 'matching-examples.json');
  const examples = (JSON.parse(readFileSync(file, 'utf8')) as { examples: Example[] }).examples;
  test.each(examples.map((e) => [`${e.quantity.text} in "${e.text}"`, e] as const))('stats match: %s', (_name, e) => {
    const doc = statsDoc(e.text, [e.quantity], e.meta ?? {});
    const r = matchQuantity(doc, 0);
    if (e.expect === 'none') {
      expect(r.ok ? r.match.indicator : 'none').toBe('none');
      return;
    }
    const got = r.ok ? r.match : r.partial ?? {};
    expect({ indicator: got.indicator, geo: got.geo, partner: got.partner, period: got.period }).toEqual({ partner: undefined, ...e.expect });
  });
});
