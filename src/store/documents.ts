/**
 * Documents in the corpus: store one analysis in one transaction (idempotent by the sha256 of the
 * raw bytes), load it back as the same `Doc`, list and resolve references.
 */
import { sql } from 'kysely';
import { SCHEMA, type Doc, type Meta } from '../doc.js';
import { ParleyError } from '../errors.js';
import { loadLayers } from './annotations.js';
import type { Store } from './db.js';
import { claimIndex, STORE_LOCK } from './claim-index.js';
import { applyMatches, findMatches, planMatches, regroup } from './matching.js';
import { prepareDocument, type PreparedDocument } from './prepare.js';
import { resolveNames } from './speakers.js';

export type StoreStatus = 'added' | 'replaced' | 'unchanged';

export interface StoreResult {
  readonly status: StoreStatus;
  readonly id: number;
  readonly words: number;
  readonly claims: number;
  /** Evidence edges created between this document's claims and groups of other documents' claims. */
  readonly matches: number;
}

export interface StoreOptions {
  /** The parley version that made the analysis; a stored document of another version is replaced. */
  readonly version: string;
  /** Replace the stored analysis even when the version is the same. */
  readonly force?: boolean;
  /** False when the caller knows these bytes are not stored (saves a lookup; a conflict is still handled). */
  readonly maybeStored?: boolean;
}

/**
 * Stores a document in one transaction. The same bytes (sha256) are the same document: stored
 * again by the same version it is left as is; by another version (or with `force`) its
 * annotations, turns, claims and roles are replaced, and reviews (kept by claim key) stay.
 * Everything the document adds goes in one statement (data-modifying CTEs), which also returns
 * the other documents' claims that may match its claims (found in the claim index); the match
 * edges follow in a second one. Stores are serialised by an advisory lock (see claim-index.ts).
 * Accepts a Doc or the output of `prepareDocument` (computed in a worker thread by `parley add`).
 * @example
 * const r = await storeDocument(db, await analyze('interview.html'), { version: '0.1.0' });
 * r.status; // 'added'
 */
