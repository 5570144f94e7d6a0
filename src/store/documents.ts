/**
 * Documents in the corpus: store analyses, each entirely or not at all (one transaction for one
 * document or a batch; idempotent by the sha256 of the raw bytes), load one back as the same
 * `Doc`, list and resolve references.
 */
import { sql, type Transaction } from 'kysely';
import { SCHEMA, type Doc, type Meta } from '../doc.js';
import { ParleyError } from '../errors.js';
import { loadLayers } from './annotations.js';
import type { Store } from './db.js';
import { ClaimIndex, claimIndex, forgetClaimIndex, STORE_LOCK } from './claim-index.js';
import { applyMatches, findMatches, planMatches, regroup, type Edge, type FoundMatch, type MatchPlan, type Regroup } from './matching.js';
import { outletKey, personKey } from './names.js';
import { prepareDocument, type PreparedDocument } from './prepare.js';
import type { Database } from './schema.js';
import { recordPeople, resolveOutlet, textArray } from './speakers.js';

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
 * Stores are serialised by an advisory lock (see claim-index.ts). Accepts a Doc or the output of
 * `prepareDocument` (computed in a worker thread by `parley add`). `storeDocuments` stores several.
 * @example
 * const r = await storeDocument(db, await analyze('interview.html'), { version: '0.1.0' });
 * r.status; // 'added'
 */
export async function storeDocument(db: Store, input: Doc | PreparedDocument, options: StoreOptions): Promise<StoreResult> {
  return (await storeDocuments(db, [input], options))[0]!;
}

/**
 * Stores several documents in one transaction: all of them or none, so a process killed at any
 * moment leaves each document either stored entirely or not at all, and running it again stores
 * the rest. Each document gets the result `storeDocument` would have given it had they been
 * stored one after the other, in this order (a document repeated in the list is `unchanged` the
 * second time). The new documents go in one statement with everything they add (data-modifying
 * CTEs), and their claim matches in one more; a document stored already is replaced on its own.
 * `parley add` stores what its workers have ready at once, which costs a fraction of a transaction
 * per document.
 */
export async function storeDocuments(db: Store, inputs: readonly (Doc | PreparedDocument)[], options: StoreOptions): Promise<StoreResult[]> {
  if (!inputs.length) return [];
  const ps = inputs.map((x) => ('annotationRows' in x ? x : prepareDocument(x)));
  try {
    return await db.transaction().execute(async (trx) => {
      // One writer at a time (across processes on a server), so the claim index sees every claim.
      await sql`select pg_advisory_xact_lock(${STORE_LOCK})`.execute(trx);
      try {
        return await storeAll(trx, claimIndex(db), ps, options);
      } catch (err) {
        // Still under the lock: the index holds this transaction's claims, which are about to be rolled back.
        forgetClaimIndex(db);
        throw err;
      }
    });
  } catch (err) {
    forgetClaimIndex(db);
    throw err;
  }
}

type Trx = Transaction<Database>;
type Existing = { id: number; parley_version: string; words: number };

const unchanged = (e: { id: number; words: number }): StoreResult => ({ status: 'unchanged', id: e.id, words: e.words, claims: 0, matches: 0 });

/** The body of `storeDocuments`, under the lock. Claims enter the index as they are inserted. */
async function storeAll(trx: Trx, index: ClaimIndex, ps: readonly PreparedDocument[], options: StoreOptions): Promise<StoreResult[]> {
  const results: (StoreResult | undefined)[] = new Array(ps.length);
  const existing = new Map<string, Existing>();
  if (options.force || options.maybeStored !== false) {
    const rows = await trx
      .selectFrom('document')
      .select(['id', 'sha256', 'parley_version', 'words'])
      .where('sha256', 'in', [...new Set(ps.map((p) => p.sha256))])
      .forUpdate()
      .execute();
    for (const r of rows) existing.set(r.sha256, r);
  }
  // Runs of new documents are inserted together; stored ones (and repeats) one by one, in order.
  const fresh = new Set<number>();
  const write: number[] = [];
  const seen = new Set<string>();
  // The first of a batch's copies of a stored document: its row, read above, needs no second read.
  const read = new Map<number, Existing>();
  ps.forEach((p, i) => {
    const e = existing.get(p.sha256);
    if (e && e.parley_version === options.version && !options.force) results[i] = unchanged(e);
    else {
      write.push(i);
      if (!seen.has(p.sha256)) {
        if (e) read.set(i, e);
        else fresh.add(i);
      }
    }
    seen.add(p.sha256);
  });
  if (!write.length) return results as StoreResult[];
  const outletKeys = await resolveAllNames(trx, write.map((i) => ps[i]!));
  await index.refresh(trx);
  const one = (i: number, existing?: Existing | null) => storeOne(trx, index, ps[i]!, options, outletKeys.get(ps[i]!) ?? null, existing);
  let run: number[] = [];
  const flush = async () => {
    // One alone is stored as `storeDocument` always did (JSON rather than JSONB: no size limit of 256 MB).
    if (run.length === 1) results[run[0]!] = await one(run[0]!, null);
    else if (run.length) {
      const stored = await insertNew(trx, index, run.map((i) => ps[i]!), options.version, outletKeys);
      // Undefined: stored already although the caller said it was not (by another process since).
      for (const [k, i] of run.entries()) results[i] = stored[k] ?? (await one(i));
    }
    run = [];
  };
  for (const i of write) {
    if (fresh.has(i)) run.push(i);
    else {
      await flush();
      results[i] = await one(i, read.get(i));
    }
  }
  await flush();
  return results as StoreResult[];
}

