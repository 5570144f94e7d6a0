/**
 * Reviews of claims: an append-only history (a trigger refuses UPDATE and DELETE); the latest
 * review of a claim is its current verdict. A review refers to its claim by key (the hash of the
 * document's sha256, the quote and its occurrence) and also records the quote and span, so a review
 * survives re-analysis: when the key is gone, it is re-attached to the claim that now covers the
 * reviewed words.
 */
import { sql } from 'kysely';
import { ParleyError } from '../errors.js';
import type { Store } from './db.js';
import { findDocument } from './documents.js';

export const VERDICTS = ['true', 'mostly_true', 'misleading', 'false', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(v: string): v is Verdict {
  return (VERDICTS as readonly string[]).includes(v);
}

/** A claim as stored now. */
export interface ClaimRef {
  readonly id: number;
  readonly key: string;
  readonly doc: number;
  readonly doc_sha256: string;
  readonly uri: string;
  readonly idx: number;
  readonly start: number;
  readonly end: number;
  readonly turn: number | null;
  readonly speaker: string | null;
  readonly speaker_id: number | null;
  readonly kind: string | null;
  readonly score: number | null;
  readonly quote: string;
  readonly numbers: readonly string[];
}

function claimQuery(db: Store) {
  return db
    .selectFrom('claim as c')
    .innerJoin('document as d', 'd.id', 'c.doc_id')
    .leftJoin('speaker_alias as sa', 'sa.key', 'c.speaker_key')
    .leftJoin('speaker as s', 's.id', 'sa.speaker_id')
    .select([
      'c.id', 'c.key', 'c.doc_id as doc', 'd.sha256 as doc_sha256', 'd.uri', 'c.idx', 'c.start', 'c.end', 'c.turn',
      's.name as speaker', 's.id as speaker_id', 'c.kind', 'c.score', 'c.quote', 'c.numbers',
    ]);
}

/**
 * Resolves what a user typed to a claim: a prefix of its key (≥ 6 hex digits) or `<doc>#<index>`
 * (index into the document's claims layer). Throws ParleyError('unknown_ref') when none.
 */
export async function findClaim(db: Store, ref: string): Promise<ClaimRef> {
  const r = ref.trim();
  const hash = /^(.+)#(\d+)$/.exec(r);
  if (hash) {
    const doc = await findDocument(db, hash[1]!);
    const row = await claimQuery(db).where('c.doc_id', '=', doc.id).where('c.idx', '=', Number(hash[2])).executeTakeFirst();
    if (row) return row;
    throw new ParleyError('unknown_ref', `document ${doc.id} has no claim #${hash[2]}`);
  }
  if (/^[0-9a-f]{6,16}$/i.test(r)) {
    const rows = await claimQuery(db).where('c.key', 'like', `${r.toLowerCase()}%`).limit(2).execute();
    if (rows.length > 1) throw new ParleyError('usage', `claim prefix "${r}" is ambiguous; give more digits`);
    if (rows[0]) return rows[0];
  }
  throw new ParleyError('unknown_ref', `no claim "${r}" in the corpus (see "parley claims")`);
}

/** Claims of the corpus, filtered; in document then position order. */
export async function listClaims(
  db: Store,
  options: { docIds?: readonly number[]; speakerKeys?: readonly string[]; keys?: readonly string[]; limit?: number } = {},
): Promise<ClaimRef[]> {
  let q = claimQuery(db);
  if (options.docIds) q = options.docIds.length ? q.where('c.doc_id', 'in', options.docIds) : q.where(sql<boolean>`false`);
  if (options.speakerKeys) q = options.speakerKeys.length ? q.where('c.speaker_key', 'in', options.speakerKeys) : q.where(sql<boolean>`false`);
  if (options.keys) q = options.keys.length ? q.where('c.key', 'in', options.keys) : q.where(sql<boolean>`false`);
  q = q.orderBy('c.doc_id').orderBy('c.idx');
  if (options.limit) q = q.limit(options.limit);
  return q.execute();
}

export interface Review {
  readonly id: number;
  readonly claim_key: string;
  readonly doc_sha256: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly verdict: Verdict;
  readonly note: string | null;
  readonly sources: readonly string[];
  readonly reviewer: string;
  /** ISO 8601. */
  readonly created_at: string;
}

export interface NewReview {
  readonly verdict: string;
  readonly note?: string | null;
  readonly sources?: readonly string[];
  readonly reviewer: string;
}

function toReview(r: {
  id: number; claim_key: string; doc_sha256: string; quote: string; start: number; end: number; verdict: string;
  note: string | null; sources: string[]; reviewer: string; created_at: Date | string;
}): Review {
  return { ...r, verdict: r.verdict as Verdict, created_at: new Date(r.created_at).toISOString() };
}

/** Checks a review's fields; throws ParleyError('usage'). */
export function validateReview(review: NewReview): void {
  if (!isVerdict(review.verdict)) throw new ParleyError('usage', `--verdict takes ${VERDICTS.join(', ')}, not "${review.verdict}"`);
  for (const s of review.sources ?? []) {
    let url: URL | undefined;
    try {
      url = new URL(s);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new ParleyError('usage', `--source takes an http(s) URL, not "${s}"`);
  }
  if (!review.reviewer.trim()) throw new ParleyError('usage', 'a review needs a reviewer (--reviewer or PARLEY_REVIEWER)');
}

/** Appends a review of `claim`; returns it with its id and time. */
export async function addReview(db: Store, claim: ClaimRef, review: NewReview): Promise<Review> {
  validateReview(review);
  const row = await db
    .insertInto('review')
    .values({
      claim_key: claim.key,
      doc_sha256: claim.doc_sha256,
      quote: claim.quote,
      start: claim.start,
      end: claim.end,
      verdict: review.verdict,
      note: review.note?.trim() || null,
      sources: JSON.stringify(review.sources ?? []),
      reviewer: review.reviewer.trim(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReview(row);
}

/** Every review of a claim key, oldest first; the last one is current. */
export async function reviewHistory(db: Store, claimKey: string): Promise<Review[]> {
  const rows = await db.selectFrom('review').selectAll().where('claim_key', '=', claimKey).orderBy('id').execute();
  return rows.map(toReview);
}

/** Every review of these claim keys, by key, oldest first. */
export async function reviewsByKeys(db: Store, keys: readonly string[]): Promise<Map<string, Review[]>> {
  const out = new Map<string, Review[]>();
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000);
    if (!chunk.length) break;
    const rows = await db.selectFrom('review').selectAll().where('claim_key', 'in', chunk).orderBy('id').execute();
    for (const r of rows) {
      let list = out.get(r.claim_key);
      if (!list) out.set(r.claim_key, (list = []));
      list.push(toReview(r));
    }
  }
  return out;
}

export interface CurrentReview {
  /** The latest review. */
  readonly review: Review;
  /** How many reviews the claim has had. */
  readonly count: number;
  /** The claim it applies to now; null when the reviewed words are no longer part of any claim. */
  readonly claim: ClaimRef | null;
  /** True when the claim's key changed with a re-analysis and the review was re-attached by its quote. */
  readonly reattached: boolean;
}

/** The current verdict of every reviewed claim (optionally of some documents), by document and position. */
export async function currentReviews(db: Store, options: { docIds?: readonly number[] } = {}): Promise<CurrentReview[]> {
  let shas: string[] | undefined;
  if (options.docIds) {
    if (!options.docIds.length) return [];
    shas = (await db.selectFrom('document').select('sha256').where('id', 'in', options.docIds).execute()).map((r) => r.sha256);
    if (!shas.length) return [];
  }
  const latest = await sql<Parameters<typeof toReview>[0] & { count: number }>`
    select distinct on (claim_key) id, claim_key, doc_sha256, quote, start, "end", verdict, note, sources, reviewer, created_at,
      count(*) over (partition by claim_key)::int as count
    from review
    ${shas ? sql`where doc_sha256 in (${sql.join(shas)})` : sql``}
    order by claim_key, id desc`.execute(db);
  if (!latest.rows.length) return [];
  const claims = await listClaims(db, { keys: latest.rows.map((r) => r.claim_key) });
  const byKey = new Map(claims.map((c) => [c.key, c]));
  const out: CurrentReview[] = [];
  const missing = latest.rows.filter((r) => !byKey.has(r.claim_key));
  const reattach = new Map<string, ClaimRef | null>();
  if (missing.length) {
    const docs = await db.selectFrom('document').select(['id', 'sha256', 'text']).where('sha256', 'in', [...new Set(missing.map((r) => r.doc_sha256))]).execute();
    const docBySha = new Map(docs.map((d) => [d.sha256, d]));
    const docClaims = await listClaims(db, { docIds: docs.map((d) => d.id) });
    for (const r of missing) {
      const d = docBySha.get(r.doc_sha256);
      if (!d) {
        reattach.set(r.claim_key, null);
        continue;
      }
      // Where the reviewed words are now: the occurrence nearest the recorded span.
      let at = -1;
      for (let i = d.text.indexOf(r.quote); i >= 0; i = d.text.indexOf(r.quote, i + 1)) {
        if (at < 0 || Math.abs(i - r.start) < Math.abs(at - r.start)) at = i;
      }
      const span = at >= 0 ? { start: at, end: at + r.quote.length } : { start: r.start, end: r.end };
      let best: ClaimRef | null = null;
      let bestOverlap = 0;
      for (const c of docClaims) {
        if (c.doc !== d.id) continue;
        const overlap = Math.min(c.end, span.end) - Math.max(c.start, span.start);
        if (overlap > bestOverlap) {
          best = c;
          bestOverlap = overlap;
        }
      }
      reattach.set(r.claim_key, best);
    }
  }
  const taken = new Map<string, CurrentReview>();
  for (const r of latest.rows) {
    const direct = byKey.get(r.claim_key);
    const claim = direct ?? reattach.get(r.claim_key) ?? null;
    const current: CurrentReview = { review: toReview(r), count: r.count, claim, reattached: !direct && claim !== null };
    if (claim) {
      // Two old keys re-attached to one claim: the more recent review is current.
      const prev = taken.get(claim.key);
      if (prev && prev.review.id > current.review.id) continue;
      taken.set(claim.key, current);
    } else out.push(current);
  }
  out.push(...taken.values());
  return out.sort(
    (a, b) => (a.claim?.doc ?? Infinity) - (b.claim?.doc ?? Infinity) || (a.claim?.start ?? 0) - (b.claim?.start ?? 0) || a.review.id - b.review.id,
  );
}
