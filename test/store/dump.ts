/**
 * A canonical dump of a corpus for comparing two stores: every row by content, without the
 * numbers and times that depend on the order documents were stored in.
 */
import { sql } from 'kysely';
import type { Store } from '../../src/store/db.js';

export async function dumpCorpus(db: Store): Promise<Record<string, unknown[]>> {
  const q = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;
  const byKey = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    documents: byKey(await q(sql`select sha256, uri, text, meta, source, removed, diagnostics, layers, parley_version, words,
      published, language, outlet_key, interviewee_key from document`)),
    annotations: byKey(await q(sql`select d.sha256, a.layer, a.idx, a.start, a."end", a.attrs from annotation a join document d on d.id = a.doc_id`)),
    turns: byKey(await q(sql`select d.sha256, t.idx, t.start, t."end", t.role, t.speaker, t.speaker_key, t.words, t.body, t.cfg, t.published, t.tsv::text as tsv
      from turn t join document d on d.id = t.doc_id`)),
    claims: byKey(await q(sql`select d.sha256, c.idx, c.key, c.start, c."end", c.turn, c.speaker_key, c.kind, c.score, c.quote, c.norm, c.numbers,
      (select array_agg(x order by x) from unnest(c.sig) x)::text as sig from claim c join document d on d.id = c.doc_id`)),
    // Groups by membership: which evidence edges were kept depends on the order of adding.
    groups: byKey(await q(sql`select array_agg(key order by key) as claims from claim where grp is not null group by grp`)),
    speakers: byKey(await q(sql`select s.key, array_agg(a.key order by a.key) as aliases from speaker s join speaker_alias a on a.speaker_id = s.id group by s.key`)),
    roles: byKey(await q(sql`select d.sha256, r.speaker_key, r.role, r.published from speaker_role r join document d on d.id = r.doc_id`)),
    outlets: byKey(await q(sql`select o.key, array_agg(a.key order by a.key) as aliases from outlet o join outlet_alias a on a.outlet_id = o.id group by o.key`)),
    reviews: byKey(await q(sql`select claim_key, doc_sha256, quote, verdict, note, sources, reviewer from review`)),
  };
}