export async function storeDocument(db: Store, input: Doc | PreparedDocument, options: StoreOptions): Promise<StoreResult> {
  const p = 'annotationRows' in input ? input : prepareDocument(input);
  const index = claimIndex(db);
  const { result, claimIds, deleted } = await db.transaction().execute(async (trx) => {
    // One writer at a time (across processes on a server), so the claim index sees every claim.
    await sql`select pg_advisory_xact_lock(${STORE_LOCK})`.execute(trx);
    const current = () =>
      trx.selectFrom('document').select(['id', 'parley_version', 'words']).where('sha256', '=', p.sha256).forUpdate().executeTakeFirst();
    const unchanged = (e: { id: number; words: number }) => ({
      result: { status: 'unchanged', id: e.id, words: e.words, claims: 0, matches: 0 } as StoreResult,
      claimIds: [] as [number, number][],
      deleted: [] as number[],
    });
    // The common case, a new document, costs no lookup: the insert reports a conflict instead.
    let existing: Awaited<ReturnType<typeof current>>;
    if (options.force || options.maybeStored !== false) {
      existing = await current();
      if (existing && existing.parley_version === options.version && !options.force) return unchanged(existing);
    }
    const outletKey = await resolveNames(trx, p.people, p.outlet);
    await index.refresh(trx);
    const deleted: number[] = [];
    const values = {
      uri: p.uri,
      text: p.text,
      meta: p.meta,
      source: p.source,
      removed: p.removed,
      diagnostics: p.diagnostics,
      layers: p.layers,
      parley_version: options.version,
      words: p.words,
      published: p.published,
      language: p.language,
      outlet_key: outletKey,
      interviewee_key: p.intervieweeKey,
    };
    for (let attempt = 0; ; attempt++) {
      let status: StoreStatus;
      let target;
      if (existing) {
        const id = existing.id;
        status = 'replaced';
        await trx.updateTable('document').set({ ...values, uri: sql`uri`, analysed_at: sql`now()` }).where('id', '=', id).execute();
        const old = await sql<{ id: number; grp: number | null }>`with a as (delete from annotation where doc_id = ${id}),
          t as (delete from turn where doc_id = ${id}), r as (delete from speaker_role where doc_id = ${id})
          delete from claim where doc_id = ${id} returning id, grp`.execute(trx);
        deleted.push(...old.rows.map((r) => r.id));
        await regroup(trx, [...new Set(old.rows.flatMap((r) => (r.grp === null ? [] : [r.grp])))]);
        target = sql`select ${id}::integer as id`;
      } else {
        status = 'added';
        target = sql`insert into document (sha256, uri, text, meta, source, removed, diagnostics, layers, parley_version, words,
            published, language, outlet_key, interviewee_key)
          values (${p.sha256}, ${values.uri}, ${values.text}, ${values.meta}::jsonb, ${values.source}::jsonb, ${values.removed}::jsonb,
            ${values.diagnostics}::jsonb, ${values.layers}::jsonb, ${values.parley_version}, ${values.words}, ${values.published},
            ${values.language}, ${values.outlet_key}, ${values.interviewee_key})
          on conflict (sha256) do nothing returning id`;
      }
      const found = findMatches(p.claimSigs, index, existing?.id);
      const matched = `{${[...new Set(found.map((f) => f.other))].join(',')}}`;
      const { rows } = await sql<{ doc_id: number | null; claim_ids: [number, number][]; groups: [number, number | null][] }>`
        with d as (${target}),
        a as (insert into annotation (doc_id, layer, idx, start, "end", attrs)
          select d.id, x.layer, x.idx, x.start, x."end", x.attrs
          from d, json_to_recordset(${p.annotationRows}::json) as x(layer text, idx integer, start integer, "end" integer, attrs jsonb)),
        t as (insert into turn (doc_id, idx, start, "end", role, speaker, speaker_key, words, body, cfg, tsv)
          select d.id, x.idx, x.start, x."end", x.role, x.speaker, x.speaker_key, x.words, x.body, ${p.cfg},
            to_tsvector(${p.cfg}::regconfig, coalesce(x.ix, x.body))
          from d, json_to_recordset(${p.turnRows}::json) as x(idx integer, start integer, "end" integer, role text, speaker text,
            speaker_key text, words integer, body text, ix text)),
        r as (insert into speaker_role (doc_id, speaker_key, role, published)
          select d.id, x.speaker_key, x.role, ${p.published} from d, json_to_recordset(${p.roleRows}::json) as x(speaker_key text, role text)
          on conflict do nothing),
        c as (insert into claim (doc_id, idx, key, start, "end", turn, speaker_key, kind, score, quote, norm, numbers, sig)
          select d.id, x.idx, x.key, x.start, x."end", x.turn, x.speaker_key, x.kind, x.score, x.quote, x.norm, x.numbers, x.sig
          from d, json_to_recordset(${p.claimRows}::json) as x(idx integer, key text, start integer, "end" integer, turn integer,
            speaker_key text, kind text, score real, quote text, norm text, numbers text[], sig bigint[])
          returning id, idx)
        select (select id from d) as doc_id,
          (select coalesce(json_agg(json_build_array(c.idx, c.id)), '[]'::json) from c) as claim_ids,
          (select coalesce(json_agg(json_build_array(o.id, o.grp)), '[]'::json)
            from claim o where o.id = any(${matched}::integer[])) as groups`.execute(trx);
      const row = rows[0]!;
      if (row.doc_id === null) {
        // Stored already (or a moment ago by another connection, on PostgreSQL): replace it if it is older.
        existing = await current();
        if (!existing || attempt > 0) throw new Error(`document ${p.sha256} vanished while being stored`);
        if (existing.parley_version === options.version && !options.force) return unchanged(existing);
        continue;
      }
      const plan = planMatches(found, new Map(row.claim_ids), new Map(row.groups));
      await applyMatches(trx, plan);
      return {
        result: { status, id: row.doc_id, words: p.words, claims: p.claims, matches: plan.edges.length } as StoreResult,
        claimIds: row.claim_ids,
        deleted,
      };
    }
  });
  // Committed: the new claims become candidates for the next documents.
  index.delete(deleted);
  for (const [idx, id] of claimIds) {
    const [, norm, numbers, sig] = p.claimSigs[idx]!;
    index.add(id, result.id, norm, numbers, sig);
  }
  return result;
}

/** Version of the stored analysis of these bytes, or undefined when the corpus does not hold them. */
export async function storedVersion(db: Store, sha256: string): Promise<string | undefined> {
  const row = await db.selectFrom('document').select('parley_version').where('sha256', '=', sha256).executeTakeFirst();
  return row?.parley_version;
}

/** Versions of every stored document, by sha256 (one query before a batch). */
export async function storedVersions(db: Store): Promise<Map<string, string>> {
  const rows = await db.selectFrom('document').select(['sha256', 'parley_version']).execute();
  return new Map(rows.map((r) => [r.sha256, r.parley_version]));
}

/** Loads a stored document back as the `Doc` that was stored (layers in their original order). */
export async function getDocument(db: Store, id: number): Promise<Doc | undefined> {
  return (await getDocuments(db, [id])).get(id);
}

