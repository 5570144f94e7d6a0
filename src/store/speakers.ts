/**
 * Speakers and outlets as records of their own. Documents, turns, claims and roles refer to a
 * person by the key of the spelling they used; `speaker_alias` maps every key to one speaker, so
 * merging "V. Dremov" into "Viktor Dremov" only repoints aliases. Abbreviated names join a full
 * name when exactly one full name fits, whichever arrives first.
 */
import { sql, type Transaction } from 'kysely';
import type { Store } from './db.js';
import { abbreviates, isAbbreviated, outletKey, personKey, surnameOf } from './names.js';
import type { Database } from './schema.js';

type Db = Store | Transaction<Database>;

/** Records `name` as a speaker (or an alias of one) and returns its key; null for an empty name. */
export async function resolvePerson(trx: Transaction<Database>, name: string | null | undefined): Promise<string | null> {
  if (!name) return null;
  const key = personKey(name);
  if (!key) return null;
  const display = name.trim().replace(/\s+/g, ' ');
  const known = await trx.selectFrom('speaker_alias').select('speaker_id').where('key', '=', key).executeTakeFirst();
  if (known) return key;
  const surname = surnameOf(key);
  const sameSurname = await trx.selectFrom('speaker').select(['id', 'key']).where('surname', '=', surname).execute();
  if (isAbbreviated(key)) {
    const fits = sameSurname.filter((s) => abbreviates(key, s.key));
    if (fits.length === 1) {
      await trx.insertInto('speaker_alias').values({ key, speaker_id: fits[0]!.id, name: display }).execute();
      return key;
    }
  }
  const { id } = await trx
    .insertInto('speaker')
    .values({ key, name: display, surname })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('speaker_alias').values({ key, speaker_id: id, name: display }).execute();
  if (!isAbbreviated(key)) {
    // Abbreviated speakers seen earlier that only this full name fits become its aliases.
    for (const s of sameSurname) {
      if (!abbreviates(s.key, key)) continue;
      const fullNames = sameSurname.filter((o) => o.id !== s.id && !isAbbreviated(o.key) && abbreviates(s.key, o.key));
      if (fullNames.length) continue;
      await trx.updateTable('speaker_alias').set({ speaker_id: id }).where('speaker_id', '=', s.id).execute();
      await trx.deleteFrom('speaker').where('id', '=', s.id).execute();
    }
  }
  return key;
}

