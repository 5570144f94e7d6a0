/**
 * Helpers for tests and the evaluation script: a Doc with hand-placed quantities, and a fake
 * fetcher that serves files. Not part of the public API.
 */
import { readFileSync } from 'node:fs';
import type { Approx, Doc, Entity, Quantity, QuantityKind } from '../doc.js';
import { SCHEMA } from '../doc.js';
import type { Fetcher } from './types.js';

export interface QuantitySpec {
  /** The quantity as written; found in the text (the `nth` occurrence, default 0). */
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly approx?: Approx;
  readonly kind?: QuantityKind;
  readonly of?: string | null;
  readonly when?: string | null;
  readonly nth?: number;
}

/**
 * A Doc over `text`: one answer turn, sentences split at ". " (or the given spans), the quantities
 * placed where their text occurs, and `meta` overrides.
 * @example statsDoc('Debt reached 104.7% of GDP in 2024.', [{ text: '104.7%', value: 104.7, unit: 'percent', kind: 'share' }])
 */
export function statsDoc(
  text: string,
  quantities: readonly QuantitySpec[],
  meta: Partial<Doc['meta']> = {},
  entities: readonly Entity[] = [],
): Doc {
  const sentences: { start: number; end: number; turn: number }[] = [];
  const re = /[.!?]+["'”’)]*(?:\s+|$)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].trimEnd().length;
    if (end > last) sentences.push({ start: last, end, turn: 0 });
    last = m.index + m[0].length;
  }
  if (last < text.length) sentences.push({ start: last, end: text.length, turn: 0 });
  const qs: Quantity[] = quantities.map((spec) => {
    let at = -1;
    for (let i = 0; i <= (spec.nth ?? 0); i++) at = text.indexOf(spec.text, at + 1);
    if (at < 0) throw new Error(`statsDoc: "${spec.text}" is not in the text`);
    const sentence = sentences.findIndex((s) => s.start <= at && at < s.end);
    return {
      start: at,
      end: at + spec.text.length,
      turn: 0,
      sentence,
      value: spec.value,
      unit: spec.unit,
      approx: spec.approx ?? 'exact',
      kind: spec.kind ?? 'level',
      of: spec.of ?? null,
      when: spec.when ?? null,
    };
  });
  qs.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    schema: SCHEMA,
    source: { uri: 'test', sha256: '', bytes: text.length, encoding: 'utf-8', format: 'text' },
    meta: {
      title: null, interviewee: null, interviewee_role: null, interviewer: null, outlet: null,
      published: null, language: 'en', turn_convention: null, ...meta,
    },
    text,
    removed: [],
    diagnostics: [],
    turns: [{ role: 'answer', speaker: null, start: 0, end: text.length }],
    sentences,
    quantities: qs,
    entities: [...entities],
  };
}

/**
 * A fetcher that answers from a table of URL → file (or `{ status, body }`), and throws like an
 * unreachable host for any other URL. Records the URLs asked for.
 */
export function fakeFetcher(
  routes: Readonly<Record<string, string | { status: number; body: string }>>,
): Fetcher & { readonly calls: string[] } {
  const calls: string[] = [];
  const f = async (url: string) => {
    calls.push(url);
    const r = routes[url];
    if (r === undefined) throw new Error(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`);
    if (typeof r === 'string') return { status: 200, body: readFileSync(r, 'utf8'), contentType: 'application/json' };
    return { status: r.status, body: r.body };
  };
  return Object.assign(f, { calls });
}

/**
 * A fetcher that serves the first fixture whose every needle occurs in the URL, and throws like an
 * unreachable host otherwise. Records the URLs asked for.
 */
export function routeFetcher(routes: readonly (readonly [needles: readonly string[], file: string])[]): Fetcher & { readonly calls: string[] } {
  const calls: string[] = [];
  const f = async (url: string) => {
    calls.push(url);
    const hit = routes.find(([needles]) => needles.every((n) => url.includes(n)));
    if (!hit) throw new Error(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`);
    return { status: 200, body: readFileSync(hit[1], 'utf8'), contentType: 'application/json' };
  };
  return Object.assign(f, { calls });
}