/**
 * The people and outlets of several documents: one query finds which people and outlets have
 * records already; the others are created in the order the documents name them. Returns each
 * document's outlet key.
 */
async function resolveAllNames(trx: Trx, ps: readonly PreparedDocument[]): Promise<Map<PreparedDocument, string | null>> {
  const people = new Map<string, string>();
  const outlets = new Map<string, string>();
  const out = new Map<PreparedDocument, string | null>();
  for (const p of ps) {
    for (const name of p.people) {
      const key = personKey(name);
      if (key && !people.has(key)) people.set(key, name);
    }
    const key = p.outlet ? outletKey(p.outlet) : '';
    if (key && !outlets.has(key)) outlets.set(key, p.outlet!);
    out.set(p, key || null);
  }
  if (!people.size && !outlets.size) return out;
  const known = await sql<{ kind: string; key: string }>`
    select 'p' as kind, key from speaker_alias where key = any(${textArray(people.keys())}::text[])
    union all select 'o' as kind, key from outlet_alias where key = any(${textArray(outlets.keys())}::text[])`.execute(trx);
  const has = new Set(known.rows.map((r) => `${r.kind}${r.key}`));
  await recordPeople(trx, [...people].filter(([key]) => !has.has(`p${key}`)));
  for (const [key, name] of outlets) if (!has.has(`o${key}`)) await resolveOutlet(trx, name);
  return out;
}

/**
 * Inserts documents that are not stored yet, with their annotations, turns, roles and claims, in
 * one statement, then their claim matches in a second. Matching goes document by document as if
 * they were stored one after the other: each against the claims stored before (found before the
 * insert, so their groups come back with it) and those of the documents before it in the list.
 * Returns a result per document, undefined for one that turned out to be stored already.
 */
