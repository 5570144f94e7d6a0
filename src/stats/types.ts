/**
 * Types of the statistics check: the indicator lexicon (lexicon/indicators.json), provider series,
 * observations, matches and suggestions. Plain JSON-safe data, no classes.
 */
import type { QuantityKind } from '../doc.js';

/** A statistics source parley can query. `table` is a CSV or JSON file the user supplies. */
export type ProviderId = 'eurostat' | 'worldbank' | 'imf' | 'table';
export const PROVIDERS: readonly ProviderId[] = ['eurostat', 'worldbank', 'imf', 'table'];

/** Observation frequency: annual, quarterly, monthly. */
export type Freq = 'A' | 'Q' | 'M';

/** Which geographies a series covers. */
export type Coverage =
  /** EU members, EFTA and candidate countries, and the EU/euro-area aggregates (Eurostat's usual set). */
  | 'eurostat'
  /** Reporter must be an EU member state (Comext trade). */
  | 'eu_members'
  /** Every country. */
  | 'world';

/** One provider's series for an indicator, as written in lexicon/indicators.json. */
export interface SeriesRef {
  readonly provider: Exclude<ProviderId, 'table'>;
  /** Eurostat dataset code ("gov_10dd_edpt1", "DS-045409"). */
  readonly dataset?: string;
  /** Eurostat host: the main dissemination API (default) or the Comext one. */
  readonly host?: 'dissemination' | 'comext';
  /** World Bank or IMF DataMapper indicator code ("MS.MIL.XPND.GD.ZS", "GGXWDG_NGDP"). */
  readonly code?: string;
  /** Eurostat dimension filters; an array asks for several codes (their values are summed over `sum_over`). */
  readonly filters?: Readonly<Record<string, string | readonly string[]>>;
  /** Eurostat dimension holding the country (default "geo"; "reporter" in Comext). */
  readonly geo_dim?: string;
  /** Eurostat dimension holding the partner country of a bilateral flow. */
  readonly partner_dim?: string;
  /** Dimensions whose values are added up (total trade = imports + exports). */
  readonly sum_over?: readonly string[];
  /** Frequencies the series has. */
  readonly freq: readonly Freq[];
  /** Unit of the official value after `scale`: "percent", or an ISO 4217 code. */
  readonly unit: string;
  /** Multiplier from the published figure to base units (MIO_EUR → 1e6). Default 1. */
  readonly scale?: number;
  /** -1 when the published sign is the opposite of the stated one (a deficit is negative net lending). */
  readonly sign?: 1 | -1;
  readonly coverage: Coverage;
  /** Has forecasts beyond the last complete year (IMF World Economic Outlook). */
  readonly projections?: boolean;
  /** One line on what the series is and how it differs from the concept. */
  readonly note?: string;
}

/** How a quantity of kind `change` is compared with an indicator. */
export type ChangeRule =
  /** The indicator is itself a rate of change (inflation, GDP growth): compare the values. */
  | 'value'
  /** The indicator is a level: compare with its growth over the previous period, in percent. */
  | 'growth';

/** How sub-periods combine into a longer period (months into a half-year). */
export type Aggregate = 'sum' | 'mean' | 'last';

/** One concept of the indicator lexicon, e.g. general government debt as a share of GDP. */
export interface IndicatorDef {
  readonly id: string;
  readonly label: string;
  /** "percent" or "currency" (any ISO 4217 code; a series answers only in its own currency). */
  readonly unit: 'percent' | 'currency';
  /** Quantity kinds checked against the indicator. */
  readonly kinds: readonly QuantityKind[];
  /** For kind `change`; absent means a change is not checked against this indicator. */
  readonly change?: ChangeRule;
  /** "required": "of GDP" must be stated; "forbidden": it must not be. */
  readonly gdp?: 'required' | 'forbidden';
  /** Bilateral trade flow, from the reporter's side; present only for trade indicators. */
  readonly trade?: 'total' | 'exports' | 'imports';
  /** Cue phrases: one must occur near the quantity (or in its `of`). */
  readonly cues: readonly string[];
  /** Phrases that veto a cue they contain or touch ("trade deficit" is not a budget deficit). */
  readonly exclude?: readonly string[];
  readonly aggregate: Aggregate;
  readonly series: readonly SeriesRef[];
}

