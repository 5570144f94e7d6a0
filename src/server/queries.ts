/**
 * Read models the web app needs beyond the CLI's: flag counts per document, a speaker's timeline,
 * quantities by unit, and removing a document. One SQL dialect for PGlite and PostgreSQL.
 */
import { sql } from 'kysely';
import type { Store } from '../store/db.js';
import { forgetClaimIndex, STORE_LOCK } from '../store/claim-index.js';
import { regroup } from '../store/matching.js';

/** Technique and narrative annotations per document. */
export async function flagCounts(db: Store): Promise<Map<number, number>> {
  const rows = await sql<{ doc_id: number; n: number }>`
    select doc_id, count(*)::int as n from annotation where layer in ('techniques', 'narratives') group by doc_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.doc_id, r.n]));
}

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
    await regroup(trx, groups.map((g) => g.grp!));
    return true;
  });
  if (removed) forgetClaimIndex(db);
  return removed;
}
