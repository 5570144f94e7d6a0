/**
 * The World Bank Indicators API v2 (https://datahelpdesk.worldbank.org/knowledgebase/articles/898581):
 *
 *   https://api.worldbank.org/v2/country/{iso2|aggregate}/indicator/{code}?format=json&date=2019:2024&per_page=100
 *
 * The answer is a paged envelope `[{page, pages, per_page, total, …}, [row, …]]` with rows
 * `{indicator:{id,value}, country:{id,value}, countryiso3code, date, value, unit, obs_status, decimal}`,
 * or `[{message:[{id, key, value}]}]` for an error. `per_page` comes as a string in some responses.
 */
import { aggregateCode, ISO3, isCountry } from '../geo.js';
import { canonicalPeriod } from '../period.js';
import type { Observation } from '../types.js';
import { parseJsonBody, ProviderResponseError, type ProviderClient } from './common.js';

export const WORLDBANK_API = 'https://api.worldbank.org/v2';

/** One page of a World Bank response. */
export interface WorldBankPage {
  readonly page: number;
  readonly pages: number;
  readonly perPage: number;
  readonly total: number;
  readonly lastUpdated: string | null;
  readonly rows: readonly Record<string, unknown>[];
}

/** Reads the paged envelope (any endpoint); throws ProviderResponseError for an error message. */
export function parseWorldBankPage(body: string | unknown): WorldBankPage {
  const json = typeof body === 'string' ? parseJsonBody(body, 'World Bank') : body;
  if (!Array.isArray(json) || !json.length) throw new ProviderResponseError('World Bank: expected a [meta, rows] array');
  const meta = json[0] as Record<string, unknown>;
  if (meta && Array.isArray(meta.message)) {
    const m = meta.message[0] as Record<string, unknown> | undefined;
    throw new ProviderResponseError(`World Bank: ${[m?.key, m?.value].filter((x) => typeof x === 'string').join(': ') || 'error'}`);
  }
  const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : 0);
  const rows = Array.isArray(json[1]) ? (json[1] as unknown[]).filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
  return {
    page: num(meta?.page),
    pages: num(meta?.pages),
    perPage: num(meta?.per_page),
    total: num(meta?.total),
    lastUpdated: typeof meta?.lastupdated === 'string' ? meta.lastupdated : null,
    rows,
  };
}

function geoCode(geo: string, aggregates: Parameters<ProviderClient['url']>[1]): string | null {
  return isCountry(geo) ? geo : aggregateCode(aggregates, geo, 'worldbank');
}

export const worldbank: ProviderClient = {
  url(q, aggregates) {
    const geo = geoCode(q.geo, aggregates);
    if (!geo || !q.series.code || !q.periods.length) return null;
    const from = q.periods[0]!;
    const to = q.periods[q.periods.length - 1]!;
    return `${WORLDBANK_API}/country/${geo}/indicator/${encodeURIComponent(q.series.code)}?format=json&date=${from}:${to}&per_page=100`;
  },

  page(q, aggregates) {
    const geo = geoCode(q.geo, aggregates);
    if (!q.series.code) return undefined;
    return `https://data.worldbank.org/indicator/${encodeURIComponent(q.series.code)}${geo ? `?locations=${geo}` : ''}`;
  },

  parse(body, q, aggregates) {
    const page = parseWorldBankPage(body);
    const geo = geoCode(q.geo, aggregates);
    const iso3 = isCountry(q.geo) ? ISO3[q.geo] : undefined;
    const out: Observation[] = [];
    for (const r of page.rows) {
      const country = r.country as Record<string, unknown> | undefined;
      const rowGeo = [r.countryiso3code, country?.id].filter((x): x is string => typeof x === 'string' && x !== '');
      // Rows of another country would mean a wrong request; skip them rather than mix countries.
      if (rowGeo.length && !rowGeo.some((g) => g === geo || g === iso3)) continue;
      const value = typeof r.value === 'number' ? r.value : typeof r.value === 'string' && r.value !== '' ? Number(r.value) : null;
      if (value === null || !Number.isFinite(value) || typeof r.date !== 'string') continue;
      const status = typeof r.obs_status === 'string' && r.obs_status ? r.obs_status : undefined;
      out.push({ period: canonicalPeriod(r.date), value, ...(status && { status }) });
    }
    return out.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  },
};
