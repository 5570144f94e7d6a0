/**
 * Eurostat's Statistics API (JSON-stat 2.0), for the main database and for Comext trade data:
 *
 *   {host}/statistics/1.0/data/{dataset}?format=JSON&lang=EN&freq=A&geo=BE&na_item=GD&…&time=2023&time=2024
 *
 * with host `https://ec.europa.eu/eurostat/api/dissemination` or, for Comext datasets (DS-…),
 * `https://ec.europa.eu/eurostat/api/comext/dissemination`
 * (https://wikis.ec.europa.eu/display/EUROSTATHELP/API+Statistics+-+data+query). The response is a
 * JSON-stat 2.0 dataset whose `value` and `status` are sparse objects keyed by flat index.
 * Geography codes are ISO alpha-2 except Greece (EL) and the United Kingdom (UK) in the main
 * database; Comext uses ISO alpha-2 throughout.
 */
import { aggregateCode, eurostatGeo, isCountry } from '../geo.js';
import { cells, parseJsonStat, timeDimension, JsonStatError } from '../jsonstat.js';
import { canonicalPeriod } from '../period.js';
import type { AggregateDef, Observation } from '../types.js';
import { parseJsonBody, ProviderResponseError, type ProviderClient, type SeriesQuery } from './common.js';

export const EUROSTAT_API = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data';
export const COMEXT_API = 'https://ec.europa.eu/eurostat/api/comext/dissemination/statistics/1.0/data';

function geoCode(q: SeriesQuery, code: string, aggregates: readonly AggregateDef[]): string | null {
  if (!isCountry(code)) return aggregateCode(aggregates, code, 'eurostat');
  return q.series.host === 'comext' ? code : eurostatGeo(code);
}

/** The dimension filters of a query, in URL order: freq, geography, partner, the series' filters. */
function dimensionFilters(q: SeriesQuery, aggregates: readonly AggregateDef[]): [string, string[]][] | null {
  const s = q.series;
  const geo = geoCode(q, q.geo, aggregates);
  if (!geo) return null;
  const out: [string, string[]][] = [['freq', [q.freq]], [s.geo_dim ?? 'geo', [geo]]];
  if (s.partner_dim) {
    if (!q.partner) return null;
    // Comext names partners with ISO alpha-2 codes (GR, GB); the main database does not have partners here.
    out.push([s.partner_dim, [q.partner]]);
  }
  for (const [k, v] of Object.entries(s.filters ?? {})) out.push([k, typeof v === 'string' ? [v] : [...v]]);
  return out;
}

export const eurostat: ProviderClient = {
  url(q, aggregates) {
    const s = q.series;
    const filters = dimensionFilters(q, aggregates);
    if (!filters || !s.dataset) return null;
    const params = new URLSearchParams({ format: 'JSON', lang: 'EN' });
    for (const [k, vs] of filters) for (const v of vs) params.append(k, v);
    for (const p of q.periods) params.append('time', p);
    return `${s.host === 'comext' ? COMEXT_API : EUROSTAT_API}/${encodeURIComponent(s.dataset)}?${params.toString()}`;
  },

  page(q) {
    const d = q.series.dataset;
    if (!d) return undefined;
    return `https://ec.europa.eu/eurostat/databrowser/view/${encodeURIComponent(d)}/default/table?lang=en`;
  },

  parse(body, q, aggregates) {
    const json = parseJsonBody(body, 'Eurostat');
    const err = eurostatError(json);
    if (err) throw new ProviderResponseError(`Eurostat: ${err}`);
    let res;
    try {
      res = parseJsonStat(json);
    } catch (e) {
      throw new ProviderResponseError(`Eurostat: ${e instanceof JsonStatError ? e.message : String(e)}`);
    }
    if (res.class !== 'dataset' || !res.datasets[0]) throw new ProviderResponseError(`Eurostat: expected a dataset, got a ${res.class}`);
    const ds = res.datasets[0];
    const time = timeDimension(ds);
    if (!time) throw new ProviderResponseError('Eurostat: the dataset has no time dimension');
    const filters = dimensionFilters(q, aggregates) ?? [];
    const filter: Record<string, string[]> = {};
    for (const [k, vs] of filters) if (ds.dimensions[k]) filter[k] = vs;
    const byPeriod = new Map<string, { sum: number; missing: boolean; flags: Set<string> }>();
    for (const c of cells(ds, filter)) {
      const period = canonicalPeriod(c.coords[time]!);
      const acc = byPeriod.get(period) ?? { sum: 0, missing: false, flags: new Set<string>() };
      // Cells that differ only in a summed dimension (imports, exports) add up; a gap spoils the sum.
      if (c.value === null) acc.missing = true;
      else acc.sum += c.value;
      if (c.status) acc.flags.add(c.status);
      byPeriod.set(period, acc);
    }
    const out: Observation[] = [];
    for (const [period, a] of byPeriod) {
      if (a.missing) continue;
      out.push({ period, value: round(a.sum), ...(a.flags.size && { status: [...a.flags].join('') }) });
    }
    return out.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  },
};

/** Removes floating-point noise from sums of published decimals. */
function round(v: number): number {
  return Number.parseFloat(v.toPrecision(12));
}

/** The label of an Eurostat error or warning body, or null when the body is data. */
export function eurostatError(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if ('value' in o && 'dimension' in o) return null;
  for (const key of ['error', 'warning']) {
    const e = o[key];
    const list = Array.isArray(e) ? e : e ? [e] : [];
    for (const x of list) {
      if (typeof x === 'object' && x !== null) {
        const r = x as Record<string, unknown>;
        const label = typeof r.label === 'string' ? r.label : typeof r.message === 'string' ? r.message : null;
        if (label) return `${r.status ? `${String(r.status)} ` : ''}${label}`;
      }
    }
    if (typeof e === 'string') return e;
  }
  return null;
}
