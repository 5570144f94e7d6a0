/**
 * Full-text search over turns: one `turn` row per turn with a tsvector (GIN index) built with the
 * document language's text search configuration; queries in web-search syntax ("quoted phrase",
 * or, -not) are parsed with every configuration present in the corpus and OR-ed, so one query
 * finds English and Russian documents alike. Ranked by ts_rank_cd; snippets by ts_headline.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Doc } from '../doc.js';
import { layer } from './annotations.js';
import type { Store } from './db.js';
import { countWords } from './names.js';

/** Text search configurations by BCP 47 primary language (all built into PostgreSQL ≥ 13 and PGlite). */
const CONFIGS: Record<string, string> = {
  en: 'english', ru: 'russian', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese',
  nl: 'dutch', sv: 'swedish', no: 'norwegian', nb: 'norwegian', nn: 'norwegian', da: 'danish', fi: 'finnish',
  hu: 'hungarian', ro: 'romanian', tr: 'turkish',
};

/** The text search configuration for a document language; 'simple' when PostgreSQL has no stemmer for it. */
export function searchConfig(language: string | null): string {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return CONFIGS[primary] ?? 'simple';
}

export interface TurnRow {
  readonly idx: number;
  readonly start: number;
  readonly end: number;
  readonly role: string | null;
  readonly speaker: string | null;
  readonly speaker_key: string | null;
  readonly words: number;
  readonly body: string;
}

/**
 * The search rows of a document: its turns; without a turns layer, its paragraphs; without those,
 * the whole text (role null in both fallbacks).
 */
export function turnRows(doc: Doc, speakerKeyOfTurn: (i: number) => string | null): TurnRow[] {
  const turns = layer(doc, 'turns');
  const units = turns.length ? turns : layer(doc, 'paragraphs');
  if (!units.length) {
    return doc.text.trim() ? [{ idx: 0, start: 0, end: doc.text.length, role: null, speaker: null, speaker_key: null, words: countWords(doc.text), body: doc.text }] : [];
  }
  return units.map((u, idx) => {
    const body = doc.text.slice(u.start, u.end);
    const isTurn = turns.length > 0;
    return {
      idx,
      start: u.start,
      end: u.end,
      role: isTurn && typeof u.role === 'string' ? u.role : null,
      speaker: isTurn && typeof u.speaker === 'string' ? u.speaker : null,
      speaker_key: isTurn ? speakerKeyOfTurn(idx) : null,
      words: countWords(body),
      body,
    };
  });
}

/**
 * Merges the search index's pending entries into the index (after a batch of documents): GIN keeps
 * new entries in a pending list that every search scans, and PGlite has no autovacuum to merge it.
 */
export async function flushSearchIndex(db: Store): Promise<void> {
  await sql`select gin_clean_pending_list('turn_tsv'::regclass)`.execute(db);
}

/** A filter on annotations overlapping the turn: items of `layer`, optionally with `attrs[attr] = value`. */
export interface LayerFilter {
  readonly layer: string;
  readonly attr?: string;
  readonly value?: string;
}

