import { describe, expect, test } from 'vitest';
import { loadIndicators } from './indicators.js';
import { eurostatGeo, imfGeo, roleCountries, scanGeo, toIso2 } from './geo.js';

const aggregates = loadIndicators().aggregates;
const found = (text: string): string[] => scanGeo(text, 0, text.length, aggregates).map((g) => `${g.text}=${g.code}/${g.how}`);

describe('stats geo', () => {
  test.each([
    ["Belgium's debt", ['Belgium=BE/name']],
    ['Belgian and Russian firms', ['Belgian=BE/demonym', 'Russian=RU/demonym']],
    ['Brussels lags behind', ['Brussels=BE/capital']],
    ['Russia-Belgium trade', ['Russia=RU/name', 'Belgium=BE/name']],
    ['a Russia-based company', []],
    ['trade with Latin America', []],
    ['unemployment in the euro area and the EU', ['euro area=EA/aggregate', 'EU=EU/aggregate']],
    ['the US and us', ['US=US/name']],
  ])('stats geo: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('stats geo: provider codes', () => {
    expect([eurostatGeo('GR'), eurostatGeo('GB'), eurostatGeo('BE')]).toEqual(['EL', 'UK', 'BE']);
    expect([imfGeo('BE'), imfGeo('XK')]).toEqual(['BEL', 'UVK']);
    expect([toIso2('EL'), toIso2('BEL'), toIso2('be'), toIso2('XYZ')]).toEqual(['GR', 'BE', 'BE', null]);
  });

  test('stats geo: the countries of a role', () => {
    expect(roleCountries('Ambassador of Russia to Belgium')).toEqual({ of: 'RU', to: 'BE' });
    expect(roleCountries('Deputy Foreign Minister of Belarus')).toEqual({ of: 'BY' });
    expect(roleCountries('Belgian Foreign Minister')).toEqual({ of: 'BE' });
    expect(roleCountries(null)).toEqual({});
  });
});
