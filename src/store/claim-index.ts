/**
 * The candidate index of claim matching, in memory: signature key → claim ids, and each claim's
 * document, content words and quantities (which never change for a claim id), for every claim in
 * the corpus. A GIN index on `claim.sig` did the lookup in SQL at about 7 ms per document (inserting
 * ~900 keys and probing ~900 more), and reading the candidates back grew with the corpus; this costs
 * a fraction of a millisecond. `claim` stays the source of truth.
 *
 * Stems and quantities are interned to small integers and each claim's are kept sorted in one flat
 * typed array, so comparing two claims is a merge of two short integer runs and the index holds no
 * object per claim (two Sets per claim were tens of thousands of objects for the garbage collector).
 *
 * It is exact because every document store takes the same transaction-level advisory lock before
 * reading it, so writers are serialised and claim ids grow in commit order: under the lock, the
 * claims another process added since are those with a larger id (`refresh`). A claim deleted by
 * another process may linger here; matches are checked against `claim` when stored, which drops it.
 * Claims enter the index as they are inserted, inside the storing transaction; when that
 * transaction fails, the index is dropped and loaded again on next use (see storeDocuments).
 */
import { sql, type Transaction } from 'kysely';
import type { Store } from './db.js';
import type { Database } from './schema.js';

/** The advisory lock key that serialises document stores (any constant; "parley" in ASCII). */
export const STORE_LOCK = 0x7061726c6579;

/** A claim as the index holds it: interned stems and quantities, each sorted and distinct. */
export interface IndexedClaim {
  readonly stems: Int32Array;
  readonly numbers: Int32Array;
}

const EMPTY = new Int32Array(0);

/** The filter bit of a key: its two halves mixed (the bucket uses the low one alone), top bits. */
function filterBit(key: number, shift: number): number {
  return Math.imul((key >>> 0) ^ Math.floor(key / 0x100000000), 0x9e3779b1) >>> shift;
}

/** Grows a typed array to at least `n` elements (doubling). */
function grow<T extends Int32Array | Float64Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2, 1024));
  b.set(a);
  return b;
}

/**
 * Signature key → claim ids in a chained hash table over typed arrays (a key's postings form a list
 * through `next`; the buckets are the low bits of the key, which is a hash already); claims by id in
 * flat arrays. About 30 bytes per posting, and one or two memory reads per key probed.
 */
export class ClaimIndex {
  /** Bucket → first posting + 1 (0: empty); the length is a power of two. */
  private heads = new Int32Array(1 << 12);
  /**
   * A one-hash Bloom filter of the keys, 8 bits per bucket (a few megabytes, so it mostly stays in
   * cache): most keys probed are in no claim, and this answers so without reading the table.
   */
  private filter = new Int32Array((1 << 12) / 4);
  private filterShift = 32 - 15;
  /** Posting p at 3p: key, claim id, next posting of its bucket + 1 (together, one memory read). */
  private posts = new Float64Array(0);
  private postings = 0;
  /** By claim id: its document (0 = unknown or deleted), where its stems and numbers start in `pool`. */
  private docOf = new Int32Array(0);
  private at = new Int32Array(0);
  /** Per claim: stem count, stems…, number count, numbers… (interned ids, sorted). */
  private pool = new Int32Array(0);
  private poolSize = 0;
  /** Interned stems and quantities (one namespace each) and their strings back. */
  private readonly stemIds = new Map<string, number>();
  private readonly stemNames: string[] = [];
  private readonly numberIds = new Map<string, number>();
  private readonly numberNames: string[] = [];
  private scratch = new Int32Array(0);
  /** Stamp per claim id for de-duplicating candidates without a Set. */
  private seen = new Int32Array(0);
  private stamp = 0;
  /** Largest claim id seen. */
  maxId = 0;

  /**
   * The flat storage of the known claims, for a hot loop: claim `id` starts at `at[id]` in `pool`
   * with its stem count, then its stems, its number count, its numbers. Valid until the next `add`.
   */
  layout(): { readonly pool: Int32Array; readonly at: Int32Array } {
    return { pool: this.pool, at: this.at };
  }

  /** Scratch space indexed by stem id, all zero between uses (for `findMatches`). */
  stemScratch(): Int32Array {
    if (this.scratch.length < this.stemNames.length) this.scratch = new Int32Array(Math.max(this.stemNames.length, this.scratch.length * 2, 1024));
    return this.scratch;
  }

  /** Interns a claim's stems (space-separated `norm`) and numbers: sorted, distinct ids. */
  intern(norm: string, numbers: readonly string[]): IndexedClaim {
    return { stems: this.internAll(norm ? norm.split(' ') : [], this.stemIds, this.stemNames), numbers: this.internAll(numbers, this.numberIds, this.numberNames) };
  }

