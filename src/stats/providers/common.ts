/**
 * What every provider client has: a URL builder for a series query and a parser of the response
 * body into observations. Clients are pure; fetching and caching happen in ../retrieve.ts.
 */
import type { AggregateDef, Freq, Observation, SeriesRef } from '../types.js';

/** One request for one series: where, and which periods (in the series' frequency). */
export interface SeriesQuery {
  readonly series: SeriesRef;
  /** ISO 3166-1 alpha-2, or an aggregate id ("EU"). */
  readonly geo: string;
  /** Partner country of a bilateral flow, ISO alpha-2. */
  readonly partner?: string;
  readonly freq: Freq;
  /** Periods asked for, in parley's form ("2024", "2024-Q1", "2024-06"), oldest first. */
  readonly periods: readonly string[];
}

/** A provider client: builds URLs and reads responses. */
export interface ProviderClient {
  /** The request URL, or null when the provider has no code for the geography. */
  url(q: SeriesQuery, aggregates: readonly AggregateDef[]): string | null;
  /** A page a person can open for the series, when the provider has one. */
  page(q: SeriesQuery, aggregates: readonly AggregateDef[]): string | undefined;
  /** Observations of the series for the query's geography, as published (no scale or sign applied). */
  parse(body: string, q: SeriesQuery, aggregates: readonly AggregateDef[]): Observation[];
}

/** The provider answered, but with an error or something that is not the expected format. */
export class ProviderResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderResponseError';
  }
}

/** Parses JSON or throws a ProviderResponseError that quotes the start of the body. */
export function parseJsonBody(body: string, what: string): unknown {
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    const start = body.replace(/\s+/g, ' ').trim().slice(0, 80);
    throw new ProviderResponseError(`${what} did not answer with JSON (it began "${start}")`);
  }
}
