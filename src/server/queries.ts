/**
 * Read models the web app needs beyond the CLI's: flag counts per document, a speaker's timeline,
 * quantities by unit, and removing a document. One SQL dialect for PGlite and PostgreSQL.
 */
import { sql } from 'kysely';
import type { Store } from '../store/db.js';
import type { DocumentSummary } from '../store/documents.js';
import { forgetClaimIndex, STORE_LOCK } from '../store/claim-index.js';
import { regroup } from '../store/matching.js';

/** Quantities across the corpus by unit, most frequent first. */
export async function quantitiesByUnit(db: Store): Promise<{ unit: string; count: number }[]> {
  const rows = await sql<{ unit: string | null; count: number }>`
    select attrs->>'unit' as unit, count(*)::int as count from annotation where layer = 'quantities'
    group by 1 order by 2 desc, 1`.execute(db);
  return rows.rows.map((r) => ({ unit: r.unit ?? 'none', count: r.count }));
}

export interface TimelinePoint {
  readonly doc: number;
  readonly published: string | null;
  readonly title: string | null;
  readonly claims: number;
  readonly techniques: Record<string, number>;
}

/** For each document a speaker speaks in: the techniques in their turns and their claims, oldest first. */
export async function speakerTimeline(db: Store, speakerId: number): Promise<TimelinePoint[]> {
  const docs = await sql<{ doc: number; published: string | null; title: string | null }>`
    select distinct d.id as doc, d.published, d.meta->>'title' as title
    from turn t join speaker_alias a on a.key = t.speaker_key join document d on d.id = t.doc_id
    where a.speaker_id = ${speakerId}`.execute(db);
  const techniques = await sql<{ doc: number; technique: string; n: number }>`
    select an.doc_id as doc, an.attrs->>'technique' as technique, count(*)::int as n
    from annotation an
    join turn t on t.doc_id = an.doc_id and t.idx = (an.attrs->>'turn')::int
    join speaker_alias a on a.key = t.speaker_key
    where an.layer = 'techniques' and jsonb_typeof(an.attrs->'turn') = 'number' and a.speaker_id = ${speakerId}
    group by 1, 2`.execute(db);
  const claims = await sql<{ doc: number; n: number }>`
    select c.doc_id as doc, count(*)::int as n from claim c join speaker_alias a on a.key = c.speaker_key
    where a.speaker_id = ${speakerId} group by 1`.execute(db);
  const byDoc = new Map<number, Record<string, number>>();
  for (const r of techniques.rows) {
    const m = byDoc.get(r.doc) ?? {};
    m[r.technique] = r.n;
    byDoc.set(r.doc, m);
  }
  const claimsOf = new Map(claims.rows.map((r) => [r.doc, r.n]));
  return docs.rows
    .map((d) => ({ doc: d.doc, published: d.published, title: d.title, claims: claimsOf.get(d.doc) ?? 0, techniques: byDoc.get(d.doc) ?? {} }))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.doc - b.doc);
}

/**
 * Removes a document with its annotations, turns, claims and roles, in one transaction. Reviews
 * are append-only and stay (keyed by the document's sha256): adding the same bytes again brings
 * them back. Groups the document's claims belonged to are recomputed.
 */
export async function deleteDocument(db: Store, id: number): Promise<boolean> {
  const removed = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${STORE_LOCK})`.execute(trx);
    const groups = await trx.selectFrom('claim').select('grp').distinct().where('doc_id', '=', id).where('grp', 'is not', null).execute();
    const gone = await trx.deleteFrom('document').where('id', '=', id).executeTakeFirst();
    if (!Number(gone.numDeletedRows)) return false;
    // annotation and turn carry no foreign key (see the first migration): removed explicitly.
    await trx.deleteFrom('annotation').where('doc_id', '=', id).execute();
    await trx.deleteFrom('turn').where('doc_id', '=', id).execute();
    await regroup(trx, groups.map((g) => g.grp!));
    return true;
  });
  if (removed) forgetClaimIndex(db);
  return removed;
}

export interface SummaryFilters {
  readonly speakerKeys?: readonly string[] | undefined;
  readonly outletKeys?: readonly string[] | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  /** Words that must all appear in the title, interviewee, outlet or URI (case-insensitive). */
  readonly words?: readonly string[] | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** A document's summary as the store lists it, with its technique and narrative flags. */
export interface Summary extends DocumentSummary {
  readonly flags: number;
}

/**
 * One page of document summaries with their counts, newest publication first, and the total.
 */
export async function documentSummaries(db: Store, f: SummaryFilters): Promise<{ items: Summary[]; total: number }> {
  const none = (keys: readonly string[] | undefined) => keys !== undefined && keys.length === 0;
  if (none(f.speakerKeys) || none(f.outletKeys)) return { items: [], total: 0 };
  const where = [sql`true`];
  if (f.outletKeys) where.push(sql`d.outlet_key in (${sql.join(f.outletKeys)})`);
  if (f.speakerKeys) {
    where.push(sql`(d.interviewee_key in (${sql.join(f.speakerKeys)})
      or exists (select 1 from turn t where t.doc_id = d.id and t.speaker_key in (${sql.join(f.speakerKeys)})))`);
  }
  if (f.since) where.push(sql`d.published >= ${f.since}`);
  if (f.until) where.push(sql`d.published <= ${f.until}`);
  for (const w of f.words ?? []) {
    const like = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`concat_ws(' ', d.meta->>'title', s.name, o.name, d.uri) ilike ${like}`);
  }
  // The page first (filters and order on the document table), then the counts of those documents
  // only, through the tables' indexes: the cost follows the page size, not the corpus size.
  const from = sql`from document d
    left join outlet_alias oa on oa.key = d.outlet_key left join outlet o on o.id = oa.outlet_id
    left join speaker_alias sa on sa.key = d.interviewee_key left join speaker s on s.id = sa.speaker_id
    where ${sql.join(where, sql` and `)}`;
  const rows = await sql<Summary>`
    with page as (
      select d.id, d.sha256, d.uri, d.meta->>'title' as title, o.name as outlet, s.name as interviewee, d.published, d.language,
        d.words, d.parley_version
      ${from}
      order by d.published desc nulls last, d.id
      limit ${f.limit} offset ${f.offset})
    select p.*,
      (select count(*) from turn t where t.doc_id = p.id and t.role is not null)::int as turns,
      (select count(*) from claim c where c.doc_id = p.id)::int as claims,
      (select count(distinct r.claim_key) from review r where r.doc_sha256 = p.sha256)::int as reviewed,
      ((select count(*) from annotation a where a.doc_id = p.id and a.layer = 'techniques')
        + (select count(*) from annotation a where a.doc_id = p.id and a.layer = 'narratives'))::int as flags
    from page p
    order by p.published desc nulls last, p.id`.execute(db);
  const counted = await sql<{ total: number }>`select count(*)::int as total ${from}`.execute(db);
  const total = counted.rows[0]?.total ?? 0;
  return { items: rows.rows, total };
}