async function insertNew(
  trx: Trx,
  index: ClaimIndex,
  ps: readonly PreparedDocument[],
  version: string,
  outletKeys: ReadonlyMap<PreparedDocument, string | null>,
): Promise<(StoreResult | undefined)[]> {
  const pre = ps.map((p) => findMatches(p.claimSigs, index));
  const matched = `{${[...new Set(pre.flatMap((f) => f.map((m) => m.other)))].join(',')}}`;
  // JSON arrays built by join, which makes flat strings: PGlite measures and copies each parameter
  // a character at a time, at half the speed on a concatenation of strings.
  const array = (items: string[]) => ['[', items.join(','), ']'].join('');
  const docs = array(ps.map((p, k) => documentRow(p, k + 1, version, outletKeys.get(p) ?? null)));
  const nested = (rows: (p: PreparedDocument) => string) => array(ps.map(rows));
  const { rows } = await sql<{ docs: [number, number][] | null; claims: [number, number, number][] | null; groups: [number, number | null][] | null }>`
    with s as (select * from jsonb_to_recordset(${docs}::jsonb) as x(o integer, sha256 text, uri text, text text, meta jsonb,
        source jsonb, removed jsonb, diagnostics jsonb, layers jsonb, parley_version text, words integer, published text,
        language text, outlet_key text, interviewee_key text, cfg text)),
    d as (insert into document (sha256, uri, text, meta, source, removed, diagnostics, layers, parley_version, words,
        published, language, outlet_key, interviewee_key)
      select sha256, uri, text, meta, source, removed, diagnostics, layers, parley_version, words, published, language,
        outlet_key, interviewee_key from s order by o
      on conflict (sha256) do nothing returning id, sha256),
    ds as (select d.id, s.o, s.cfg, s.cfg::regconfig as config, s.published from d join s using (sha256)),
    a as (insert into annotation (doc_id, layer, idx, start, "end", attrs)
      select ds.id, x.layer, x.idx, x.start, x."end", x.attrs
      from jsonb_array_elements(${nested((p) => p.annotationRows)}::jsonb) with ordinality as e(r, o) join ds on ds.o = e.o,
        jsonb_to_recordset(e.r) as x(layer text, idx integer, start integer, "end" integer, attrs jsonb)),
    t as (insert into turn (doc_id, idx, start, "end", role, speaker, speaker_key, words, body, cfg, tsv, published)
      select ds.id, x.idx, x.start, x."end", x.role, x.speaker, x.speaker_key, x.words, x.body, ds.cfg,
        to_tsvector(ds.config, coalesce(x.ix, x.body)), ds.published
      from jsonb_array_elements(${nested((p) => p.turnRows)}::jsonb) with ordinality as e(r, o) join ds on ds.o = e.o,
        jsonb_to_recordset(e.r) as x(idx integer, start integer, "end" integer, role text, speaker text, speaker_key text,
          words integer, body text, ix text)),
    r as (insert into speaker_role (doc_id, speaker_key, role, published)
      select ds.id, x.speaker_key, x.role, ds.published
      from jsonb_array_elements(${nested((p) => p.roleRows)}::jsonb) with ordinality as e(r, o) join ds on ds.o = e.o,
        jsonb_to_recordset(e.r) as x(speaker_key text, role text)
      on conflict do nothing),
    c as (insert into claim (doc_id, idx, key, start, "end", turn, speaker_key, kind, score, quote, norm, numbers, sig)
      select ds.id, x.idx, x.key, x.start, x."end", x.turn, x.speaker_key, x.kind, x.score, x.quote, x.norm, x.numbers, x.sig
      from jsonb_array_elements(${nested((p) => p.claimRows)}::jsonb) with ordinality as e(r, o) join ds on ds.o = e.o,
        jsonb_to_recordset(e.r) as x(idx integer, key text, start integer, "end" integer, turn integer, speaker_key text,
          kind text, score real, quote text, norm text, numbers text[], sig bigint[])
      order by ds.o, x.idx
      returning id, doc_id, idx)
    select (select json_agg(json_build_array(ds.o, ds.id)) from ds) as docs,
      (select json_agg(json_build_array(c.doc_id, c.idx, c.id)) from c) as claims,
      (select json_agg(json_build_array(o.id, o.grp)) from claim o where o.id = any(${matched}::integer[])) as groups`.execute(trx);
  const row = rows[0]!;
  const idOfDoc = new Map(row.docs ?? []);
  const claimIds = new Map<number, [number, number][]>();
  for (const [doc, idx, id] of row.claims ?? []) {
    let list = claimIds.get(doc);
    if (!list) claimIds.set(doc, (list = []));
    list.push([idx, id]);
  }
  const groups = new GroupState(row.groups ?? []);
  // The claims of this run, for matching each document with those before it (cheaper to probe than the whole index).
  const run = new ClaimIndex();
  const out = ps.map((p, k) => {
    const id = idOfDoc.get(k + 1);
    if (id === undefined) return undefined;
    const found = [...pre[k]!, ...findMatches(p.claimSigs, run)];
    const ids = claimIds.get(id) ?? [];
    for (const [idx, claimId] of ids) {
      const [, norm, numbers, sig] = p.claimSigs[idx]!;
      index.add(claimId, id, norm, numbers, sig);
      if (k < ps.length - 1) run.add(claimId, id, norm, numbers, sig);
      groups.addClaim(claimId);
    }
    const plan = planMatches(found, new Map(ids), groups.of(found));
    groups.apply(plan);
    return { status: 'added', id, words: p.words, claims: p.claims, matches: plan.edges.length } as StoreResult;
  });
  await applyMatches(trx, groups.plan());
  return out;
}

/** A document row of `insertNew` as JSON text (meta, source… are JSON already). */
function documentRow(p: PreparedDocument, o: number, version: string, outletKey: string | null): string {
  const j = JSON.stringify;
  return `{"o":${o},"sha256":${j(p.sha256)},"uri":${j(p.uri)},"text":${j(p.text)},"meta":${p.meta},"source":${p.source},"removed":${p.removed},"diagnostics":${p.diagnostics},"layers":${p.layers},"parley_version":${j(version)},"words":${p.words},"published":${j(p.published)},"language":${j(p.language)},"outlet_key":${j(outletKey)},"interviewee_key":${j(p.intervieweeKey)},"cfg":${j(p.cfg)}}`;
}

