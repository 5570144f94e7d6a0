/**
 * The analysis job queue, a table in the corpus database (migration 0002-jobs). `parley serve`
 * (or anyone) enqueues documents; `parley worker` processes on any machine claim them with
 * `FOR UPDATE SKIP LOCKED`, hold a lease they renew while working, and complete or fail them.
 *
 * A lease is the job's id, the worker's id and the attempt number; every write a worker makes
 * is conditional on all three, so a worker whose lease ran out (and whose job another worker
 * claimed: that claim increments the attempt) can neither complete nor fail nor requeue it.
 * A running job whose lease has expired is claimable again (its worker crashed); one that has
 * used up its attempts that way is failed instead. Times are the database's clock.
 *
 * The functions run on PGlite as well (the schema is the same), but workers need PostgreSQL:
 * the embedded corpus can be opened by one process only.
 */
import { sql, type RawBuilder } from 'kysely';
import { ParleyError, type ErrorCode } from '../errors.js';
import type { Store } from '../store/db.js';
import type { StoreStatus } from '../store/documents.js';

export type JobKind = 'bytes' | 'url';
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'failed'];

/** What a done job produced: the stored document. */
export interface JobResult {
  readonly doc_id: number;
  readonly status: StoreStatus;
  readonly sha256: string;
  readonly words: number;
  readonly claims: number;
}

/** A job as stored, without its bytes. Field names are the columns' (and serialise as they are). */
export interface Job {
  readonly id: number;
  /** `bytes`: analyse the stored bytes; `url`: fetch `uri`, then analyse. */
  readonly kind: JobKind;
  /** The document's name (a bytes job) or the URL to fetch (a url job). */
  readonly uri: string;
  readonly content_type: string | null;
  readonly status: JobStatus;
  /** Claims so far (a graceful requeue gives its attempt back). */
  readonly attempts: number;
  readonly max_attempts: number;
  /** Not claimed before this time (retries back off). */
  readonly run_after: Date;
  /** While running: the lease's end; a worker that misses it loses the job. */
  readonly leased_until: Date | null;
  /** The worker that holds the job, or held it last. */
  readonly worker: string | null;
  /** The last failure's message. */
  readonly error: string | null;
  readonly result: JobResult | null;
  readonly created_at: Date;
  readonly updated_at: Date;
  readonly finished_at: Date | null;
}

/** The right to write a running job's outcome: see the module comment. */
export interface Lease {
  readonly id: number;
  readonly worker: string;
  readonly attempt: number;
}

export interface ClaimedJob extends Job {
  readonly status: 'running';
  readonly lease: Lease;
  /** A bytes job's bytes; null for a url job. */
  readonly bytes: Uint8Array | null;
  /** The worker whose lease on this job had expired, when this claim took it over. */
  readonly reclaimed_from: string | null;
}

export type EnqueueInput =
  | { readonly uri: string; readonly bytes: Uint8Array; readonly contentType?: string }
  | { readonly url: string };

export interface EnqueueOptions {
  /** Attempts before the job fails for good (default 5). User errors fail at the first. */
  readonly maxAttempts?: number;
  /** Not before this many ms from now (default 0). */
  readonly delayMs?: number;
}

export interface ListJobsOptions {
  readonly status?: JobStatus;
  /** Default 50, at most 1000. */
  readonly limit?: number;
  /** Jobs with an id below this one (paging newest first). */
  readonly beforeId?: number;
}

export interface FailOptions {
  /** The delay before the first retry; each further one doubles it (default 5 s). */
  readonly backoffMs?: number;
  /** The longest delay (default 5 min). */
  readonly maxBackoffMs?: number;
}

/** What `failJob` did: failed for good, queued for a retry, or nothing (the lease was lost). */
export type FailOutcome = 'failed' | 'queued' | 'lost';

/**
 * Errors in the document or the request, which another attempt would only repeat: the job fails
 * at once. (bad_url too: a malformed URL never becomes a good one.) Everything else is retried.
 */
export const PERMANENT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['empty', 'binary', 'undecodable', 'too_large', 'refused', 'usage', 'bad_url']);

/** Client errors that can pass: a timeout, too early, too many requests. */
const TRANSIENT_4XX = new Set([408, 425, 429]);

export function isPermanent(err: unknown): boolean {
  if (!(err instanceof ParleyError)) return false;
  if (err.code === 'http_status') {
    // A page that is not there (404, 410, 403…) stays so; a server error or a rate limit may pass.
    // Without a status, a redirect went wrong (too many, or to an invalid URL): that repeats too.
    const s = err.httpStatus;
    return s === undefined || (s >= 400 && s < 500 && !TRANSIENT_4XX.has(s));
  }
  return PERMANENT_CODES.has(err.code);
}