/** A geographic aggregate a speaker may name (the EU, the euro area, NATO). */
export interface AggregateDef {
  readonly id: string;
  readonly label: string;
  readonly phrases: readonly string[];
  /** Code of the aggregate per provider; a provider without one cannot check it. */
  readonly codes: Readonly<Partial<Record<ProviderId, string>>>;
}

/** The whole of lexicon/indicators.json. */
export interface IndicatorLexicon {
  readonly version: number;
  /** Words that make a number a target or a rule rather than a statistic ("the 2% target"). */
  readonly not_a_statistic: readonly string[];
  /** Words that make a number a total over several countries ("collectively"). */
  readonly collective: readonly string[];
  readonly aggregates: readonly AggregateDef[];
  readonly indicators: readonly IndicatorDef[];
}

/** One value of a series. `period` is "2024", "2024-Q1" or "2024-06". */
export interface Observation {
  readonly period: string;
  readonly value: number;
  /** Provider flag: "p" provisional, "e" estimated, "b" break… */
  readonly status?: string;
}

/** What a match decided: which series, where, when. */
export interface Match {
  readonly indicator: string;
  readonly label: string;
  /** The provider of the first series that can answer (the one the suggestion tries first). */
  readonly provider: ProviderId | null;
  /** The series to try, in order. */
  readonly series: readonly SeriesRef[];
  /** ISO 3166-1 alpha-2 code, or an aggregate id ("EU", "EA"). For trade, the reporting country. */
  readonly geo: string;
  /** For bilateral trade: the partner country, ISO 3166-1 alpha-2. */
  readonly partner?: string;
  /** "2024", "2025-H1", "2025-Q2", "2025-06". */
  readonly period: string;
  /** Where the period came from. */
  readonly period_source: 'stated' | 'publication' | 'unknown';
  /** Compare the value, or the growth over the previous period. */
  readonly compare: 'value' | 'growth';
  /** For growth: the direction the text states, when it states one. */
  readonly direction?: 'up' | 'down';
  /** Readable reasons, one per decision. */
  readonly explanation: readonly string[];
}

/** A match, or why there is none. `partial` keeps what was decided before matching stopped. */
export type MatchResult =
  | { readonly ok: true; readonly match: Match }
  | {
      readonly ok: false;
      readonly reason: string;
      readonly partial?: Partial<Pick<Match, 'indicator' | 'geo' | 'partner' | 'period'>>;
    };

export type Status = 'consistent' | 'close' | 'inconsistent' | 'no_data';

/** The official figure a suggestion compares with. */
export interface Official {
  /** In the quantity's terms: base units, sign adjusted, or a growth rate in percent. */
  readonly value: number;
  readonly unit: string;
  readonly period: string;
  readonly provider: ProviderId;
  /** Dataset or indicator code. */
  readonly series: string;
  /** The exact request whose response holds the value (or the table file). */
  readonly source_url: string;
  /** A page a person can open, when the provider has one. */
  readonly page_url?: string;
  /** ISO 8601 time the response was retrieved. */
  readonly retrieved_at: string;
  /** True when the response came from the cache. */
  readonly cached: boolean;
  /** Provider flags of the observations used ("p" provisional…). */
  readonly flags?: readonly string[];
}

/** A suggestion shown to the reviewer, never a verdict. */
export interface Suggestion {
  readonly status: Status;
  readonly official: Official | null;
  /** (stated − official) / |official|; null without an official value. */
  readonly relative_difference: number | null;
  readonly explanation: string;
}

/** The stats check of one quantity. */
export interface QuantityCheck {
  /** Index into `doc.quantities`. */
  readonly quantity: number;
  /** The quantity as written. */
  readonly text: string;
  readonly match: MatchResult;
  /** Null when there is no match. */
  readonly suggestion: Suggestion | null;
}

export const CHECK_SCHEMA = 'parley.check/1';

/** The result of checking one document. */
export interface CheckReport {
  readonly schema: typeof CHECK_SCHEMA;
  /** `doc.source.uri`. */
  readonly source: string;
  readonly checks: readonly QuantityCheck[];
  /** One line per provider problem ("eurostat: unreachable; cached responses used where available"). */
  readonly notes: readonly string[];
}

/** What a fetcher returns: the status and the body as text. */
export interface FetchedText {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
}

/**
 * Gets a URL. Throws on network failure (unreachable, timeout); returns any HTTP status it receives.
 * Tests inject a fake that serves fixtures.
 */
export type Fetcher = (url: string) => Promise<FetchedText>;