/**
 * The groups of claims as the match plans of several documents leave them, kept in memory so the
 * plans can be written in one statement: a claim's group is what it was assigned (by the
 * database, or by a plan here), followed through the groups merged into others since.
 */
class GroupState {
  private readonly assigned = new Map<number, number | null>();
  private readonly merged = new Map<number, number>();
  private readonly moved = new Set<number>();
  private readonly edges: Edge[] = [];

  /** `groups`: [claim id, its group or null] from the database; a claim not among them is not stored. */
  constructor(groups: readonly [number, number | null][]) {
    for (const [id, grp] of groups) this.assigned.set(id, grp);
  }

  /** A claim inserted here, in no group. */
  addClaim(id: number): void {
    this.assigned.set(id, null);
  }

  private find(g: number): number {
    let r = g;
    for (let next = this.merged.get(r); next !== undefined; next = this.merged.get(r)) r = next;
    return r;
  }

  /** The current group (or null) of each stored claim matched. */
  of(found: readonly FoundMatch[]): Map<number, number | null> {
    const out = new Map<number, number | null>();
    for (const f of found) {
      const g = this.assigned.get(f.other);
      if (g !== undefined) out.set(f.other, g === null ? null : this.find(g));
    }
    return out;
  }

  apply(plan: MatchPlan): void {
    for (const r of plan.regroup) {
      if (r.kind === 'g') this.merged.set(r.old, r.target);
      else {
        this.assigned.set(r.old, r.target);
        this.moved.add(r.old);
      }
    }
    this.edges.push(...plan.edges);
  }

  /**
   * The plans combined: each merged group moves to where it ended up, each claim given a group
   * here to where that group ended up. The two never touch the same row: claims given a group
   * here had none in the database, merged groups are found by the group they had there.
   */
  plan(): MatchPlan {
    const regroup: Regroup[] = [];
    for (const g of this.merged.keys()) regroup.push({ kind: 'g', old: g, target: this.find(g) });
    for (const id of this.moved) regroup.push({ kind: 'c', old: id, target: this.find(this.assigned.get(id)!) });
    return { edges: this.edges, regroup };
  }
}

/**
 * Stores one document in `trx`, replacing it when it is stored already by another version (or
 * `force`): everything it adds goes in one statement (data-modifying CTEs), which also returns the
 * groups of the stored claims its claims match; the match edges follow in a second one.
 * `known`: the stored document, null when known not to be stored, undefined to look it up.
 */
async function storeOne(
  trx: Trx,
  index: ClaimIndex,
  p: PreparedDocument,
  options: StoreOptions,
  outletKey: string | null,
  known?: Existing | null,
): Promise<StoreResult> {
  const current = () =>
    trx.selectFrom('document').select(['id', 'parley_version', 'words']).where('sha256', '=', p.sha256).forUpdate().executeTakeFirst();
  // The common case, a new document, costs no lookup: the insert reports a conflict instead.
  let existing = known === undefined ? await current() : (known ?? undefined);
  if (existing && existing.parley_version === options.version && !options.force) return unchanged(existing);
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
      index.delete(old.rows.map((r) => r.id));
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
    // A replaced document's own claims left the index above.
    const found = findMatches(p.claimSigs, index);
    const matched = `{${[...new Set(found.map((f) => f.other))].join(',')}}`;
    const { rows } = await sql<{ doc_id: number | null; claim_ids: [number, number][]; groups: [number, number | null][] }>`
      with d as (${target}),
      a as (insert into annotation (doc_id, layer, idx, start, "end", attrs)
        select d.id, x.layer, x.idx, x.start, x."end", x.attrs
        from d, json_to_recordset(${p.annotationRows}::json) as x(layer text, idx integer, start integer, "end" integer, attrs jsonb)),
      t as (insert into turn (doc_id, idx, start, "end", role, speaker, speaker_key, words, body, cfg, tsv, published)
        select d.id, x.idx, x.start, x."end", x.role, x.speaker, x.speaker_key, x.words, x.body, ${p.cfg},
          to_tsvector(${p.cfg}::regconfig, coalesce(x.ix, x.body)), ${p.published}
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
    for (const [idx, id] of row.claim_ids) {
      const [, norm, numbers, sig] = p.claimSigs[idx]!;
      index.add(id, row.doc_id, norm, numbers, sig);
    }
    return { status, id: row.doc_id, words: p.words, claims: p.claims, matches: plan.edges.length };
  }
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
