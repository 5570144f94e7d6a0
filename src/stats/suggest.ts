/**
 * Suggestions: compare a matched quantity with the official figure and say whether they are
 * consistent, close or inconsistent — or that there is no data. A suggestion for the reviewer,
 * never a verdict. The tolerance rules (docs/stats.md, "Tolerance") are in `judge`.
 */
import type { Approx, Doc, Quantity } from '../doc.js';
import { countryName, isCountry } from './geo.js';
import { describeSeries } from './match.js';
import { formatPeriod, parsePeriod, subPeriods, yearBefore, yearOf, type Period } from './period.js';
import type { ProviderClient, SeriesQuery } from './providers/common.js';
import { ProviderResponseError } from './providers/common.js';
import { eurostat } from './providers/eurostat.js';
import { imf } from './providers/imf.js';
import { tableSeries, type StatsTable } from './providers/table.js';
import { worldbank } from './providers/worldbank.js';
import type { StatsSession } from './retrieve.js';
import type { Aggregate, Freq, IndicatorDef, IndicatorLexicon, Match, Official, SeriesRef, Status, Suggestion } from './types.js';

export const CLIENTS: Readonly<Record<SeriesRef['provider'], ProviderClient>> = { eurostat, worldbank, imf };

// ---------------------------------------------------------------------------
// Tolerance

/**
 * Half a unit of the last significant digit of a number as stated: 104.7 → 0.05, 643e9 → 0.5e9,
 * 30 → 5, 4 → 0.5. Trailing zeros of whole numbers are taken as rounding ("€16 billion" is ±0.5
 * billion), so "1,000" allows ±500.
 */
export function roundingHalfUnit(v: number): number {
  // Twelve significant digits drop the noise of values computed as 1.5888 × 1e12.
  const a = Number(Math.abs(v).toPrecision(12));
  if (a === 0 || !Number.isFinite(a)) return 0;
  if (Number.isInteger(a) && a < Number.MAX_SAFE_INTEGER) {
    let p = 0;
    let n = a;
    while (n % 10 === 0) {
      n /= 10;
      p++;
    }
    return 0.5 * 10 ** p;
  }
  const s = String(a);
  const dot = s.indexOf('.');
  if (s.includes('e') || dot < 0) return 0.5 * 10 ** Math.floor(Math.log10(a));
  return 0.5 * 10 ** -(s.length - dot - 1);
}

/** Relative band of "close" (and of "about"), and the same band in percentage points for percentages. */
export const TOLERANCE = {
  /** Close: within 5% of the official value… */
  close: 0.05,
  /** …or, for percentages, within half a percentage point. */
  closePoints: 0.5,
  /** "about": consistent within 5% of the stated value (or rounding, when larger)… */
  about: 0.05,
  /** …and close within 15% (or one percentage point). */
  aboutClose: 0.15,
  aboutClosePoints: 1,
} as const;

export interface Judgement {
  readonly status: Exclude<Status, 'no_data'>;
  readonly relative_difference: number | null;
  readonly explanation: string;
}

/**
 * Compares a stated value with an official one, allowing for the digits stated and the approx
 * qualifier ("over", "about"…).
 * @example judge(4.4, 'exact', 4.43, 'percent').status // 'consistent'
 */
