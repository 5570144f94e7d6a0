import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_INDICATORS_FILE, loadIndicators, parseIndicators } from './indicators.js';
import { phrasePattern } from './match.js';

describe('stats indicators', () => {
  test('stats indicators: the shipped mapping is valid and covers the issue\'s statistics', () => {
    const lex = loadIndicators();
    expect(lex.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['gov_debt_pct_gdp', 'gov_deficit_pct_gdp', 'unemployment_rate', 'inflation', 'defence_pct_gdp', 'trade_goods_total', 'trade_goods_exports', 'trade_goods_imports']),
    );
    const codes = lex.indicators.flatMap((i) => i.series.map((s) => `${s.provider}:${s.dataset ?? s.code}`));
    expect(codes).toEqual(
      expect.arrayContaining([
        'eurostat:gov_10dd_edpt1', 'eurostat:teina225', 'eurostat:une_rt_a', 'eurostat:prc_hicp_aind', 'eurostat:DS-045409',
        'worldbank:GC.DOD.TOTL.GD.ZS', 'worldbank:MS.MIL.XPND.GD.ZS', 'imf:GGXWDG_NGDP', 'imf:GGXCNL_NGDP', 'imf:LUR', 'imf:PCPIPCH',
      ]),
    );
    for (const i of lex.indicators) expect(phrasePattern(i.cues)).not.toBeNull();
  });

  test('stats indicators: every indicator of the mapping is documented in lexicon/indicators.md', () => {
    const md = readFileSync(DEFAULT_INDICATORS_FILE.replace(/\.json$/, '.md'), 'utf8');
    for (const i of loadIndicators().indicators) expect(md).toContain(`\`${i.id}\``);
  });

  test.each([
    [{}, /indicators: expected a non-empty array/],
    [{ indicators: [{ id: 'Bad Id' }] }, /indicators\[0\]\.id: expected \[a-z0-9_\]\+/],
    [
      { indicators: [{ id: 'x', label: 'x', unit: 'percent', kinds: ['change'], cues: ['x'], aggregate: 'sum', series: [{ provider: 'imf', code: 'X', freq: ['A'], unit: 'percent', coverage: 'world' }] }] },
      /kind "change" needs a "change" rule/,
    ],
    [
      { indicators: [{ id: 'x', label: 'x', unit: 'percent', kinds: ['share'], cues: ['x'], aggregate: 'sum', series: [{ provider: 'imf', code: 'X', freq: ['A'], unit: 'EUR', coverage: 'world' }] }] },
      /does not fit the indicator's unit "percent"/,
    ],
    [
      { indicators: [{ id: 'x', label: 'x', unit: 'percent', kinds: ['share'], cues: ['x'], aggregate: 'sum', series: [{ provider: 'oecd', code: 'X', freq: ['A'], unit: 'percent', coverage: 'world' }] }] },
      /provider: expected eurostat, worldbank or imf/,
    ],
  ])('stats indicators: rejects a bad mapping (%#)', (json, message) => {
    expect(() => parseIndicators(json, 'm.json')).toThrow(message);
  });
});