/** Loads several stored documents (in chunks of 100), by id; ids that are not stored are absent. */
export async function getDocuments(db: Store, ids: readonly number[]): Promise<Map<number, Doc>> {
  const out = new Map<number, Doc>();
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const rows = await db
      .selectFrom('document')
      .select(['id', 'text', 'meta', 'source', 'removed', 'diagnostics', 'layers'])
      .where('id', 'in', chunk)
      .execute();
    const layers = await loadLayers(db, chunk);
    for (const row of rows) {
      const byLayer = layers.get(row.id) ?? new Map();
      const doc: Record<string, unknown> = {
        schema: SCHEMA,
        source: row.source,
        meta: row.meta,
        text: row.text,
        removed: row.removed,
        diagnostics: row.diagnostics,
      };
      for (const name of row.layers) doc[name] = byLayer.get(name) ?? [];
      out.set(row.id, doc as unknown as Doc);
    }
  }
  return out;
}

export interface DocumentRef {
  readonly id: number;
  readonly sha256: string;
  readonly uri: string;
}

/**
 * Resolves what a user typed to a document: its number, a prefix of its sha256 (≥ 6 hex digits)
 * or its URI as added. Throws ParleyError('unknown_ref') or ('usage') for an ambiguous prefix.
 */
export async function findDocument(db: Store, ref: string): Promise<DocumentRef> {
  const r = ref.trim();
  const base = db.selectFrom('document').select(['id', 'sha256', 'uri']);
  if (/^\d{1,9}$/.test(r)) {
    const row = await base.where('id', '=', Number(r)).executeTakeFirst();
    if (row) return row;
  }
  if (/^[0-9a-f]{6,64}$/i.test(r)) {
    const rows = await base.where('sha256', 'like', `${r.toLowerCase()}%`).limit(2).execute();
    if (rows.length > 1) throw new ParleyError('usage', `document prefix "${r}" is ambiguous; give more digits`);
    if (rows[0]) return rows[0];
  }
  const row = await base.where('uri', '=', r).orderBy('id').executeTakeFirst();
  if (row) return row;
  throw new ParleyError('unknown_ref', `no document "${r}" in the corpus (see "parley list")`);
}

export interface DocumentSummary {
  readonly id: number;
  readonly sha256: string;
  readonly uri: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly interviewee: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly words: number;
  readonly turns: number;
  readonly claims: number;
  readonly reviewed: number;
  readonly parley_version: string;
}

export interface ListFilters {
  readonly outletKeys?: readonly string[];
  readonly speakerKeys?: readonly string[];
  readonly since?: string;
  readonly until?: string;
  readonly ids?: readonly number[];
  readonly limit?: number;
}

/** Documents with counts, newest publication first. */
export async function listDocuments(db: Store, filters: ListFilters = {}): Promise<DocumentSummary[]> {
  let q = db
    .selectFrom('document as d')
    .leftJoin('outlet_alias as oa', 'oa.key', 'd.outlet_key')
    .leftJoin('outlet as o', 'o.id', 'oa.outlet_id')
    .leftJoin('speaker_alias as sa', 'sa.key', 'd.interviewee_key')
    .leftJoin('speaker as s', 's.id', 'sa.speaker_id')
    .select([
      'd.id',
      'd.sha256',
      'd.uri',
      sql<string | null>`d.meta->>'title'`.as('title'),
      'o.name as outlet',
      's.name as interviewee',
      'd.published',
      'd.language',
      'd.words',
      'd.parley_version',
      sql<number>`(select count(*) from turn t where t.doc_id = d.id and t.role is not null)::int`.as('turns'),
      sql<number>`(select count(*) from claim c where c.doc_id = d.id)::int`.as('claims'),
      sql<number>`(select count(distinct r.claim_key) from review r where r.doc_sha256 = d.sha256)::int`.as('reviewed'),
    ]);
  if (filters.ids) q = filters.ids.length ? q.where('d.id', 'in', filters.ids) : q.where(sql<boolean>`false`);
  if (filters.outletKeys) q = filters.outletKeys.length ? q.where('d.outlet_key', 'in', filters.outletKeys) : q.where(sql<boolean>`false`);
  if (filters.speakerKeys) {
    const keys = filters.speakerKeys;
    q = keys.length
      ? q.where((eb) =>
          eb.or([
            eb('d.interviewee_key', 'in', keys),
            eb.exists(eb.selectFrom('turn as t').select('t.idx').whereRef('t.doc_id', '=', 'd.id').where('t.speaker_key', 'in', keys)),
          ]),
        )
      : q.where(sql<boolean>`false`);
  }
  if (filters.since) q = q.where('d.published', '>=', filters.since);
  if (filters.until) q = q.where('d.published', '<=', filters.until);
  q = q.orderBy(sql`d.published desc nulls last`).orderBy('d.id');
  if (filters.limit) q = q.limit(filters.limit);
  return q.execute();
}
