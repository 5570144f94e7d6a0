/**
 * Full-text search over turns: one `turn` row per turn with a tsvector (GIN index) built with the
 * document language's text search configuration; queries in web-search syntax ("quoted phrase",
 * or, -not) are parsed with every configuration present in the corpus and OR-ed, so one query
 * finds English and Russian documents alike. Ranked by ts_rank; snippets built in snippet.ts from
 * the words PostgreSQL stems like the query's.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Doc } from '../doc.js';
import { layer } from './annotations.js';
import type { Store } from './db.js';
import { countWords } from './names.js';
import { couldMatch, queryWords, snippetOf, wordsOf } from './snippet.js';

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
  /** corpusConfigs(db), when the caller has them already. */
  readonly configs?: readonly string[];
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

/**
 * The text search configurations used in the corpus: a query is parsed with each. A server keeps
 * them between writes and passes them as SearchOptions.configs.
 */
export async function corpusConfigs(db: Store): Promise<string[]> {
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
  const configs = options.configs ?? (await corpusConfigs(db));
  if (!configs.length || !query.trim()) return [];
  const parsed = sql.join(configs.map((c) => sql`websearch_to_tsquery(${sql.lit(c)}::regconfig, ${query})`));
  const where: Expression<SqlBool>[] = [sql<SqlBool>`t.tsv @@ q.q`];
  if (options.speakerKeys) where.push(options.speakerKeys.length ? sql<SqlBool>`t.speaker_key in (${sql.join(options.speakerKeys)})` : sql<SqlBool>`false`);
  if (options.outletKeys) where.push(options.outletKeys.length ? sql<SqlBool>`d.outlet_key in (${sql.join(options.outletKeys)})` : sql<SqlBool>`false`);
  if (options.since) where.push(sql<SqlBool>`t.published >= ${options.since}`);
  if (options.until) where.push(sql<SqlBool>`t.published <= ${options.until}`);
  if (options.role) where.push(sql<SqlBool>`t.role = ${options.role}`);
  if (options.docIds) where.push(options.docIds.length ? sql<SqlBool>`t.doc_id in (${sql.join(options.docIds)})` : sql<SqlBool>`false`);
  for (const f of options.layers ?? []) {
    const attr = f.attr !== undefined && f.value !== undefined ? sql`and a.attrs->>${f.attr} = ${f.value}` : sql``;
    where.push(sql<SqlBool>`exists (select 1 from annotation a where a.doc_id = t.doc_id and a.layer = ${f.layer}
      and a.start < t."end" and a."end" > t.start ${attr})`);
  }
  const limit = Math.max(1, Math.min(options.limit ?? 20, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  const rows = await sql<{
    doc_id: number; idx: number; start: number; end: number; role: string | null; speaker: string | null;
    rank: number; sha256: string; uri: string; title: string | null; published: string | null; outlet: string | null; body: string; cfg: string;
  }>`
    -- The query parsed with each configuration, OR-ed, each distinct form once: Latin-script words
    -- parse alike in English and Russian, and a repeated alternative doubled the index and rank work.
    -- No lexeme at all (only stop words) gives null, which matches nothing.
    with q as (select string_agg(distinct '(' || x::text || ')', ' | ')::tsquery as q
      from unnest(array[${parsed}]) as x where numnode(x) > 0),
    hits as (
      -- The turns only (their documents only for an outlet filter), ranked; the rest for the kept ones.
      select t.doc_id, t.idx, t.start, t."end", t.role, t.speaker, t.body, t.cfg, ts_rank(t.tsv, q.q) as rank
      from turn t ${options.outletKeys ? sql`join document d on d.id = t.doc_id` : sql``}, q
      where ${sql.join(where, sql` and `)}
      order by rank desc, t.doc_id, t.idx
      limit ${limit} offset ${offset}
    )
    select h.*, d.sha256, d.uri, d.meta->>'title' as title, d.published,
      (select o.name from outlet_alias oa join outlet o on o.id = oa.outlet_id where oa.key = d.outlet_key) as outlet
    from hits h join document d on d.id = h.doc_id
    order by h.rank desc, h.doc_id, h.idx`.execute(db);
  const snippets = await snippetsFor(db, query, configs, rows.rows);
  return rows.rows.map((r, i) => ({
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
    snippet: snippets[i]!.snippet,
    highlights: snippets[i]!.highlights,
  }));
}

/**
 * Snippets for the hits: each body's words that PostgreSQL stems (with the body's configuration)
 * like a query word (with any of the corpus's configurations) are the highlighted ones.
 */
async function snippetsFor(
  db: Store,
  query: string,
  configs: readonly string[],
  hits: readonly { body: string; cfg: string }[],
): Promise<{ snippet: string; highlights: [number, number][] }[]> {
  const qwords = queryWords(query);
  const candidate = couldMatch(qwords);
  const bodies = hits.map((h) => wordsOf(h.body));
  const wanted: [string, string][] = [];
  for (const c of configs) for (const w of qwords) wanted.push([c, w]);
  const candidates = bodies.map((words, i) => {
    const { body, cfg } = hits[i]!;
    return words.map((w) => {
      if (!candidate(body, w.start, w.end)) return null;
      const pair: [string, string] = [cfg, body.slice(w.start, w.end).toLowerCase()];
      wanted.push(pair);
      return pair;
    });
  });
  const lexemes = await lexize(db, wanted);
  const terms = new Set<string>();
  for (const c of configs) for (const w of qwords) for (const l of lexemes.get(lexKey(c, w)) ?? []) terms.add(l);
  return bodies.map((words, i) => {
    const matched = candidates[i]!.map((pair) => (pair ? ((lexemes.get(lexKey(...pair)) ?? []).find((l) => terms.has(l)) ?? null) : null));
    return snippetOf(hits[i]!.body, words, matched);
  });
}

/** Stems by (configuration, word), kept across searches: stemming a word never changes. */
const LEXEMES = new Map<string, readonly string[]>();
const LEXEME_CACHE_SIZE = 50_000;
const lexKey = (cfg: string, word: string) => `${cfg}\u0000${word}`;

/** PostgreSQL's lexemes of each word under a configuration (none for a stop word), in one statement. */
async function lexize(db: Store, pairs: readonly (readonly [string, string])[]): Promise<Map<string, readonly string[]>> {
  const out = new Map<string, readonly string[]>();
  const ask = new Map<string, readonly [string, string]>();
  for (const [cfg, word] of pairs) {
    const key = lexKey(cfg, word);
    const known = LEXEMES.get(key);
    if (known) out.set(key, known);
    else ask.set(key, [cfg, word]);
  }
  if (ask.size) {
    const list = [...ask.values()].map(([cfg, w]) => ({ cfg, w }));
    const rows = await sql<{ cfg: string; w: string; lx: string[] }>`
      select x.cfg, x.w, array(select lexeme from unnest(to_tsvector(x.cfg::regconfig, x.w))) as lx
      from jsonb_to_recordset(${JSON.stringify(list)}::jsonb) as x(cfg text, w text)`.execute(db);
    if (LEXEMES.size + rows.rows.length > LEXEME_CACHE_SIZE) LEXEMES.clear();
    for (const r of rows.rows) {
      const key = lexKey(r.cfg, r.w);
      out.set(key, r.lx);
      LEXEMES.set(key, r.lx);
    }
  }
  return out;
}
