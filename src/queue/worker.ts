/**
 * The worker loop behind `parley worker`: `concurrency` slots each claim a job (src/queue/jobs.ts),
 * fetch it if it is a URL, analyse it (on the pool's threads when one is given), store it with
 * `storeDocument` (idempotent by sha256, so a job redone after a crash stores nothing twice) and
 * complete it, renewing the lease every third of it meanwhile. On abort no new job is claimed; the
 * jobs in flight finish, and those still fetching or analysing when the grace period ends go back
 * to the queue. Logs one JSON object per line (ts, level, msg, worker, job, …) on stderr.
 */
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import type { AnalyzeOptions } from '../analyze.js';
import { ParleyError } from '../errors.js';
import type { Fetched } from '../ingest/types.js';
import type { Store } from '../store/db.js';
import { storeDocument } from '../store/documents.js';
import type { PreparedDocument } from '../store/prepare.js';
import type { AnalysisPool } from '../worker/pool.js';
import {
  claimJob,
  completeJob,
  defaultWorkerId,
  failJob,
  hasUnfinishedJobs,
  heartbeat,
  requeue,
  type ClaimedJob,
  type FailOptions,
  type Job,
} from './jobs.js';

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogEntry {
  readonly ts: string;
  readonly level: LogLevel;
  readonly msg: string;
  readonly worker: string;
  readonly job?: number;
  readonly [key: string]: unknown;
}

export interface WorkerOptions {
  readonly db: Store;
  /** Analyse on these threads; without one, in this thread (which blocks heartbeats meanwhile). */
  readonly pool?: AnalysisPool;
  /** Jobs at once (default 1). */
  readonly concurrency?: number;
  /** Lease length in ms (default 60 s); renewed every third of it while a job runs. */
  readonly leaseMs?: number;
  /** Wait between claims when nothing is due, in ms (default 1 s). */
  readonly pollMs?: number;
  /** Stop: claim nothing more, finish (or after `graceMs` requeue) the jobs in flight. */
  readonly signal?: AbortSignal;
  /** Drain: return once no job is queued or running (waiting for retries and other workers' jobs). */
  readonly once?: boolean;
  /** How long after abort the jobs in flight may take before they are requeued (default 20 s). */
  readonly graceMs?: number;
  /** Default host:pid:random. */
  readonly workerId?: string;
  /** The parley version recorded with stored documents (default this package's). */
  readonly version?: string;
  /** For inline analysis (no pool); a pool has its own. */
  readonly analyzeOptions?: AnalyzeOptions;
  /** For url jobs. Private addresses are refused unless allowed. */
  readonly fetch?: { readonly allowPrivate?: boolean; readonly maxBytes?: number; readonly timeoutMs?: number };
  /** Retry backoff (see failJob). */
  readonly backoff?: FailOptions;
  /** Default: one JSON line on stderr. */
  readonly log?: (entry: LogEntry) => void;
}

export interface WorkerSummary {
  readonly worker: string;
  /** Jobs this worker completed. */
  readonly done: number;
  /** Jobs that failed for good here. */
  readonly failed: number;
  /** Jobs that failed here and were queued for a retry. */
  readonly retried: number;
  /** Jobs put back at shutdown. */
  readonly requeued: number;
  /** Jobs whose lease this worker lost (another worker took them over). */
  readonly lost: number;
}

const PACKAGE_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Consecutive database errors after which a draining (`once`) worker gives up. */
const MAX_DB_ERRORS_ONCE = 5;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

interface InFlight {
  readonly job: ClaimedJob;
  phase: 'analysing' | 'storing';
  /** Resolves the job's wait when the grace period ends while it is still analysing. */
  abandon: () => void;
  abandoned: boolean;
}

