/**
 * `parley add`: read sources, analyse them in worker threads, store the documents that are ready in
 * one transaction at a time (each document is stored entirely or not at all). Idempotent and
 * crash-only: the same bytes already stored by this version are skipped before analysis, so the
 * same command after a `kill -9` continues where it stopped.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { AnalyzeOptions } from '../analyze.js';
import { ParleyError } from '../errors.js';
import type { Fetched } from '../ingest/types.js';
import { storeKind, type Store } from '../store/db.js';
import { storeDocument, storeDocuments, storedVersions, type StoreResult, type StoreStatus } from '../store/documents.js';
import { flushSearchIndex } from '../store/search.js';
import type { PreparedDocument } from '../store/prepare.js';
import { createPool } from '../worker/pool.js';
import { expandSources } from './analyze.js';
import { progress } from './corpus-progress.js';

export interface AddOptions {
  readonly version: string;
  readonly jobs?: number;
  readonly force: boolean;
  readonly dryRun: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly analyzeOptions: AnalyzeOptions;
  readonly allowPrivate: boolean;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

export interface AddedDocument {
  readonly uri: string;
  readonly status: StoreStatus | 'analysed' | 'failed';
  readonly id?: number;
  readonly sha256?: string;
  readonly words?: number;
  readonly claims?: number;
  readonly error?: string;
}

export interface AddSummary {
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly analysed: number;
  readonly failed: number;
  readonly words: number;
  readonly seconds: number;
  readonly documents_per_s: number;
  readonly words_per_s: number;
  readonly interrupted: boolean;
  readonly documents: readonly AddedDocument[];
}

/** Most documents stored in one transaction, and most characters of text (a large document goes alone). */
const MAX_BATCH = 32;
const MAX_BATCH_CHARS = 4_000_000;
/** Longest a document analysed waits for others to fill its batch. */
const LINGER_MS = 1000;
/**
 * Analyses queued in each worker (see PoolOptions.depth): enough to last while this thread stores
 * a batch, which on the embedded database holds it for the whole statement.
 */
const POOL_DEPTH = 12;

type ReadSource = (source: string, options: { allowPrivate?: boolean; maxBytes?: number; timeoutMs?: number }) => Promise<Fetched>;