  private internAll(words: readonly string[], ids: Map<string, number>, names: string[]): Int32Array {
    if (!words.length) return EMPTY;
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = ids.get(w);
      if (id === undefined) {
        id = names.length;
        ids.set(w, id);
        names.push(w);
      }
      out[i] = id;
    }
    out.sort();
    let n = 0;
    for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
    return n === out.length ? out : out.slice(0, n);
  }

  /** Forgets claims (deleted by this process). */
  delete(ids: Iterable<number>): void {
    for (const id of ids) if (id < this.docOf.length) this.docOf[id] = 0;
  }

  /** Adds a claim and its signature keys. */
  add(id: number, doc: number, norm: string, numbers: readonly string[], sig: Iterable<number | string>): void {
    const c = this.intern(norm, numbers);
    if (id >= this.docOf.length) {
      this.docOf = grow(this.docOf, id + 1);
      this.at = grow(this.at, id + 1);
    }
    this.docOf[id] = doc;
    const need = this.poolSize + 2 + c.stems.length + c.numbers.length;
    this.pool = grow(this.pool, need);
    const o = this.poolSize;
    this.at[id] = o;
    this.pool[o] = c.stems.length;
    this.pool.set(c.stems, o + 1);
    this.pool[o + 1 + c.stems.length] = c.numbers.length;
    this.pool.set(c.numbers, o + 2 + c.stems.length);
    this.poolSize = need;
    for (const k of sig) this.post(Number(k), id);
    if (id > this.maxId) this.maxId = id;
  }

  private post(key: number, id: number): void {
    const p = this.postings++;
    if (3 * p + 3 > this.posts.length) this.posts = grow(this.posts, 3 * p + 3);
    if (this.postings > this.heads.length) this.rehash(this.heads.length * 2);
    const b = (key >>> 0) & (this.heads.length - 1);
    this.mark(this.filter, filterBit(key, this.filterShift));
    this.posts[3 * p] = key;
    this.posts[3 * p + 1] = id;
    this.posts[3 * p + 2] = this.heads[b]!;
    this.heads[b] = p + 1;
  }

  private mark(filter: Int32Array, bit: number): void {
    filter[bit >>> 5] = filter[bit >>> 5]! | (1 << (bit & 31));
  }

  private rehash(size: number): void {
    const heads = new Int32Array(size);
    const mask = size - 1;
    this.filter = new Int32Array(size / 4);
    this.filterShift = 32 - Math.log2(size * 8);
    for (let p = 0; p < this.postings - 1; p++) this.mark(this.filter, filterBit(this.posts[3 * p]!, this.filterShift));
    // Oldest first, so each bucket keeps its postings newest first, as inserted.
    for (let p = 0; p < this.postings - 1; p++) {
      const b = (this.posts[3 * p]! >>> 0) & mask;
      this.posts[3 * p + 2] = heads[b]!;
      heads[b] = p + 1;
    }
    this.heads = heads;
  }

  /**
   * Ids of the known (not deleted) claims sharing at least one of the keys, each once, in no
   * particular order.
   */
  candidates(keys: Float64Array): number[] {
    const out: number[] = [];
    if (this.seen.length < this.docOf.length) this.seen = new Int32Array(this.docOf.length);
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const seen = this.seen;
    const docOf = this.docOf;
    const take = (id: number) => {
      if (seen[id] === stamp) return;
      seen[id] = stamp;
      if (docOf[id]) out.push(id);
    };
    const { heads, posts, filter, filterShift } = this;
    const mask = heads.length - 1;
    for (let q = 0; q < keys.length; q++) {
      const k = keys[q]!;
      const f = filterBit(k, filterShift);
      if (!(filter[f >>> 5]! & (1 << (f & 31)))) continue;
      for (let p = heads[(k >>> 0) & mask]!; p; p = posts[3 * p - 1]!) if (posts[3 * p - 3] === k) take(posts[3 * p - 2]!);
    }
    return out;
  }

  /** Adds the claims stored since `maxId` (by this or another process); call under STORE_LOCK. */
  async refresh(db: Store | Transaction<Database>): Promise<void> {
    for (;;) {
      const rows = await sql<{ id: number; doc_id: number; norm: string; numbers: string[]; sig: (number | string)[] }>`
        select id, doc_id, norm, numbers, sig from claim where id > ${this.maxId} order by id limit 20000`.execute(db);
      for (const r of rows.rows) this.add(r.id, r.doc_id, r.norm, r.numbers, r.sig);
      if (rows.rows.length < 20000) break;
    }
  }
}

const indexes = new WeakMap<object, ClaimIndex>();

/** The index of a store (loaded on first use, then kept up to date by `storeDocument`). */
export function claimIndex(db: Store): ClaimIndex {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = new ClaimIndex()));
  return index;
}

/** Drops a store's index (after the corpus was emptied or rebuilt outside `storeDocument`). */
export function forgetClaimIndex(db: Store): void {
  indexes.delete(db);
}