export function judge(stated: number, approx: Approx, official: number, unit: string): Judgement {
  const r = roundingHalfUnit(stated);
  const diff = stated - official;
  const rel = official !== 0 ? round4(diff / Math.abs(official)) : null;
  const pct = unit === 'percent';
  const s = fmt(stated, unit);
  const o = fmt(official, unit);
  const by = rel === null ? `${fmt(Math.abs(diff), unit)}` : `${rel > 0 ? '+' : ''}${(rel * 100).toFixed(1)}%`;
  const near = (band: number, points: number): boolean => (rel !== null && Math.abs(rel) <= band) || (pct && Math.abs(diff) <= points);
  const tol = 1e-9 * Math.max(1, Math.abs(stated));
  const closeOr = (why: string): Judgement =>
    near(TOLERANCE.close, TOLERANCE.closePoints)
      ? { status: 'close', relative_difference: rel, explanation: `${why}; the difference (${by}) is small` }
      : { status: 'inconsistent', relative_difference: rel, explanation: `${why}; the difference is ${by}` };
  switch (approx) {
    case 'over':
    case 'at_least':
      if (official >= stated - r - tol) {
        return { status: 'consistent', relative_difference: rel, explanation: `the official ${o} is ${official >= stated ? 'at or above' : 'within rounding of'} the stated "${approx === 'over' ? 'more than' : 'at least'} ${s}"` };
      }
      return closeOr(`the official ${o} is below the stated "${approx === 'over' ? 'more than' : 'at least'} ${s}"`);
    case 'under':
    case 'up_to':
      if (official <= stated + r + tol) {
        return { status: 'consistent', relative_difference: rel, explanation: `the official ${o} is ${official <= stated ? 'at or below' : 'within rounding of'} the stated "${approx === 'under' ? 'less than' : 'up to'} ${s}"` };
      }
      return closeOr(`the official ${o} is above the stated "${approx === 'under' ? 'less than' : 'up to'} ${s}"`);
    case 'about': {
      if (Math.abs(diff) <= Math.max(r, TOLERANCE.about * Math.abs(stated)) + tol) {
        return { status: 'consistent', relative_difference: rel, explanation: `the official ${o} is close to the stated "about ${s}"` };
      }
      if (near(TOLERANCE.aboutClose, TOLERANCE.aboutClosePoints)) {
        return { status: 'close', relative_difference: rel, explanation: `the official ${o} is near the stated "about ${s}" (${by})` };
      }
      return { status: 'inconsistent', relative_difference: rel, explanation: `the official ${o} is far from the stated "about ${s}" (${by})` };
    }
    case 'exact':
      if (Math.abs(diff) <= r + tol) {
        return {
          status: 'consistent',
          relative_difference: rel,
          explanation: diff === 0 ? `the official ${o} matches the stated ${s}` : `the official ${o} rounds to the stated ${s}`,
        };
      }
      return closeOr(`the official ${o} does not round to the stated ${s}`);
  }
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "4.4%", "EUR 643.6 billion", "USD 916 billion". */
export function fmt(v: number, unit: string): string {
  const num = (x: number): string => String(Number.parseFloat(x.toPrecision(4)));
  if (unit === 'percent') return `${num(v)}%`;
  for (const [f, w] of SCALES) if (Math.abs(v) >= f) return `${unit} ${num(v / f)} ${w}`;
  return `${unit} ${num(v)}`;
}

// ---------------------------------------------------------------------------
// Finding the official value

interface Found {
  /** The series the value came from (absent for the local table). */
  readonly ref?: SeriesRef;
  readonly value: number;
  readonly unit: string;
  readonly period: string;
  readonly flags: string[];
  readonly series: string;
  readonly provider: Official['provider'];
  readonly url: string;
  readonly page?: string;
  readonly retrievedAt: string;
  readonly cached: boolean;
  /** Said when the period is not the one asked for. */
  readonly fallback?: string;
}

type Lookup = (period: string) => { value: number; status?: string } | undefined;

function aggregate(values: number[], how: Aggregate): number {
  if (how === 'sum') return values.reduce((a, b) => a + b, 0);
  if (how === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  return values[values.length - 1]!;
}

/** The value of a period: as published, or built from its quarters or months when all are there. */
function valueAt(get: Lookup, p: Period, how: Aggregate): { value: number; flags: string[] } | null {
  const direct = get(formatPeriod(p));
  if (direct) return { value: direct.value, flags: direct.status ? [direct.status] : [] };
  for (const f of ['Q', 'M'] as Freq[]) {
    const subs = subPeriods(p, f);
    if (!subs || subs.length < 2) continue;
    const got = subs.map(get);
    if (got.every((x) => x !== undefined)) {
      const flags = got.flatMap((x) => (x!.status ? [x!.status] : []));
      return { value: aggregate(got.map((x) => x!.value), how), flags: [...new Set(flags)] };
    }
  }
  return null;
}

/** Periods to ask a provider for, in the series' frequency. */
function periodsToAsk(target: Period | null, latestYear: number, freq: Freq, growth: boolean, fallback: boolean): string[] {
  if (!target) {
    const out: string[] = [];
    for (let y = latestYear - 5; y <= latestYear; y++) out.push(...(subPeriods({ year: y, freq: 'A', n: 0 }, freq) ?? []));
    return out;
  }
  const first = fallback ? { ...target, year: target.year - 4 } : growth ? yearBefore(target) : target;
  const out: string[] = [];
  for (let y = first.year; y <= target.year; y++) {
    out.push(...(subPeriods({ ...target, year: y }, freq) ?? []));
  }
  return out;
}

interface Ask {
  readonly match: Match;
  readonly indicator: IndicatorDef;
  readonly stated: Quantity;
  readonly latestYear: number;
}

/** The official value from one series, or why there is none. */
async function fromSeries(series: SeriesRef, ask: Ask, session: StatsSession, lexicon: IndicatorLexicon): Promise<Found | { miss: string }> {
  const { match } = ask;
  const target = match.period === 'latest' ? null : parsePeriod(match.period);
  const growth = match.compare === 'growth';
  const usable: Freq[] = target ? (target.freq === 'A' ? ['A', 'Q', 'M'] : target.freq === 'M' ? ['M'] : ['Q', 'M']) : ['A'];
  const freq = usable.find((f) => series.freq.includes(f)) ?? series.freq[0]!;
  const q: SeriesQuery = {
    series,
    geo: match.geo,
    ...(match.partner && { partner: match.partner }),
    freq,
    periods: periodsToAsk(target, ask.latestYear, freq, growth, match.period_source === 'publication'),
  };
  const client = CLIENTS[series.provider];
  const name = describeSeries(series);
  const url = client.url(q, lexicon.aggregates);
  if (!url) return { miss: `${name} has no code for ${isCountry(match.geo) ? countryName(match.geo) : match.geo}` };
  const got = await session.get(series.provider, url);
  if ('error' in got) return { miss: got.error };
  let obs;
  try {
    obs = client.parse(got.body, q, lexicon.aggregates);
  } catch (err) {
    if (err instanceof ProviderResponseError) return { miss: err.message };
    throw err;
  }
  const map = new Map(obs.map((o) => [o.period, o]));
  const found = pick((p) => map.get(p), ask, series.unit, series.scale ?? 1, series.sign ?? 1);
  if ('miss' in found) return { miss: `${name}: ${found.miss}` };
  // A value of a forecasting series for the year of publication or later is a forecast: say so.
  if (series.projections && Number(found.period.slice(0, 4)) >= ask.latestYear && !found.flags.includes('f')) found.flags.push('f');
  const page = client.page(q, lexicon.aggregates);
  return {
    ...found,
    ref: series,
    series: series.dataset ?? series.code ?? '',
    provider: series.provider,
    url,
    ...(page && { page }),
    retrievedAt: got.retrievedAt,
    cached: got.cached,
  };
}

/** The official value from the user's table, or why there is none. */
function fromTable(table: StatsTable, ask: Ask): Found | { miss: string } {
  const growth = ask.match.compare === 'growth';
  const rows = tableSeries(table, {
    indicator: ask.match.indicator,
    geo: ask.match.geo,
    ...(ask.match.partner && { partner: ask.match.partner }),
    unit: growth ? null : ask.stated.unit,
  });
  if (!rows.size) return { miss: 'the local table has no rows for it' };
  const unit = [...rows.values()][0]!.unit;
  const found = pick((p) => rows.get(p), ask, unit, 1, 1);
  if ('miss' in found) return { miss: `the local table: ${found.miss}` };
  const sources = [...new Set([...rows.values()].filter((r) => r.period === found.period).map((r) => r.source).filter(Boolean))];
  return {
    ...found,
    series: ask.match.indicator,
    provider: 'table',
    url: sources[0] && /^https?:\/\//.test(sources[0]) ? sources[0] : table.url,
    ...(sources[0] && !/^https?:\/\//.test(sources[0]) && { page: sources[0] }),
    retrievedAt: table.retrievedAt,
    cached: false,
  };
}

/** Chooses the period and computes the official value (scaled, signed, or as growth). */
function pick(
  get: Lookup,
  ask: Ask,
  unit: string,
  scale: number,
  sign: 1 | -1,
): Omit<Found, 'ref' | 'series' | 'provider' | 'url' | 'page' | 'retrievedAt' | 'cached'> | { miss: string } {
  const { match, indicator } = ask;
  const growth = match.compare === 'growth';
  const compute = (p: Period): { value: number; flags: string[] } | null => {
    const v = valueAt(get, p, indicator.aggregate);
    if (!v) return null;
    if (!growth) return { value: v.value * scale * sign, flags: v.flags };
    const before = valueAt(get, yearBefore(p), indicator.aggregate);
    if (!before || before.value === 0) return null;
    return { value: round4((v.value / before.value - 1) * 100), flags: [...new Set([...v.flags, ...before.flags])] };
  };
  const outUnit = growth ? 'percent' : unit;
  if (match.period === 'latest') {
    for (let y = ask.latestYear; y >= ask.latestYear - 5; y--) {
      const p: Period = { year: y, freq: 'A', n: 0 };
      const v = compute(p);
      if (v) return { ...v, unit: outUnit, period: String(y), fallback: `the latest available is ${y}` };
    }
    return { miss: 'no recent value' };
  }
  const target = parsePeriod(match.period)!;
  const v = compute(target);
  if (v) return { ...v, unit: outUnit, period: match.period };
  if (match.period_source === 'publication' && target.freq === 'A') {
    for (let y = target.year - 1; y >= target.year - 4; y--) {
      const w = compute({ ...target, year: y });
      if (w) return { ...w, unit: outUnit, period: String(y), fallback: `no value for ${target.year} yet; ${y} is the latest before it` };
    }
  }
  return { miss: `no value for ${match.period}${growth ? ' and the period before' : ''}` };
}

// ---------------------------------------------------------------------------
// The suggestion

export interface SuggestContext {
  readonly session: StatsSession;
  readonly lexicon: IndicatorLexicon;
  readonly table?: StatsTable | null;
}

/**
 * The suggestion for one matched quantity: tries the local table, then each series of the match
 * in order, and compares the first official value found.
 * @example const s = await suggest(doc, 3, match, { session, lexicon }); s.status
 */
export async function suggest(doc: Doc, index: number, match: Match, ctx: SuggestContext): Promise<Suggestion> {
  const stated = doc.quantities?.[index];
  if (!stated) throw new Error(`suggest: doc has no quantity ${index}`);
  const indicator = ctx.lexicon.indicators.find((i) => i.id === match.indicator);
  if (!indicator) throw new Error(`suggest: unknown indicator ${match.indicator}`);
  // Without a period, "latest" means up to the year of publication (or this year).
  const latestYear = yearOf(doc.meta.published) ?? yearOf(ctx.session.nowIso())!;
  const ask: Ask = { match, indicator, stated, latestYear };
  const misses: string[] = [];
  let found: Found | null = null;
  if (ctx.table) {
    const t = fromTable(ctx.table, ask);
    if ('miss' in t) misses.push(t.miss);
    else found = t;
  }
  for (const s of match.series) {
    if (found) break;
    const r = await fromSeries(s, ask, ctx.session, ctx.lexicon);
    if ('miss' in r) misses.push(r.miss);
    else found = r;
  }
  if (!found) {
    return { status: 'no_data', official: null, relative_difference: null, explanation: `no official value: ${misses.join('; ')}` };
  }
  const official: Official = {
    value: found.value,
    unit: found.unit,
    period: found.period,
    provider: found.provider,
    series: found.series,
    source_url: found.url,
    ...(found.page && { page_url: found.page }),
    retrieved_at: found.retrievedAt,
    cached: found.cached,
    ...(found.flags.length && { flags: found.flags }),
  };
  const pre = [
    `${found.ref ? describeSeries(found.ref) : 'local table'} ${found.period}${flagText(found.flags)}`,
    ...(found.fallback ? [found.fallback] : []),
  ].join('; ');
  if (match.compare === 'growth') {
    const size = stated.value;
    const signed = match.direction === 'down' ? -size : size;
    if (match.direction && Math.sign(found.value) !== 0 && Math.sign(found.value) !== Math.sign(signed)) {
      return {
        status: 'inconsistent',
        official,
        relative_difference: round4((signed - found.value) / Math.abs(found.value)),
        explanation: `${pre}: the official figures show ${found.value > 0 ? 'a rise' : 'a fall'} of ${fmt(Math.abs(found.value), 'percent')}, the text ${match.direction === 'down' ? 'a fall' : 'a rise'}`,
      };
    }
    const j = judge(match.direction ? signed : size, stated.approx, match.direction ? found.value : Math.abs(found.value), 'percent');
    return { status: j.status, official, relative_difference: j.relative_difference, explanation: `${pre}: change over the year before; ${j.explanation}${match.direction ? '' : ' (direction not stated: sizes compared)'}` };
  }
  const j = judge(stated.value, stated.approx, found.value, found.unit);
  return { status: j.status, official, relative_difference: j.relative_difference, explanation: `${pre}: ${j.explanation}` };
}

function flagText(flags: readonly string[]): string {
  const names: Record<string, string> = { p: 'provisional', e: 'estimated', b: 'break in series', f: 'forecast', d: 'definition differs', u: 'low reliability', c: 'confidential' };
  const words = [...new Set(flags.flatMap((f) => f.split('')).map((c) => names[c]).filter(Boolean))];
  return words.length ? ` (${words.join(', ')})` : '';
}
