/**
 * The statistics check: for each quantity of an analysed interview, a match with an official
 * indicator (lexicon/indicators.json) and a suggestion — consistent, close, inconsistent or no data —
 * with the official value and its source. See docs/stats.md.
 *
 * @example
 * import { checkDoc } from './stats/index.js';
 * const report = await checkDoc(doc, { offline: true });
 * for (const c of report.checks) if (c.suggestion) console.log(c.text, c.suggestion.status);
 */
import type { Doc } from '../doc.js';
import { DiskCache, type StatsCache } from './cache.js';
import { loadIndicators } from './indicators.js';
import { matchQuantity } from './match.js';
import type { StatsTable } from './providers/table.js';
import { StatsSession } from './retrieve.js';
import { suggest } from './suggest.js';
import { CHECK_SCHEMA, type CheckReport, type Fetcher, type IndicatorLexicon, type ProviderId, type QuantityCheck } from './types.js';

export interface CheckOptions {
  /** The indicator mapping; default lexicon/indicators.json. */
  readonly lexicon?: IndicatorLexicon;
  /** Providers to use, in order of preference (the local table is always first when given). */
  readonly providers?: readonly ProviderId[];
  /** Use cached responses only. */
  readonly offline?: boolean;
  /** Gets URLs; default none (cache only). The CLI passes the project's safe fetch. */
  readonly fetcher?: Fetcher | null;
  /** Default: the on-disk cache under the parley data dir; null for none. */
  readonly cache?: StatsCache | null;
  /** Official figures the user supplies (`--table`). */
  readonly table?: StatsTable | null;
  /** Only these quantity indexes (default all). */
  readonly quantities?: readonly number[];
  /** Clock, for tests. */
  readonly now?: () => Date;
}

/**
 * Checks every quantity of `doc` (or those listed): match, then fetch or read the cache, then
 * compare. Never throws for network trouble: that becomes `no_data` and a line in `notes`.
 */
export async function checkDoc(doc: Doc, options: CheckOptions = {}): Promise<CheckReport> {
  const lexicon = options.lexicon ?? loadIndicators();
  const session = new StatsSession({
    offline: options.offline ?? false,
    fetcher: options.fetcher ?? null,
    cache: options.cache === undefined ? new DiskCache() : options.cache,
    ...(options.now && { now: options.now }),
  });
  const quantities = doc.quantities ?? [];
  const which = options.quantities ?? quantities.map((_, i) => i);
  const checks: QuantityCheck[] = [];
  for (const i of which) {
    const q = quantities[i];
    if (!q) continue;
    const match = matchQuantity(doc, i, {
      lexicon,
      ...(options.providers && { providers: options.providers.filter((p) => p !== 'table') }),
    });
    const suggestion = match.ok ? await suggest(doc, i, match.match, { session, lexicon, table: options.table ?? null }) : null;
    checks.push({ quantity: i, text: doc.text.slice(q.start, q.end), match, suggestion });
  }
  if (session.offline) {
    const missing = checks.filter((c) => c.suggestion?.status === 'no_data' && /not in the cache/.test(c.suggestion.explanation)).length;
    if (missing) session.note(`offline: ${missing} quantit${missing === 1 ? 'y needs' : 'ies need'} responses that are not in the cache`);
  }
  return { schema: CHECK_SCHEMA, source: doc.source.uri, checks, notes: session.notes };
}

export { matchQuantity, describeSeries, phrasePattern, type MatchOptions } from './match.js';
export { suggest, judge, roundingHalfUnit, TOLERANCE, type SuggestContext } from './suggest.js';
export { loadIndicators, parseIndicators, DEFAULT_INDICATORS_FILE } from './indicators.js';
export { DiskCache, MemoryCache, dataDir, defaultCacheDir, cacheKey, type CacheEntry, type StatsCache } from './cache.js';
export { StatsSession } from './retrieve.js';
export { loadTable, parseTable, type StatsTable, type TableRow } from './providers/table.js';
export { parseJsonStat, cells, flatIndex, type JsonStatDataset, type JsonStatResponse } from './jsonstat.js';
export * from './types.js';