/** Runs `add` over `sources` into `db` (undefined for --dry-run); returns the exit code. */
export async function runAdd(db: Store | undefined, sources: readonly string[], opts: AddOptions): Promise<number> {
  const files = expandSources(sources);
  if (!files.length) throw new ParleyError('not_found', `no interview files (.txt, .md, .html) in ${sources.join(', ')}`);
  const { readSource } = (await import('../ingest/source.js')) as { readSource: ReadSource };
  const versions = db ? await storedVersions(db) : new Map<string, string>();
  const pool = createPool({
    ...(opts.jobs !== undefined && { size: opts.jobs }),
    analyzeOptions: opts.analyzeOptions,
    // The same for --dry-run, so that the two compare.
    depth: POOL_DEPTH,
  });
  const bar = progress(files.length, process.stderr, process.stderr.isTTY === true && !opts.quiet);
  const results: AddedDocument[] = [];
  let exit = 0;
  let fatal: unknown;
  let stopping = false;
  let words = 0;
  const t0 = performance.now();

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(signal === 'SIGINT' ? 130 : 143);
    stopping = true;
    bar.done();
    process.stderr.write(`parley: ${signal}: finishing the documents in progress (again to quit at once)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const fail = (uri: string, err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    results.push({ uri, status: 'failed', error: message });
    bar.done();
    process.stderr.write(`parley: ${uri}: ${err instanceof ParleyError ? message : `internal error: ${message}`}\n`);
    exit = Math.max(exit, err instanceof ParleyError ? err.exit : 1);
  };

  // Documents are analysed in parallel and stored in the order they finish, in batches: one
  // transaction per batch (see storeDocuments) costs a fraction of one per document. A batch is
  // stored when MAX_BATCH documents are ready, when nothing else is being read or analysed, or
  // when its first document has waited LINGER_MS; a document is reported once its batch commits.
  const waiting: { doc: PreparedDocument; since: number; resolve: (r: StoreResult) => void; reject: (e: unknown) => void }[] = [];
  const inflight = new Set<Promise<void>>();
  let draining: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  const maybeStored = (doc: PreparedDocument) => opts.force || versions.has(doc.sha256);
  const storeBatch = async (batch: typeof waiting) => {
    const docs = batch.map((b) => b.doc);
    try {
      const rs = await storeDocuments(db!, docs, { version: opts.version, force: opts.force, maybeStored: docs.some(maybeStored) });
      batch.forEach((b, i) => b.resolve(rs[i]!));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      // One document may be the cause: store them one by one, so that only that one fails.
      for (const b of batch) await storeDocument(db!, b.doc, { version: opts.version, force: opts.force, maybeStored: maybeStored(b.doc) }).then(b.resolve, b.reject);
    }
  };
  const drain = async () => {
    for (;;) {
      // Let the analyses that ended meanwhile arrive first: a store on the embedded database holds
      // this thread, so their replies may still be queued.
      await new Promise((resolve) => setImmediate(resolve));
      if (!waiting.length) return;
      const busy = inflight.size - waiting.length;
      const lingered = performance.now() - waiting[0]!.since;
      if (waiting.length < MAX_BATCH && busy > 0 && lingered < LINGER_MS && !stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, LINGER_MS - lingered);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        continue;
      }
      let chars = 0;
      let n = 0;
      while (n < waiting.length && n < MAX_BATCH && (n === 0 || chars + waiting[n]!.doc.text.length <= MAX_BATCH_CHARS)) chars += waiting[n++]!.doc.text.length;
      await storeBatch(waiting.splice(0, n));
    }
  };
  const store = (doc: PreparedDocument) =>
    new Promise<StoreResult>((resolve, reject) => {
      waiting.push({ doc, since: performance.now(), resolve, reject });
      poke();
      draining ??= drain().finally(() => (draining = undefined));
    });

  // More documents are in flight than before batching, but no more are read (fetched) at once.
  const maxReads = Math.max(4, pool.size * 4);
  let reads = 0;
  const readQueue: (() => void)[] = [];
  const read = async (uri: string) => {
    while (reads >= maxReads) await new Promise<void>((resolve) => readQueue.push(resolve));
    reads++;
    try {
      return await readSource(uri, {
        allowPrivate: opts.allowPrivate,
        ...(opts.maxBytes !== undefined && { maxBytes: opts.maxBytes }),
        ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
      });
    } finally {
      reads--;
      readQueue.shift()?.();
    }
  };

  const one = async (uri: string) => {
    let fetched: Fetched;
    try {
      fetched = await read(uri);
    } catch (err) {
      fail(uri, err);
      bar.tick(0);
      return;
    }
    const sha256 = createHash('sha256').update(fetched.bytes).digest('hex');
    if (db && !opts.force && versions.get(sha256) === opts.version) {
      results.push({ uri, status: 'unchanged', sha256 });
      bar.tick(0);
      return;
    }
    let doc: PreparedDocument;
    try {
      doc = await pool.analyzeAndPrepare(fetched);
    } catch (err) {
      fail(uri, err);
      bar.tick(0);
      return;
    }
    const w = doc.words;
    if (!db) {
      words += w;
      results.push({ uri, status: 'analysed', sha256: doc.sha256, words: w, claims: doc.claims });
      bar.tick(w);
      return;
    }
    try {
      const r = await store(doc);
      versions.set(doc.sha256, opts.version);
      if (r.status !== 'unchanged') words += w;
      results.push({ uri, status: r.status, id: r.id, sha256: doc.sha256, words: r.words, claims: r.claims });
      bar.tick(r.status === 'unchanged' ? 0 : w);
    } catch (err) {
      if (err instanceof ParleyError) {
        fail(uri, err);
      } else {
        fatal ??= err;
        stopping = true;
      }
      bar.tick(0);
    }
  };

  try {
    // Enough documents in flight that the storing thread never waits for an analysis to finish,
    // and that a batch can gather while the previous one is stored.
    const limit = Math.max(4, pool.size * POOL_DEPTH + pool.size) + (db ? MAX_BATCH : 0);
    for (const uri of files) {
      if (stopping) break;
      while (inflight.size >= limit) await Promise.race(inflight);
      if (stopping) break;
      const p: Promise<void> = one(uri).finally(() => {
        inflight.delete(p);
        // One fewer being analysed: a lingering batch may be complete now.
        poke();
      });
      inflight.add(p);
    }
    await Promise.all(inflight);
    await draining;
    if (db && !fatal) {
      await flushSearchIndex(db);
      if (storeKind(db) === 'pglite') await sql`checkpoint`.execute(db);
    }
  } finally {
    bar.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool.close();
  }
  if (fatal) throw new ParleyError('database', `storing failed: ${fatal instanceof Error ? fatal.message : String(fatal)}`);

  const seconds = (performance.now() - t0) / 1000;
  const count = (s: AddedDocument['status']) => results.filter((r) => r.status === s).length;
  const processed = results.filter((r) => r.status !== 'unchanged' && r.status !== 'failed').length;
  const summary: AddSummary = {
    added: count('added'),
    replaced: count('replaced'),
    unchanged: count('unchanged'),
    analysed: count('analysed'),
    failed: count('failed'),
    words,
    seconds: Math.round(seconds * 1000) / 1000,
    documents_per_s: Math.round((processed / seconds) * 10) / 10,
    words_per_s: Math.round(words / seconds),
    interrupted: stopping,
    documents: results,
  };
  if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (!opts.quiet) process.stderr.write(`${describe(summary, files.length)}\n`);
  if (stopping) return 130;
  return exit;
}

function describe(s: AddSummary, total: number): string {
  const parts = s.analysed
    ? [`analysed ${s.analysed} (dry run, nothing stored)`]
    : [`added ${s.added}`, `replaced ${s.replaced}`, `unchanged ${s.unchanged}`];
  if (s.failed) parts.push(`failed ${s.failed}`);
  const rate = s.added + s.replaced + s.analysed
    ? ` (${s.documents_per_s.toLocaleString('en')} documents/s, ${s.words_per_s.toLocaleString('en')} words/s)`
    : '';
  const stopped = s.interrupted ? `; interrupted after ${s.documents.length} of ${total}` : '';
  return `parley: ${parts.join(', ')}: ${s.words.toLocaleString('en')} words in ${s.seconds.toFixed(1)} s${rate}${stopped}`;
}