export interface SearchOptions {
  readonly speakerKeys?: readonly string[];
  readonly outletKeys?: readonly string[];
  /** YYYY-MM-DD bounds on the document's publication date, inclusive. */
  readonly since?: string;
  readonly until?: string;
  readonly role?: string;
  readonly layers?: readonly LayerFilter[];
  readonly docIds?: readonly number[];
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchHit {
  readonly doc: number;
  readonly doc_sha256: string;
  readonly uri: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** Index into the document's turns layer (or of the fallback unit). */
  readonly turn: number;
  readonly role: string | null;
  readonly speaker: string | null;
  /** The turn's span in document.text, UTF-16. */
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  /** A short extract of the turn; the matched words are at `highlights`. */
  readonly snippet: string;
  /** [start, end) UTF-16 ranges into `snippet`. */
  readonly highlights: readonly (readonly [number, number])[];
}

const START = '\u0002';
const STOP = '\u0003';

/** Splits ts_headline's output into text and highlight ranges. */
export function parseHeadline(s: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of s) {
    if (ch === START) open = snippet.length;
    else if (ch === STOP) {
      if (open >= 0) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += ch;
  }
  // Adjacent highlighted words read as one phrase.
  const merged: [number, number][] = [];
  for (const h of highlights) {
    const last = merged.at(-1);
    if (last && /^\s*$/.test(snippet.slice(last[1], h[0]))) last[1] = h[1];
    else merged.push([...h]);
  }
  return { snippet: collapse(snippet, merged), highlights: merged };
}

/** Collapses runs of whitespace in a snippet, moving the highlight ranges with the text. */
function collapse(snippet: string, highlights: [number, number][]): string {
  let out = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < snippet.length; i++) {
    map[i] = out.length;
    const c = snippet[i]!;
    if (/\s/.test(c)) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
  map[snippet.length] = out.length;
  for (const h of highlights) {
    h[0] = map[h[0]]!;
    h[1] = map[h[1]]!;
  }
  return out;
}

/** The text search configurations used in the corpus (one index probe per known configuration). */
async function corpusConfigs(db: Store): Promise<string[]> {
  // Each turn's configuration is searchConfig(its document's language): reading the few distinct
  // languages of the document table is much cheaper than probing the turn table per configuration.
  const rows = await sql<{ language: string | null }>`select distinct language from document`.execute(db);
  return [...new Set(rows.rows.map((r) => searchConfig(r.language)))].sort();
}

/**
 * Searches turns, best first.
 * @example
 * const hits = await searchTurns(db, 'gas transit', { role: 'answer', limit: 10 });
 * hits[0]?.snippet; // '… the gas transit agreement expires …'
 */
export async function searchTurns(db: Store, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const configs = await corpusConfigs(db);
  if (!configs.length || !query.trim()) return [];
  const tsquery = sql.join(
    configs.map((c) => sql`websearch_to_tsquery(${sql.lit(c)}::regconfig, ${query})`),
    sql` || `,
  );
  const where: Expression<SqlBool>[] = [sql<SqlBool>`t.tsv @@ q.q`];
  if (options.speakerKeys) where.push(options.speakerKeys.length ? sql<SqlBool>`t.speaker_key in (${sql.join(options.speakerKeys)})` : sql<SqlBool>`false`);
  if (options.outletKeys) where.push(options.outletKeys.length ? sql<SqlBool>`d.outlet_key in (${sql.join(options.outletKeys)})` : sql<SqlBool>`false`);
  if (options.since) where.push(sql<SqlBool>`d.published >= ${options.since}`);
  if (options.until) where.push(sql<SqlBool>`d.published <= ${options.until}`);
  if (options.role) where.push(sql<SqlBool>`t.role = ${options.role}`);
  if (options.docIds) where.push(options.docIds.length ? sql<SqlBool>`t.doc_id in (${sql.join(options.docIds)})` : sql<SqlBool>`false`);
  for (const f of options.layers ?? []) {
    const attr = f.attr !== undefined && f.value !== undefined ? sql`and a.attrs->>${f.attr} = ${f.value}` : sql``;
    where.push(sql<SqlBool>`exists (select 1 from annotation a where a.doc_id = t.doc_id and a.layer = ${f.layer}
      and a.start < t."end" and a."end" > t.start ${attr})`);
  }
  const limit = Math.max(1, Math.min(options.limit ?? 20, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  const headline = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  const rows = await sql<{
    doc_id: number; idx: number; start: number; end: number; role: string | null; speaker: string | null;
    rank: number; sha256: string; uri: string; title: string | null; published: string | null; outlet: string | null; headline: string;
  }>`
    with q as (select (${tsquery}) as q),
    hits as (
      select t.doc_id, t.idx, t.start, t."end", t.role, t.speaker, t.body, t.cfg, ts_rank(t.tsv, q.q) as rank, q.q
      from turn t join document d on d.id = t.doc_id, q
      where ${sql.join(where, sql` and `)}
      order by rank desc, t.doc_id, t.idx
      limit ${limit} offset ${offset}
    )
    select h.doc_id, h.idx, h.start, h."end", h.role, h.speaker, h.rank, d.sha256, d.uri, d.meta->>'title' as title, d.published,
      o.name as outlet, ts_headline(h.cfg::regconfig, h.body, h.q, ${headline}) as headline
    from hits h join document d on d.id = h.doc_id
    left join outlet_alias oa on oa.key = d.outlet_key left join outlet o on o.id = oa.outlet_id
    order by h.rank desc, h.doc_id, h.idx`.execute(db);
  return rows.rows.map((r) => {
    const { snippet, highlights } = parseHeadline(r.headline);
    return {
      doc: r.doc_id,
      doc_sha256: r.sha256,
      uri: r.uri,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      turn: r.idx,
      role: r.role,
      speaker: r.speaker,
      start: r.start,
      end: r.end,
      rank: Math.round(Number(r.rank) * 1e4) / 1e4,
      snippet: snippet.trim(),
      highlights: shiftTrim(snippet, highlights),
    };
  });
}

function shiftTrim(snippet: string, highlights: [number, number][]): [number, number][] {
  const lead = snippet.length - snippet.trimStart().length;
  const len = snippet.trim().length;
  return highlights.map(([a, b]) => [Math.max(0, a - lead), Math.min(len, b - lead)] as [number, number]).filter(([a, b]) => b > a);
}