/** A default worker id: host, pid and a random suffix (unique per process). */
export function defaultWorkerId(host: string, pid: number): string {
  return `${host}:${pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** The delay before retry number `attempt` (1-based): backoff · 2^(attempt−1), capped. */
export function backoffMs(attempt: number, options: FailOptions = {}): number {
  const base = options.backoffMs ?? 5_000;
  const max = options.maxBackoffMs ?? 300_000;
  return Math.min(max, base * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
}

interface JobRow {
  id: number;
  kind: JobKind;
  uri: string;
  content_type: string | null;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_after: Date;
  leased_until: Date | null;
  worker: string | null;
  error: string | null;
  result: JobResult | string | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

const COLUMNS = ['id', 'kind', 'uri', 'content_type', 'status', 'attempts', 'max_attempts', 'run_after', 'leased_until', 'worker', 'error', 'result', 'created_at', 'updated_at', 'finished_at'];

function columns(alias?: string): RawBuilder<unknown> {
  return sql.raw(COLUMNS.map((c) => (alias ? `${alias}.${c}` : c)).join(', '));
}

function toJob(r: JobRow): Job {
  return {
    id: Number(r.id),
    kind: r.kind,
    uri: r.uri,
    content_type: r.content_type,
    status: r.status,
    attempts: r.attempts,
    max_attempts: r.max_attempts,
    run_after: new Date(r.run_after),
    leased_until: r.leased_until === null ? null : new Date(r.leased_until),
    worker: r.worker,
    error: r.error,
    result: typeof r.result === 'string' ? (JSON.parse(r.result) as JobResult) : r.result,
    created_at: new Date(r.created_at),
    updated_at: new Date(r.updated_at),
    finished_at: r.finished_at === null ? null : new Date(r.finished_at),
  };
}

const ms = (n: number) => sql`(${n}::float8 * interval '1 millisecond')`;

function checkMs(name: string, n: number, min: number): void {
  if (!Number.isFinite(n) || n < min) throw new ParleyError('usage', `${name} must be a number ≥ ${min}, not ${n}`);
}

/**
 * Adds a job: bytes to analyse under a name, or a URL to fetch and analyse.
 * @throws ParleyError `empty` for no bytes, `bad_url` for anything but an http(s) URL
 * @example
 * const job = await enqueue(db, { uri: 'interview.html', bytes, contentType: 'text/html' });
 * const byUrl = await enqueue(db, { url: 'https://news.example/interview' });
 */
export async function enqueue(db: Store, input: EnqueueInput, options: EnqueueOptions = {}): Promise<Job> {
  const maxAttempts = options.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new ParleyError('usage', `maxAttempts must be a whole number ≥ 1, not ${maxAttempts}`);
  const delay = options.delayMs ?? 0;
  checkMs('delayMs', delay, 0);
  let kind: JobKind;
  let uri: string;
  let bytes: Buffer | null = null;
  let contentType: string | null = null;
  if ('url' in input) {
    let u: URL;
    try {
      u = new URL(input.url);
    } catch {
      throw new ParleyError('bad_url', `"${input.url}" is not a URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ParleyError('bad_url', `only http and https URLs can be fetched, not ${u.protocol}`);
    kind = 'url';
    uri = input.url;
  } else {
    if (!input.bytes.byteLength) throw new ParleyError('empty', `${input.uri} is empty`);
    kind = 'bytes';
    uri = input.uri;
    bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    contentType = input.contentType ?? null;
  }
  const r = await sql<JobRow>`insert into job (kind, uri, content_type, bytes, max_attempts, run_after)
    values (${kind}, ${uri}, ${contentType}, ${bytes}, ${maxAttempts}, now() + ${ms(delay)})
    returning ${columns()}`.execute(db);
  return toJob(r.rows[0]!);
}

/** One job (without its bytes), or undefined. */
export async function getJob(db: Store, id: number): Promise<Job | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const r = await sql<JobRow>`select ${columns()} from job where id = ${id}`.execute(db);
  return r.rows[0] && toJob(r.rows[0]);
}

/** Jobs, newest first, optionally of one status. */
export async function listJobs(db: Store, options: ListJobsOptions = {}): Promise<Job[]> {
  const limit = Math.max(1, Math.min(1000, Math.floor(options.limit ?? 50)));
  const status = options.status ? sql`and status = ${options.status}` : sql``;
  const before = options.beforeId !== undefined ? sql`and id < ${options.beforeId}` : sql``;
  const r = await sql<JobRow>`select ${columns()} from job where true ${status} ${before} order by id desc limit ${limit}`.execute(db);
  return r.rows.map(toJob);
}

/** Whether any job is queued (due or not) or running: false when the queue is drained. */
export async function hasUnfinishedJobs(db: Store): Promise<boolean> {
  const r = await sql<{ pending: boolean }>`select exists (select 1 from job where status in ('queued', 'running')) as pending`.execute(db);
  return r.rows[0]?.pending === true;
}

/** How many jobs have each status. */
export async function countJobs(db: Store): Promise<Record<JobStatus, number>> {
  const r = await sql<{ status: JobStatus; n: number }>`select status, count(*)::int as n from job group by status`.execute(db);
  const out: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const row of r.rows) out[row.status] = Number(row.n);
  return out;
}

