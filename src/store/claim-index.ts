/**
 * The candidate index of claim matching, in memory: signature key → claim ids, and each claim's
 * document, content words and quantities (which never change for a claim id), for every claim in
 * the corpus. A GIN index on `claim.sig` did the lookup in SQL at about 7 ms per document (inserting
 * ~900 keys and probing ~900 more), and reading the candidates back grew with the corpus; this costs
 * microseconds. `claim` stays the source of truth.
 *
 * It is exact because every document store takes the same transaction-level advisory lock before
 * reading it, so writers are serialised and claim ids grow in commit order: under the lock, the
 * claims another process added since are those with a larger id (`refresh`). A claim deleted by
 * another process may linger here; matches are checked against `claim` when stored, which drops it.
 */
import { sql, type Transaction } from 'kysely';
import type { Store } from './db.js';
import { signature, type ClaimSignature } from './matching.js';
import type { Database } from './schema.js';

/** The advisory lock key that serialises document stores (any constant; "parley" in ASCII). */
export const STORE_LOCK = 0x7061726c6579;

/** Sorted (key, id) pairs, merged from an append buffer when it grows. */
export class ClaimIndex {
  private keys = new Float64Array(0);
  private ids = new Int32Array(0);
  private pending = new Map<number, number[]>();
  private pendingSize = 0;
  private readonly claims = new Map<number, { doc: number; sig: ClaimSignature }>();
  /** Largest claim id seen. */
  maxId = 0;

  /** The claim's document and signature (content words, quantities), when known and not deleted. */
  get(id: number): { doc: number; sig: ClaimSignature } | undefined {
    return this.claims.get(id);
  }

  /** Forgets claims (deleted by this process). */
  delete(ids: Iterable<number>): void {
    for (const id of ids) this.claims.delete(id);
  }

  /** Adds a claim and its signature keys. */
  add(id: number, doc: number, norm: string, numbers: readonly string[], sig: Iterable<number | string>): void {
    this.claims.set(id, { doc, sig: signature(norm, numbers) });
    for (const k of sig) {
      const key = Number(k);
      const list = this.pending.get(key);
      if (list) list.push(id);
      else this.pending.set(key, [id]);
      this.pendingSize++;
    }
    if (id > this.maxId) this.maxId = id;
    if (this.pendingSize > Math.max(50_000, this.keys.length / 4)) this.merge();
  }

  /** Ids of the known claims sharing at least one of `sig`'s keys. */
  lookup(sig: Iterable<number>): Set<number> {
    const out = new Set<number>();
    for (const k of new Set(sig)) {
      for (const id of this.pending.get(k) ?? []) if (this.claims.has(id)) out.add(id);
      let lo = 0;
      let hi = this.keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.keys[mid]! < k) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.keys.length && this.keys[i] === k; i++) if (this.claims.has(this.ids[i]!)) out.add(this.ids[i]!);
    }
    return out;
  }

  private merge(): void {
    const newKeys: number[] = [];
    const newIds: number[] = [];
    for (const k of [...this.pending.keys()].sort((a, b) => a - b)) {
      for (const id of this.pending.get(k)!) {
        newKeys.push(k);
        newIds.push(id);
      }
    }
    const n = this.keys.length + newKeys.length;
    const keys = new Float64Array(n);
    const ids = new Int32Array(n);
    let i = 0;
    let j = 0;
    for (let o = 0; o < n; o++) {
      if (j >= newKeys.length || (i < this.keys.length && this.keys[i]! <= newKeys[j]!)) {
        keys[o] = this.keys[i]!;
        ids[o] = this.ids[i++]!;
      } else {
        keys[o] = newKeys[j]!;
        ids[o] = newIds[j++]!;
      }
    }
    this.keys = keys;
    this.ids = ids;
    this.pending = new Map();
    this.pendingSize = 0;
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
