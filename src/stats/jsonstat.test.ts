import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cells, flatIndex, JsonStatError, parseJsonStat, timeDimension, type JsonStatDataset } from './jsonstat.js';

// Recorded third-party responses, read in place (never copied into the project).
const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'datasets', 'stats-api-fixtures');
const JS = join(SHARED, 'jsonstat-2.0-and-1.x');
const LEGACY = join(SHARED, 'eurostat-wdds-v1.1-legacy');
const OWN = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'stats');
const recorded = existsSync(SHARED);

const read = (dir: string, f: string): string => readFileSync(join(dir, f), 'utf8');
function one(body: string): JsonStatDataset {
  const r = parseJsonStat(body);
  if (r.class !== 'dataset') throw new Error(`expected a dataset, got ${r.class}`);
  return r.datasets[0]!;
}
const at = (ds: JsonStatDataset, coords: Record<string, string>): number | null => ds.value(flatIndex(ds, coords));

describe.skipIf(!recorded)('jsonstat: recorded responses', () => {
  test('jsonstat: reads a 2.0 dataset with roles, notes, units and a dense value array (INE Cantabria)', () => {
    const ds = one(read(JS, 'pyjstat_cantabria.json'));
    expect(ds.ids).toEqual(['Trimestre', 'Sexo', 'Grupo de edad', 'Variables']);
    expect(ds.sizes).toEqual([60, 3, 5, 6]);
    expect(ds.roles.time).toEqual(['Trimestre']);
    expect(ds.note[0]).toMatch(/^Los datos inferiores/);
    expect(ds.dimensions.Variables!.units?.['Población']?.decimals).toBe(1);
    expect(timeDimension(ds)).toBe('Trimestre');
    expect(at(ds, { Trimestre: '2016 - 4', Sexo: 'Ambos sexos', 'Grupo de edad': 'Total', Variables: 'Parados' })).toBe(35.7);
    expect(ds.value(0)).toBeNull();
  });

  test('jsonstat: reads the json-stat.org 2.0 sample with two geo roles (Galicia)', () => {
    const ds = one(read(JS, 'pyjstat_galicia-2.0.json'));
    expect(ds.roles.geo).toEqual(['residence', 'birth']);
    expect(at(ds, { birth: 'T', age: 'T', gender: 'T', time: '2011', residence: 'T' })).toBe(2772928);
    expect(cells(ds, { birth: 'T', age: 'T', gender: 'T', residence: 'T' }).map((c) => [c.coords.time, c.value])).toEqual([
      ['2001', 2695880],
      ['2011', 2772928],
    ]);
  });

  test('jsonstat: reads a 2.0 collection and a 2.0 dimension', () => {
    const col = parseJsonStat(read(JS, 'pyjstat_collection.json'));
    expect(col.class).toBe('collection');
    if (col.class !== 'collection') return;
    expect(col.items.length).toBe(8);
    expect(col.items[0]).toMatchObject({ class: 'dataset', href: 'https://json-stat.org/samples/oecd.json' });
    const dim = parseJsonStat(read(JS, 'pyjstat_dimension.json'));
    expect(dim.class === 'dimension' && dim.dimension.codes).toEqual(['T', 'M', 'F']);
    expect(dim.class === 'dimension' && dim.dimension.labels.F).toBe('female');
  });

  test('jsonstat: reads a 1.x bundle of two datasets with sparse status (OECD, Canada)', () => {
    const r = parseJsonStat(read(JS, 'pyjstat_oecd-canada.json'));
    expect(r.class === 'dataset' && r.datasets.map((d) => d.name)).toEqual(['oecd', 'canada']);
    const oecd = r.class === 'dataset' ? r.datasets[0]! : null;
    expect(oecd!.roles).toEqual({ time: ['year'], geo: ['area'], metric: ['concept'] });
    // "concept" has a label but no index: one category.
    expect(at(oecd!, { area: 'DE', year: '2010' })).toBe(6.757338631);
    const es = flatIndex(oecd!, { area: 'ES', year: '2014' });
    expect([oecd!.value(es), oecd!.status(es)]).toEqual([26.78073067, 'e']);
    const canada = r.class === 'dataset' ? r.datasets[1]! : null;
    // A one-element status array applies to every cell.
    expect(canada!.status(0)).toBe('a');
    expect(canada!.status(119)).toBe('a');
  });

  test('jsonstat: reads 1.x values keyed by index and a "size" shorter than "id" (UK ONS)', () => {
    const ds = one(read(JS, 'pyjstat_QS104EW.json'));
    expect(ds.ids.length).toBe(4);
    expect(ds.sizes).toEqual([1, 3, 1, 1]);
    expect(cells(ds).map((c) => [c.coords.CL_0000035, c.value])).toEqual([
      ['CI_0000121', 56075912],
      ['CI_0000071', 27573376],
      ['CI_0000070', 28502536],
    ]);
    const ons = one(read(JS, 'pyjstat_ons.json'));
    expect(ons.length).toBe(261);
    expect(ons.value(0)).toBe(195074);
  });

  test.each([
    ['pyjstat_statswe.json', 1120],
    ['jsonstatpy_cso_ie-NQQ25.json', 1216],
    ['jsonstatpy_cso_ie-CIA01.json', 8325],
  ])('jsonstat: reads the 1.x response %s (%i cells)', (file, n) => {
    const ds = one(read(JS, file));
    expect(ds.length).toBe(n);
    expect(timeDimension(ds)).not.toBeNull();
    expect(cells(ds, {}, true).length).toBeGreaterThan(0);
  });

  test('jsonstat: reads sizes given as strings (CSO Ireland)', () => {
    const ds = one(read(JS, 'jsonstatpy_cso_ie-CIA01.json'));
    expect(ds.sizes).toEqual([37, 15, 15]);
  });

  test('jsonstat: reads the retired Eurostat wdds v1.1 JSON, with ":" statuses for gaps', () => {
    const ds = one(read(LEGACY, 'eurostat-name_gpd_c-geo_IT_FR.json'));
    expect(ds.name).toBe('nama_gdp_c');
    expect(ds.ids).toEqual(['unit', 'indic_na', 'geo', 'time']);
    expect(at(ds, { geo: 'FR', time: '2013' })).toBe(31300);
    const it1946 = flatIndex(ds, { geo: 'IT', time: '1946' });
    expect([ds.value(it1946), ds.status(it1946)]).toEqual([null, ':']);
    expect(ds.updated).toMatch(/^2015-11-0\dT/);
    const all = one(read(LEGACY, 'eurostat-name_gpd_c.json'));
    expect(all.dimensions.geo!.codes.length).toBe(44);
  });
});