/**
 * Claims the next due job for `workerId` with a lease of `leaseMs`: the oldest queued job whose
 * run_after has come, or a running job whose lease has expired (its worker crashed). Each claim is
 * an attempt; a crashed-on job that has used up its attempts is failed instead (`onAbandoned`
 * hears of it) and the next one is claimed. Concurrent claimers never get the same job.
 * @returns the job with its bytes and lease, or undefined when nothing is due
 */
export async function claimJob(
  db: Store,
  workerId: string,
  leaseMs: number,
  options: { readonly onAbandoned?: (job: Job) => void } = {},
): Promise<ClaimedJob | undefined> {
  checkMs('leaseMs', leaseMs, 1);
  for (let i = 0; i < 100; i++) {
    const abandoned = sql`(next.prev_status = 'running' and j.attempts >= j.max_attempts)`;
    const r = await sql<JobRow & { bytes: Uint8Array | null; prev_status: JobStatus; prev_worker: string | null }>`
      with next as (
        select id, status as prev_status, worker as prev_worker from job
        where status in ('queued', 'running') and coalesce(leased_until, run_after) <= now()
        order by coalesce(leased_until, run_after), id
        limit 1
        for update skip locked
      )
      update job j set
        status = case when ${abandoned} then 'failed' else 'running' end,
        attempts = case when ${abandoned} then j.attempts else j.attempts + 1 end,
        worker = case when ${abandoned} then j.worker else ${workerId} end,
        leased_until = case when ${abandoned} then null else now() + ${ms(leaseMs)} end,
        error = case when ${abandoned}
          then 'abandoned: its worker stopped without finishing it ' || j.attempts || ' times (last ' || coalesce(j.worker, '?') || ')'
          else j.error end,
        finished_at = case when ${abandoned} then now() else null end,
        updated_at = now()
      from next
      where j.id = next.id
      returning ${columns('j')}, j.bytes, next.prev_status, next.prev_worker`.execute(db);
    const row = r.rows[0];
    if (!row) return undefined;
    const job = toJob(row);
    if (job.status === 'failed') {
      options.onAbandoned?.(job);
      continue;
    }
    return {
      ...job,
      status: 'running',
      lease: { id: job.id, worker: workerId, attempt: job.attempts },
      bytes: row.bytes === null ? null : new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength),
      reclaimed_from: row.prev_status === 'running' ? row.prev_worker : null,
    };
  }
  return undefined;
}

function held(lease: Lease) {
  return sql`id = ${lease.id} and worker = ${lease.worker} and attempts = ${lease.attempt} and status = 'running'`;
}

/**
 * Extends the lease to `leaseMs` from now (call it well within the lease, e.g. every third).
 * @returns false when the lease is lost: the job was taken over, or finished, by someone else
 */
export async function heartbeat(db: Store, lease: Lease, leaseMs: number): Promise<boolean> {
  checkMs('leaseMs', leaseMs, 1);
  const r = await sql`update job set leased_until = now() + ${ms(leaseMs)}, updated_at = now() where ${held(lease)} returning id`.execute(db);
  return r.rows.length === 1;
}

/**
 * Marks the job done with its result, if this lease still holds it (a job is done once: a worker
 * that lost its lease gets false and must not report the job as its own). A bytes job's bytes
 * are dropped (the corpus has the document).
 */
export async function completeJob(db: Store, lease: Lease, result: JobResult): Promise<boolean> {
  const r = await sql`update job set status = 'done', result = ${JSON.stringify(result)}::jsonb, error = null, bytes = null,
      leased_until = null, finished_at = now(), updated_at = now()
    where ${held(lease)}
    returning id`.execute(db);
  return r.rows.length === 1;
}

/**
 * Records a failure, if this lease still holds the job. A user error (`isPermanent`) or the last
 * attempt fails the job for good; otherwise it is queued again after an exponential backoff
 * (`backoffMs`: 5 s, 10 s, 20 s… by default).
 */
export async function failJob(db: Store, lease: Lease, error: unknown, options: FailOptions = {}): Promise<FailOutcome> {
  const message = (error instanceof ParleyError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`).slice(0, 2000);
  const permanent = isPermanent(error);
  const delay = backoffMs(lease.attempt, options);
  const r = await sql<{ status: JobStatus }>`update job set
      status = case when ${permanent}::boolean or attempts >= max_attempts then 'failed' else 'queued' end,
      run_after = case when ${permanent}::boolean or attempts >= max_attempts then run_after else now() + ${ms(delay)} end,
      finished_at = case when ${permanent}::boolean or attempts >= max_attempts then now() else null end,
      leased_until = null, error = ${message}, updated_at = now()
    where ${held(lease)}
    returning status`.execute(db);
  const row = r.rows[0];
  return row ? (row.status as FailOutcome) : 'lost';
}

/**
 * Puts a running job back in the queue at once, not counting the attempt (a worker shutting down
 * gracefully). @returns false when the lease was lost already
 */
export async function requeue(db: Store, lease: Lease): Promise<boolean> {
  const r = await sql`update job set status = 'queued', attempts = greatest(attempts - 1, 0), run_after = now(),
      leased_until = null, updated_at = now()
    where ${held(lease)}
    returning id`.execute(db);
  return r.rows.length === 1;
}