/**
 * Runs until `signal` aborts (or, with `once`, until the queue is drained); resolves with what
 * this worker did.
 * @example
 * const ac = new AbortController();
 * process.once('SIGTERM', () => ac.abort());
 * await runWorker({ db, pool, concurrency: 2, leaseMs: 60_000, pollMs: 1000, signal: ac.signal });
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { db, pool } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const graceMs = options.graceMs ?? 20_000;
  const version = options.version ?? PACKAGE_VERSION;
  const workerId = options.workerId ?? defaultWorkerId(hostname(), process.pid);
  const signal = options.signal ?? new AbortController().signal;
  const write = options.log ?? ((e: LogEntry) => void process.stderr.write(`${JSON.stringify(e)}\n`));
  const log = (level: LogLevel, msg: string, fields: { job?: number; [k: string]: unknown } = {}) =>
    write({ ts: new Date().toISOString(), level, msg, worker: workerId, ...fields });

  const counts = { done: 0, failed: 0, retried: 0, requeued: 0, lost: 0 };
  const inflight = new Set<InFlight>();

  // After abort: the grace period, then requeue what is still analysing.
  let graceTimer: NodeJS.Timeout | undefined;
  const onAbort = () => {
    log('info', 'stopping: claiming no more jobs', { in_flight: inflight.size, grace_ms: graceMs });
    graceTimer = setTimeout(() => {
      for (const f of inflight) if (f.phase === 'analysing') f.abandon();
    }, graceMs);
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });

  // Stores are serialised across processes by an advisory lock (storeDocument); here one at a
  // time, so that jobs waiting for the lock do not hold every pooled connection while the
  // heartbeats and claims need one.
  let storing: Promise<unknown> = Promise.resolve();
  const storeOne = (p: PreparedDocument) => {
    const next = storing.then(() => storeDocument(db, p, { version }));
    storing = next.catch(() => undefined);
    return next;
  };

  const onAbandoned = (job: Job) => log('error', 'job failed: abandoned', { job: job.id, uri: job.uri, attempts: job.attempts, error: job.error });

  const analyse = async (job: ClaimedJob): Promise<PreparedDocument> => {
    let fetched: Fetched;
    if (job.kind === 'url') {
      const { readSource } = await import('../ingest/source.js');
      const f = options.fetch ?? {};
      fetched = await readSource(job.uri, {
        ...(f.allowPrivate !== undefined && { allowPrivate: f.allowPrivate }),
        ...(f.maxBytes !== undefined && { maxBytes: f.maxBytes }),
        ...(f.timeoutMs !== undefined && { timeoutMs: f.timeoutMs }),
      });
    } else {
      if (!job.bytes) throw new Error(`job ${job.id} has no bytes`);
      fetched = { uri: job.uri, bytes: job.bytes, ...(job.content_type !== null && { contentType: job.content_type }) };
    }
    if (pool) return pool.analyzeAndPrepare(fetched);
    const [{ analyzeBytes }, { prepareDocument }] = await Promise.all([import('../analyze.js'), import('../store/prepare.js')]);
    return prepareDocument(analyzeBytes(fetched, options.analyzeOptions ?? {}));
  };

  const runJob = async (job: ClaimedJob): Promise<void> => {
    const t0 = performance.now();
    const lease = job.lease;
    log('info', job.reclaimed_from ? 'job claimed: its lease had expired' : 'job claimed', {
      job: job.id,
      uri: job.uri,
      attempt: job.attempts,
      ...(job.reclaimed_from && { reclaimed_from: job.reclaimed_from }),
    });
    let lost = false;
    let beating = false;
    const beat = setInterval(() => {
      if (beating || lost) return;
      beating = true;
      heartbeat(db, lease, leaseMs)
        .then((ok) => {
          if (!ok && !lost) {
            lost = true;
            log('warn', 'lease lost: another worker has the job', { job: job.id });
          }
        })
        .catch((err: unknown) => log('warn', 'heartbeat failed', { job: job.id, error: message(err) }))
        .finally(() => (beating = false));
    }, Math.max(10, Math.floor(leaseMs / 3)));

    let resolveAbandon!: () => void;
    const abandonedP = new Promise<'abandoned'>((r) => (resolveAbandon = () => r('abandoned')));
    const f: InFlight = { job, phase: 'analysing', abandoned: false, abandon: () => ((f.abandoned = true), resolveAbandon()) };
    inflight.add(f);
    try {
      const work = analyse(job);
      work.catch(() => undefined); // an abandoned analysis may reject later (the pool closes)
      const analysed = await Promise.race([work.then((p) => ({ ok: true as const, p }), (e: unknown) => ({ ok: false as const, e })), abandonedP]);
      if (analysed === 'abandoned') {
        clearInterval(beat);
        const back = await requeue(db, lease).catch((err: unknown) => (log('error', 'requeue failed', { job: job.id, error: message(err) }), false));
        if (back) {
          counts.requeued++;
          log('warn', 'job requeued: not finished within the grace period', { job: job.id, ms: Math.round(performance.now() - t0) });
        }
        return;
      }
      if (lost) {
        counts.lost++;
        return;
      }
      if (!analysed.ok) throw analysed.e;
      f.phase = 'storing';
      const stored = await storeOne(analysed.p);
      const ok = await completeJob(db, lease, { doc_id: stored.id, status: stored.status, sha256: analysed.p.sha256, words: stored.words, claims: stored.claims });
      if (ok) {
        counts.done++;
        log('info', 'job done', { job: job.id, uri: job.uri, doc: stored.id, status: stored.status, words: stored.words, ms: Math.round(performance.now() - t0) });
      } else {
        counts.lost++;
        log('warn', 'lease lost: the job was taken over; not completed here', { job: job.id, doc: stored.id });
      }
    } catch (err) {
      if (lost) {
        counts.lost++;
        return;
      }
      let outcome;
      try {
        outcome = await failJob(db, lease, err, options.backoff);
      } catch (dbErr) {
        log('error', 'could not record the failure (the lease will expire)', { job: job.id, error: message(err), db_error: message(dbErr) });
        return;
      }
      const fields = { job: job.id, uri: job.uri, attempt: job.attempts, error: message(err), ...(err instanceof ParleyError && { code: err.code }) };
      if (outcome === 'failed') {
        counts.failed++;
        log('error', 'job failed', fields);
      } else if (outcome === 'queued') {
        counts.retried++;
        log('warn', 'job failed: will retry', fields);
      } else {
        counts.lost++;
        log('warn', 'lease lost: the job was taken over', fields);
      }
    } finally {
      clearInterval(beat);
      inflight.delete(f);
    }
  };

  const slot = async (): Promise<void> => {
    let dbErrors = 0;
    while (!signal.aborted) {
      let job: ClaimedJob | undefined;
      try {
        job = await claimJob(db, workerId, leaseMs, { onAbandoned });
        if (!job && options.once && !(await hasUnfinishedJobs(db))) return;
        dbErrors = 0;
      } catch (err) {
        dbErrors++;
        if (options.once && dbErrors >= MAX_DB_ERRORS_ONCE) throw new ParleyError('database', `cannot claim jobs: ${message(err)}`);
        const wait = Math.min(30_000, pollMs * 2 ** dbErrors);
        log('error', 'cannot claim jobs', { error: message(err), retry_ms: wait });
        await sleep(wait, signal);
        continue;
      }
      if (!job) {
        await sleep(pollMs, signal);
        continue;
      }
      if (signal.aborted) {
        // Stopped while claiming: give it straight back.
        if (await requeue(db, job.lease).catch(() => false)) log('info', 'job requeued: stopping', { job: job.id });
        return;
      }
      await runJob(job);
    }
  };

  log('info', 'worker started', { concurrency, lease_ms: leaseMs, poll_ms: pollMs, once: options.once === true, pid: process.pid });
  try {
    const results = await Promise.allSettled(Array.from({ length: concurrency }, slot));
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) throw rejected.reason;
  } finally {
    clearTimeout(graceTimer);
    signal.removeEventListener('abort', onAbort);
  }
  const summary: WorkerSummary = { worker: workerId, ...counts };
  log('info', 'worker stopped', { ...counts });
  return summary;
}