describe('jsonstat: current Eurostat format and errors', () => {
  test('jsonstat: reads sparse value and status objects keyed by flat index', () => {
    const ds = one(readFileSync(join(OWN, 'eurostat', 'gov_10dd_edpt1-GD-PC_GDP-BE.json'), 'utf8'));
    expect(ds.name).toBe('GOV_10DD_EDPT1');
    expect(cells(ds, { geo: 'BE' }).map((c) => `${c.coords.time}=${c.value}${c.status ?? ''}`)).toEqual([
      '2020=111.9',
      '2021=108',
      '2022=102.8',
      '2023=103.1',
      '2024=104.7p',
    ]);
  });

  test.each([
    ['not JSON', '<html>', /not JSON/],
    ['no dataset', '{"foo": 1}', /no dataset found/],
    ['unknown class', '{"class": "table"}', /unknown JSON-stat class/],
    ['undescribed dimension', '{"class":"dataset","id":["a"],"size":[1],"dimension":{},"value":[1]}', /"a" is listed in "id" but not described/],
    ['size contradicts categories', '{"class":"dataset","id":["a"],"size":[2],"dimension":{"a":{"category":{"index":["x"]}}},"value":[1,2]}', /1 categories but size 2/],
    ['dense value of the wrong length', '{"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":["x"]}}},"value":[1,2]}', /2 cells, the dimensions make 1/],
  ])('jsonstat: rejects %s', (_name, body, message) => {
    expect(() => parseJsonStat(body)).toThrow(JsonStatError);
    expect(() => parseJsonStat(body)).toThrow(message);
  });
});