/** A PostgreSQL text[] literal. */
export function textArray(items: Iterable<string>): string {
  return `{${[...items].map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/**
 * Records people none of whom has a record yet, [personKey, name] in the order they were named,
 * with the same result as resolvePerson for each in turn. Someone whose surname no stored speaker
 * and no other of them has can neither abbreviate nor be abbreviated: a run of such people becomes
 * speakers and aliases in two statements. The rest go through resolvePerson one by one.
 */
export async function recordPeople(trx: Transaction<Database>, people: readonly (readonly [string, string])[]): Promise<void> {
  if (!people.length) return;
  const surnames = people.map(([key]) => surnameOf(key));
  const named = new Map<string, number>();
  for (const s of surnames) named.set(s, (named.get(s) ?? 0) + 1);
  const stored = await sql<{ surname: string }>`select distinct surname from speaker where surname = any(${textArray(named.keys())}::text[])`.execute(trx);
  const taken = new Set(stored.rows.map((r) => r.surname));
  let run: { key: string; name: string; surname: string }[] = [];
  const flush = async () => {
    // At most 1,000 people a statement: PostgreSQL takes 65,535 parameters.
    for (let i = 0; i < run.length; i += 1000) {
      const chunk = run.slice(i, i + 1000);
      const ids = await trx.insertInto('speaker').values(chunk).returning(['id', 'key']).execute();
      const idOf = new Map(ids.map((r) => [r.key, r.id]));
      await trx.insertInto('speaker_alias').values(chunk.map((p) => ({ key: p.key, speaker_id: idOf.get(p.key)!, name: p.name }))).execute();
    }
    run = [];
  };
  for (const [i, [key, name]] of people.entries()) {
    const surname = surnames[i]!;
    if (!taken.has(surname) && named.get(surname) === 1) run.push({ key, name: name.trim().replace(/\s+/g, ' '), surname });
    else {
      await flush();
      await resolvePerson(trx, name);
    }
  }
  await flush();
}

/** Records `name` as an outlet and returns its key; null for an empty name. */
export async function resolveOutlet(trx: Transaction<Database>, name: string | null | undefined): Promise<string | null> {
  if (!name) return null;
  const key = outletKey(name);
  if (!key) return null;
  const display = name.trim().replace(/\s+/g, ' ');
  const known = await trx.selectFrom('outlet_alias').select('outlet_id').where('key', '=', key).executeTakeFirst();
  if (known) return key;
  const { id } = await trx
    .insertInto('outlet')
    .values({ key, name: display })
    .onConflict((oc) => oc.column('key').doUpdateSet({ name: sql`outlet.name` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('outlet_alias').values({ key, outlet_id: id, name: display }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return key;
}

export interface SpeakerRef {
  readonly id: number;
  readonly name: string;
  /** Every key that names this speaker. */
  readonly keys: readonly string[];
}

/**
 * Speakers a user's words name: an exact key or alias first, else every speaker whose name or
 * alias contains the folded words. Empty when none.
 */
export async function findSpeakers(db: Db, query: string): Promise<SpeakerRef[]> {
  const key = personKey(query);
  if (!key) return [];
  let ids = (await db.selectFrom('speaker_alias').select('speaker_id').where('key', '=', key).execute()).map((r) => r.speaker_id);
  if (!ids.length) {
    const like = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    ids = (await db.selectFrom('speaker_alias').select('speaker_id').where('key', 'like', like).execute()).map((r) => r.speaker_id);
  }
  return refs(db, [...new Set(ids)]);
}

async function refs(db: Db, ids: number[]): Promise<SpeakerRef[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('speaker as s')
    .innerJoin('speaker_alias as a', 'a.speaker_id', 's.id')
    .select(['s.id', 's.name', 'a.key'])
    .where('s.id', 'in', ids)
    .orderBy('s.name')
    .orderBy('a.key')
    .execute();
  const byId = new Map<number, { id: number; name: string; keys: string[] }>();
  for (const r of rows) {
    let s = byId.get(r.id);
    if (!s) byId.set(r.id, (s = { id: r.id, name: r.name, keys: [] }));
    s.keys.push(r.key);
  }
  return [...byId.values()];
}

/** Outlets whose name or alias is or contains the folded words; keys of each. */
export async function findOutlets(db: Db, query: string): Promise<{ id: number; name: string; keys: string[] }[]> {
  const key = outletKey(query);
  if (!key) return [];
  let rows = await db.selectFrom('outlet_alias').select('outlet_id').where('key', '=', key).execute();
  if (!rows.length) {
    const like = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    rows = await db.selectFrom('outlet_alias').select('outlet_id').where('key', 'like', like).execute();
  }
  const ids = [...new Set(rows.map((r) => r.outlet_id))];
  if (!ids.length) return [];
  const all = await db
    .selectFrom('outlet as o')
    .innerJoin('outlet_alias as a', 'a.outlet_id', 'o.id')
    .select(['o.id', 'o.name', 'a.key'])
    .where('o.id', 'in', ids)
    .orderBy('o.name')
    .execute();
  const byId = new Map<number, { id: number; name: string; keys: string[] }>();
  for (const r of all) {
    let o = byId.get(r.id);
    if (!o) byId.set(r.id, (o = { id: r.id, name: r.name, keys: [] }));
    o.keys.push(r.key);
  }
  return [...byId.values()];
}

export interface SpeakerSummary {
  readonly id: number;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly documents: number;
  readonly turns: number;
  readonly words: number;
  readonly claims: number;
  /** The role of the most recent document that names one, or null. */
  readonly role: string | null;
  readonly first: string | null;
  readonly last: string | null;
}

/** Every speaker with counts, most documents first. */
export async function listSpeakers(db: Db, options: { limit?: number } = {}): Promise<SpeakerSummary[]> {
  const turnStats = await sql<{ speaker_id: number; documents: number; turns: number; words: number; first: string | null; last: string | null }>`
    select a.speaker_id, count(distinct t.doc_id)::int as documents, count(*)::int as turns, coalesce(sum(t.words), 0)::int as words,
      min(d.published) as first, max(d.published) as last
    from turn t join speaker_alias a on a.key = t.speaker_key join document d on d.id = t.doc_id
    group by a.speaker_id`.execute(db);
  const claimStats = await sql<{ speaker_id: number; claims: number }>`
    select a.speaker_id, count(*)::int as claims from claim c join speaker_alias a on a.key = c.speaker_key group by a.speaker_id`.execute(db);
  const roles = await latestRoles(db);
  const speakers = await db
    .selectFrom('speaker as s')
    .innerJoin('speaker_alias as a', 'a.speaker_id', 's.id')
    .select(['s.id', 's.name', 'a.name as alias'])
    .orderBy('s.id')
    .execute();
  const byId = new Map<number, { id: number; name: string; aliases: Set<string> }>();
  for (const r of speakers) {
    let s = byId.get(r.id);
    if (!s) byId.set(r.id, (s = { id: r.id, name: r.name, aliases: new Set() }));
    if (r.alias !== r.name) s.aliases.add(r.alias);
  }
  const ts = new Map(turnStats.rows.map((r) => [r.speaker_id, r]));
  const cs = new Map(claimStats.rows.map((r) => [r.speaker_id, r.claims]));
  const out: SpeakerSummary[] = [...byId.values()].map((s) => {
    const t = ts.get(s.id);
    return {
      id: s.id,
      name: s.name,
      aliases: [...s.aliases].sort(),
      documents: t?.documents ?? 0,
      turns: t?.turns ?? 0,
      words: t?.words ?? 0,
      claims: cs.get(s.id) ?? 0,
      role: roles.get(s.id) ?? null,
      first: t?.first ?? null,
      last: t?.last ?? null,
    };
  });
  out.sort((a, b) => b.documents - a.documents || b.words - a.words || a.name.localeCompare(b.name));
  return options.limit ? out.slice(0, options.limit) : out;
}

/** The role of each speaker's latest document; "interviewer" only when no other role is known. */
async function latestRoles(db: Db): Promise<Map<number, string>> {
  const rows = await sql<{ speaker_id: number; role: string; published: string | null; doc_id: number }>`
    select a.speaker_id, r.role, r.published, r.doc_id from speaker_role r join speaker_alias a on a.key = r.speaker_key
    order by a.speaker_id, (r.role <> 'interviewer'), r.published nulls first, r.doc_id`.execute(db);
  const out = new Map<number, string>();
  for (const r of rows.rows) out.set(r.speaker_id, r.role);
  return out;
}

export interface RoleSpan {
  readonly role: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly documents: number;
}

export interface SpeakerProfile extends SpeakerSummary {
  /** Roles over time, in order of first appearance. */
  readonly roles: readonly RoleSpan[];
  readonly outlets: readonly { name: string; documents: number }[];
  readonly documentList: readonly { id: number; sha256: string; title: string | null; published: string | null; outlet: string | null }[];
  readonly techniques: readonly { technique: string; count: number }[];
}

/** A speaker's record: counts, roles over time, outlets, documents, techniques in their turns. */
export async function speakerProfile(db: Db, id: number): Promise<SpeakerProfile | undefined> {
  const summary = (await listSpeakers(db)).find((s) => s.id === id);
  if (!summary) return undefined;
  const roles = await sql<{ role: string; from: string | null; to: string | null; documents: number }>`
    select r.role, min(r.published) as "from", max(r.published) as "to", count(distinct r.doc_id)::int as documents
    from speaker_role r join speaker_alias a on a.key = r.speaker_key
    where a.speaker_id = ${id}
    group by r.role
    order by min(coalesce(r.published, '')), r.role`.execute(db);
  const docs = await sql<{ id: number; sha256: string; title: string | null; published: string | null; outlet: string | null }>`
    select d.id, d.sha256, d.meta->>'title' as title, d.published, o.name as outlet
    from document d
    left join outlet_alias oa on oa.key = d.outlet_key left join outlet o on o.id = oa.outlet_id
    where d.id in (
      select t.doc_id from turn t join speaker_alias a on a.key = t.speaker_key where a.speaker_id = ${id}
      union select r.doc_id from speaker_role r join speaker_alias a on a.key = r.speaker_key where a.speaker_id = ${id})
    order by d.published nulls last, d.id`.execute(db);
  const outlets = new Map<string, number>();
  for (const d of docs.rows) if (d.outlet) outlets.set(d.outlet, (outlets.get(d.outlet) ?? 0) + 1);
  const techniques = await techniquesBySpeaker(db, id);
  return {
    ...summary,
    roles: roles.rows,
    outlets: [...outlets].map(([name, documents]) => ({ name, documents })).sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name)),
    documentList: docs.rows,
    techniques: techniques.get(id) ?? [],
  };
}

/**
 * Counts of a layer's items by one attribute, per speaker of the turn each item refers to
 * (items carry `turn`, an index into the turns layer). Used for techniques per speaker.
 */
export async function layerBySpeaker(
  db: Db,
  layerName: string,
  attr: string,
  speakerId?: number,
): Promise<Map<number, { value: string; count: number }[]>> {
  const rows = await sql<{ speaker_id: number; value: string; count: number }>`
    select sa.speaker_id, an.attrs->>${attr} as value, count(*)::int as count
    from annotation an
    join turn t on t.doc_id = an.doc_id and t.idx = (an.attrs->>'turn')::int
    join speaker_alias sa on sa.key = t.speaker_key
    where an.layer = ${layerName} and jsonb_typeof(an.attrs->'turn') = 'number'
      ${speakerId === undefined ? sql`` : sql`and sa.speaker_id = ${speakerId}`}
    group by 1, 2
    order by 1, 3 desc, 2`.execute(db);
  const out = new Map<number, { value: string; count: number }[]>();
  for (const r of rows.rows) {
    let list = out.get(r.speaker_id);
    if (!list) out.set(r.speaker_id, (list = []));
    list.push({ value: r.value, count: r.count });
  }
  return out;
}

async function techniquesBySpeaker(db: Db, id?: number): Promise<Map<number, { technique: string; count: number }[]>> {
  const by = await layerBySpeaker(db, 'techniques', 'technique', id);
  return new Map([...by].map(([k, list]) => [k, list.map((x) => ({ technique: x.value, count: x.count }))]));
}

/**
 * The role each speaker held in each of these documents (by document id, then speaker id);
 * "interviewer" only when nothing else is known, else the longest stated role.
 */
export async function rolesInDocuments(db: Db, docIds: readonly number[]): Promise<Map<number, Map<number, string>>> {
  const out = new Map<number, Map<number, string>>();
  if (!docIds.length) return out;
  const rows = await db
    .selectFrom('speaker_role as r')
    .innerJoin('speaker_alias as a', 'a.key', 'r.speaker_key')
    .select(['r.doc_id', 'a.speaker_id', 'r.role'])
    .where('r.doc_id', 'in', docIds)
    .orderBy('r.doc_id')
    .orderBy('r.role')
    .execute();
  for (const r of rows) {
    let byDoc = out.get(r.doc_id);
    if (!byDoc) out.set(r.doc_id, (byDoc = new Map()));
    const prev = byDoc.get(r.speaker_id);
    const better = prev === undefined || prev === 'interviewer' || (r.role !== 'interviewer' && r.role.length > prev.length);
    if (better) byDoc.set(r.speaker_id, r.role);
  }
  return out;
}
