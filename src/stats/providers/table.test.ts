import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ParleyError } from '../../errors.js';
import { loadTable, parseTable, tableSeries } from './table.js';

const OWN = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'stats');

describe('stats table', () => {
  test('stats table: reads CSV with quoted fields, ISO alpha-3 and a scale column', () => {
    const t = loadTable(join(OWN, 'table.csv'));
    expect(t.url).toMatch(/^file:\/\/.*table\.csv$/);
    expect(t.rows).toEqual([
      { indicator: 'gov_debt_pct_gdp', geo: 'BE', period: '2024', value: 104.6, unit: 'percent', source: 'National Bank of Belgium, "Belgostat" table, June 2025' },
      { indicator: 'unemployment_rate', geo: 'BE', period: '2024', value: 5.7, unit: 'percent', source: 'https://example.org/labour-force-2024' },
      { indicator: 'trade_goods_total', geo: 'BE', period: '2024', value: 4.3e9, unit: 'EUR' },
    ]);
  });

  test('stats table: reads JSON rows, Eurostat codes and provider period spellings', () => {
    const t = loadTable(join(OWN, 'table.json'));
    expect(t.rows.map((r) => `${r.indicator} ${r.geo}${r.partner ? `/${r.partner}` : ''} ${r.period} ${r.value}`)).toEqual([
      'inflation GR 2024 3',
      'trade_goods_imports LT/NO 2025-01 150000000',
      'trade_goods_imports LT/NO 2025-02 160000000',
    ]);
    expect([...tableSeries(t, { indicator: 'trade_goods_imports', geo: 'LT', partner: 'NO', unit: 'EUR' }).keys()]).toEqual(['2025-01', '2025-02']);
    expect(tableSeries(t, { indicator: 'trade_goods_imports', geo: 'LT', unit: 'EUR' }).size).toBe(0);
  });

  test.each([
    ['indicator,geo,period,value,unit\nx,BE,2024,abc,percent\n', /line 2: value "abc" is not a number/],
    ['indicator,geo,period,value,unit\nx,BE,last year,1,percent\n', /period "last year"/],
    ['indicator,geo,period,value\nx,BE,2024,1\n', /"unit" is missing/],
    ['indicator,geo,period,value,unit\nx,BE,2024,1,euros\n', /unit "euros"/],
    ['{"rows": 3}', /expected an array of rows/],
    ['', /empty/],
  ])('stats table: rejects a bad table (%#)', (text, message) => {
    expect(() => parseTable(text, 't')).toThrow(ParleyError);
    expect(() => parseTable(text, 't')).toThrow(message);
  });

  test('stats table: a missing file is not_found', () => {
    try {
      loadTable(join(OWN, 'nope.csv'));
      expect.unreachable();
    } catch (err) {
      expect(err instanceof ParleyError && err.code).toBe('not_found');
    }
  });
});
