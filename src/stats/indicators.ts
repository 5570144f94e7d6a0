/**
 * Loads and validates the indicator mapping, lexicon/indicators.json (documented in
 * lexicon/indicators.md). Loading is synchronous and throws an `Error` naming the file and the
 * problem, as the other lexicon loaders do.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AggregateDef, IndicatorDef, IndicatorLexicon, SeriesRef } from './types.js';

// dist/stats/indicators.js and src/stats/indicators.ts both sit two levels below the package root.
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shipped mapping, `<package>/lexicon/indicators.json`. */
export const DEFAULT_INDICATORS_FILE = join(PACKAGE_ROOT, 'lexicon', 'indicators.json');

let defaultLexicon: IndicatorLexicon | undefined;

/**
 * Reads and validates an indicator mapping; the shipped one when `file` is omitted (cached).
 * @example const lexicon = loadIndicators(); lexicon.indicators.map((i) => i.id);
 */
export function loadIndicators(file?: string): IndicatorLexicon {
  if (file === undefined && defaultLexicon) return defaultLexicon;
  const path = file ?? DEFAULT_INDICATORS_FILE;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const lexicon = parseIndicators(json, path);
  if (file === undefined) defaultLexicon = lexicon;
  return lexicon;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const PROVIDERS = new Set(['eurostat', 'worldbank', 'imf']);
const FREQS = new Set(['A', 'Q', 'M']);
const KINDS = new Set(['level', 'change', 'share']);
const COVERAGES = new Set(['eurostat', 'eu_members', 'world']);
const AGGREGATES = new Set(['sum', 'mean', 'last']);

/** Validates a mapping already parsed from JSON; `where` prefixes error messages. */
export function parseIndicators(json: unknown, where = 'indicators.json'): IndicatorLexicon {
  const fail = (path: string, msg: string): never => {
    throw new Error(`${where}: ${path}: ${msg}`);
  };
  if (!isObj(json)) fail('(root)', 'expected an object');
  const root = json as Obj;
  const strings = (v: unknown, path: string): string[] => {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) fail(path, 'expected an array of non-empty strings');
    return v as string[];
  };
  const aggregates: AggregateDef[] = [];
  for (const [i, a] of ((root.aggregates ?? []) as unknown[]).entries()) {
    const p = `aggregates[${i}]`;
    if (!isObj(a) || typeof a.id !== 'string' || typeof a.label !== 'string') fail(p, 'needs "id" and "label" strings');
    const ag = a as Obj;
    const codes = isObj(ag.codes) ? ag.codes : fail(`${p}.codes`, 'expected an object of provider → code');
    for (const [k, v] of Object.entries(codes)) {
      if (!PROVIDERS.has(k) || typeof v !== 'string') fail(`${p}.codes.${k}`, 'expected a provider (eurostat, worldbank, imf) and a string code');
    }
    aggregates.push({ id: ag.id as string, label: ag.label as string, phrases: strings(ag.phrases, `${p}.phrases`), codes: codes as AggregateDef['codes'] });
  }
  if (!Array.isArray(root.indicators) || !root.indicators.length) fail('indicators', 'expected a non-empty array');
  const seen = new Set<string>();
  const indicators: IndicatorDef[] = [];
  for (const [i, d] of (root.indicators as unknown[]).entries()) {
    const p = `indicators[${i}]`;
    if (!isObj(d)) fail(p, 'expected an object');
    const ind = d as Obj;
    if (typeof ind.id !== 'string' || !/^[a-z0-9_]+$/.test(ind.id)) fail(`${p}.id`, 'expected [a-z0-9_]+');
    const id = ind.id as string;
    if (seen.has(id)) fail(`${p}.id`, `"${id}" appears twice`);
    seen.add(id);
    if (typeof ind.label !== 'string') fail(`${p}.label`, 'expected a string');
    if (ind.unit !== 'percent' && ind.unit !== 'currency') fail(`${p}.unit`, 'expected "percent" or "currency"');
    const kinds = strings(ind.kinds, `${p}.kinds`);
    for (const k of kinds) if (!KINDS.has(k)) fail(`${p}.kinds`, `unknown kind "${k}"`);
    if (ind.change !== undefined && ind.change !== 'value' && ind.change !== 'growth') fail(`${p}.change`, 'expected "value" or "growth"');
    if (kinds.includes('change') && ind.change === undefined) fail(`${p}.change`, 'kind "change" needs a "change" rule');
    if (ind.gdp !== undefined && ind.gdp !== 'required' && ind.gdp !== 'forbidden') fail(`${p}.gdp`, 'expected "required" or "forbidden"');
    if (ind.trade !== undefined && !['total', 'exports', 'imports'].includes(ind.trade as string)) fail(`${p}.trade`, 'expected total, exports or imports');
    if (!AGGREGATES.has(ind.aggregate as string)) fail(`${p}.aggregate`, 'expected sum, mean or last');
    const cues = strings(ind.cues, `${p}.cues`);
    const exclude = ind.exclude === undefined ? undefined : strings(ind.exclude, `${p}.exclude`);
    if (!Array.isArray(ind.series) || !ind.series.length) fail(`${p}.series`, 'expected a non-empty array');
    const series: SeriesRef[] = [];
    for (const [j, s] of (ind.series as unknown[]).entries()) {
      const sp = `${p}.series[${j}]`;
      if (!isObj(s)) fail(sp, 'expected an object');
      const sr = s as Obj;
      if (!PROVIDERS.has(sr.provider as string)) fail(`${sp}.provider`, 'expected eurostat, worldbank or imf');
      if (sr.provider === 'eurostat' && typeof sr.dataset !== 'string') fail(`${sp}.dataset`, 'Eurostat series need a dataset code');
      if (sr.provider !== 'eurostat' && typeof sr.code !== 'string') fail(`${sp}.code`, 'World Bank and IMF series need an indicator code');
      const freq = strings(sr.freq, `${sp}.freq`);
      for (const f of freq) if (!FREQS.has(f)) fail(`${sp}.freq`, `unknown frequency "${f}"`);
      if (sr.provider !== 'eurostat' && freq.some((f) => f !== 'A')) fail(`${sp}.freq`, 'World Bank and IMF series are annual here');
      if (typeof sr.unit !== 'string' || !(sr.unit === 'percent' || /^[A-Z]{3}$/.test(sr.unit))) fail(`${sp}.unit`, 'expected "percent" or an ISO 4217 code');
      if ((ind.unit === 'percent') !== (sr.unit === 'percent')) fail(`${sp}.unit`, `does not fit the indicator's unit "${ind.unit as string}"`);
      if (!COVERAGES.has(sr.coverage as string)) fail(`${sp}.coverage`, 'expected eurostat, eu_members or world');
      if (sr.scale !== undefined && (typeof sr.scale !== 'number' || !(sr.scale > 0))) fail(`${sp}.scale`, 'expected a positive number');
      if (sr.sign !== undefined && sr.sign !== 1 && sr.sign !== -1) fail(`${sp}.sign`, 'expected 1 or -1');
      if (sr.filters !== undefined) {
        if (!isObj(sr.filters)) fail(`${sp}.filters`, 'expected an object');
        for (const [k, v] of Object.entries(sr.filters as Obj)) {
          if (typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) fail(`${sp}.filters.${k}`, 'expected a code or a list of codes');
        }
      }
      if (ind.trade !== undefined && (sr.partner_dim === undefined || sr.coverage !== 'eu_members')) {
        fail(sp, 'trade series need "partner_dim" and coverage "eu_members"');
      }
      series.push(sr as unknown as SeriesRef);
    }
    indicators.push({
      id,
      label: ind.label as string,
      unit: ind.unit as IndicatorDef['unit'],
      kinds: kinds as IndicatorDef['kinds'],
      ...(ind.change !== undefined && { change: ind.change as IndicatorDef['change'] & string }),
      ...(ind.gdp !== undefined && { gdp: ind.gdp as 'required' | 'forbidden' }),
      ...(ind.trade !== undefined && { trade: ind.trade as 'total' | 'exports' | 'imports' }),
      cues,
      ...(exclude && { exclude }),
      aggregate: ind.aggregate as IndicatorDef['aggregate'],
      series,
    });
  }
  return {
    version: typeof root.version === 'number' ? root.version : 1,
    not_a_statistic: root.not_a_statistic === undefined ? [] : strings(root.not_a_statistic, 'not_a_statistic'),
    collective: root.collective === undefined ? [] : strings(root.collective, 'collective'),
    aggregates,
    indicators,
  };
}

/** The indicator with this id, or undefined. */
export function indicatorById(lexicon: IndicatorLexicon, id: string): IndicatorDef | undefined {
  return lexicon.indicators.find((i) => i.id === id);
}
