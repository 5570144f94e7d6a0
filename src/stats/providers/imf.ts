/**
 * The IMF DataMapper API (https://www.imf.org/external/datamapper/api/help):
 *
 *   https://www.imf.org/external/datamapper/api/v1/{indicator}/{ISO3}?periods=2023,2024
 *
 * answers `{"values": {"<indicator>": {"<ISO3>": {"2023": 105.2, …}}}, "api": {…}}`; a series it
 * does not have comes back without `values`. DataMapper carries the World Economic Outlook, so
 * annual series run to five years ahead (forecasts).
 *
 * `parseImfCompactData` reads the retired SDMX-JSON service (dataservices.imf.org, CompactData) that
 * older clients recorded; parley does not query it, but the reader documents the format and keeps
 * recorded responses usable.
 */
import { aggregateCode, imfGeo, isCountry } from '../geo.js';
import { canonicalPeriod } from '../period.js';
import type { AggregateDef, Observation } from '../types.js';
import { parseJsonBody, ProviderResponseError, type ProviderClient } from './common.js';

export const IMF_DATAMAPPER_API = 'https://www.imf.org/external/datamapper/api/v1';

function geoCode(geo: string, aggregates: readonly AggregateDef[]): string | null {
  return isCountry(geo) ? imfGeo(geo) : aggregateCode(aggregates, geo, 'imf');
}

export const imf: ProviderClient = {
  url(q, aggregates) {
    const geo = geoCode(q.geo, aggregates);
    if (!geo || !q.series.code) return null;
    const periods = q.periods.length ? `?periods=${q.periods.join(',')}` : '';
    return `${IMF_DATAMAPPER_API}/${encodeURIComponent(q.series.code)}/${geo}${periods}`;
  },

  page(q, aggregates) {
    const geo = geoCode(q.geo, aggregates);
    if (!q.series.code) return undefined;
    return `https://www.imf.org/external/datamapper/${encodeURIComponent(q.series.code)}${geo ? `/${geo}` : ''}`;
  },

  parse(body, q, aggregates) {
    const json = parseJsonBody(body, 'IMF DataMapper');
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ProviderResponseError('IMF DataMapper: expected an object');
    const o = json as Record<string, unknown>;
    if (typeof o.error === 'string' || (typeof o.error === 'object' && o.error !== null)) {
      throw new ProviderResponseError(`IMF DataMapper: ${typeof o.error === 'string' ? o.error : JSON.stringify(o.error)}`);
    }
    const values = o.values as Record<string, Record<string, Record<string, unknown>>> | undefined;
    if (values === undefined) return [];
    if (typeof values !== 'object' || values === null) throw new ProviderResponseError('IMF DataMapper: "values" is not an object');
    const code = q.series.code ?? '';
    const geo = geoCode(q.geo, aggregates) ?? '';
    const series = values[code]?.[geo];
    if (!series) return [];
    const out: Observation[] = [];
    for (const [year, v] of Object.entries(series)) {
      const value = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : null;
      if (value === null || !Number.isFinite(value)) continue;
      out.push({ period: canonicalPeriod(year), value });
    }
    return out.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  },
};

/** One series of an SDMX-JSON CompactData message. */
export interface ImfCompactSeries {
  /** The series attributes without "@": FREQ, REF_AREA, INDICATOR, UNIT_MULT, TIME_FORMAT… */
  readonly attributes: Readonly<Record<string, string>>;
  readonly observations: readonly Observation[];
}

/**
 * Reads a CompactData message of the retired IMF SDMX-JSON service: the body itself, or a recorded
 * wrapper `{status_code, content}`. `Series` and `Obs` may each be one object or a list; a dataset
 * without `Series` is empty. An error status or a non-JSON body throws ProviderResponseError with
 * the page's title.
 */
export function parseImfCompactData(input: string | unknown): { dataset: string | null; series: ImfCompactSeries[] } {
  let json: unknown = typeof input === 'string' ? parseJsonBody(input, 'IMF') : input;
  if (typeof json === 'object' && json !== null && 'status_code' in json && 'content' in json) {
    const w = json as { status_code: unknown; content: unknown };
    const content = typeof w.content === 'string' ? w.content : '';
    if (w.status_code !== 200) throw new ProviderResponseError(`IMF: HTTP ${String(w.status_code)}: ${errorText(content)}`);
    json = parseJsonBody(content, 'IMF');
  }
  const root = (json as Record<string, unknown> | null)?.CompactData as Record<string, unknown> | undefined;
  if (!root) throw new ProviderResponseError('IMF: expected a CompactData message');
  const header = root.Header as Record<string, unknown> | undefined;
  const ds = (root.DataSet ?? {}) as Record<string, unknown>;
  const rawSeries = ds.Series === undefined ? [] : Array.isArray(ds.Series) ? ds.Series : [ds.Series];
  const series: ImfCompactSeries[] = [];
  for (const s of rawSeries as Record<string, unknown>[]) {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(s)) if (k.startsWith('@') && typeof v === 'string') attributes[k.slice(1)] = v;
    const rawObs = s.Obs === undefined ? [] : Array.isArray(s.Obs) ? s.Obs : [s.Obs];
    const observations: Observation[] = [];
    for (const ob of rawObs as Record<string, unknown>[]) {
      const period = ob['@TIME_PERIOD'];
      const value = Number(ob['@OBS_VALUE']);
      if (typeof period !== 'string' || ob['@OBS_VALUE'] === undefined || !Number.isFinite(value)) continue;
      observations.push({ period: canonicalPeriod(period), value });
    }
    series.push({ attributes, observations });
  }
  return { dataset: typeof header?.DataSetID === 'string' ? header.DataSetID : null, series };
}

/** The title or first heading of an HTML/XML error page, or its first words. */
function errorText(body: string): string {
  const m = /<title>([^<]*)<\/title>/i.exec(body) ?? /<h[12][^>]*>([^<]*)<\/h[12]>/i.exec(body);
  return (m ? m[1]! : body.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim().slice(0, 120);
}
