/**
 * The job queue on real PostgreSQL (claim, complete, fail and back off, leases that expire,
 * requeue, concurrent claimers), the worker loop in this process, and the migration on PGlite.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ParleyError } from '../../src/errors.js';
import { analyzeBytes } from '../../src/analyze.js';
import {
  backoffMs,
  claimJob,
  completeJob,
  countJobs,
  enqueue,
  failJob,
  getJob,
  hasUnfinishedJobs,
  heartbeat,
  listJobs,
  requeue,
  type ClaimedJob,
  type Job,
  type JobResult,
} from '../../src/queue/jobs.js';
import { runWorker, type LogEntry } from '../../src/queue/worker.js';
import { migrateDown, openDb, type Store } from '../../src/store/db.js';
import { prepareDocument } from '../../src/store/prepare.js';
import type { AnalysisPool } from '../../src/worker/pool.js';
import { truncate } from '../store/fixtures.js';
import { encode, freshSchema, PG_URL, smallInterviews, type Schema } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RESULT: JobResult = { doc_id: 1, status: 'added', sha256: 'ab', words: 10, claims: 0 };
const texts = smallInterviews();
const job = (i: number) => ({ uri: texts[i]!.uri, bytes: encode(texts[i]!.text) });

describe.skipIf(!PG_URL)('job queue on PostgreSQL', () => {
  let s: Schema;
  let db: Store;
  beforeAll(async () => {
    s = await freshSchema('queue');
    db = s.db;
  });
  afterAll(async () => {
    await s?.close();
  });
  beforeEach(async () => {
    await truncate(db); // the corpus, and the claim index in memory
    await sql`truncate job restart identity`.execute(db);
  });

  test('enqueue, get, list and count; bad input is refused', async () => {
    const a = await enqueue(db, { ...job(0), contentType: 'text/plain' });
    const b = await enqueue(db, { url: 'https://news.example/interview' }, { maxAttempts: 2 });
    expect(a).toMatchObject({ kind: 'bytes', uri: texts[0]!.uri, content_type: 'text/plain', status: 'queued', attempts: 0, max_attempts: 5, worker: null, result: null });
    expect(b).toMatchObject({ kind: 'url', uri: 'https://news.example/interview', status: 'queued', max_attempts: 2 });
    expect(a.run_after).toBeInstanceOf(Date);
    expect(await getJob(db, a.id)).toEqual(a);
    expect(await getJob(db, 999)).toBeUndefined();
    expect((await listJobs(db)).map((j) => j.id)).toEqual([b.id, a.id]);
    expect((await listJobs(db, { status: 'queued', beforeId: b.id })).map((j) => j.id)).toEqual([a.id]);
    expect(await countJobs(db)).toEqual({ queued: 2, running: 0, done: 0, failed: 0 });
    await expect(enqueue(db, { uri: 'x', bytes: new Uint8Array(0) })).rejects.toMatchObject({ code: 'empty' });
    await expect(enqueue(db, { url: 'ftp://news.example/x' })).rejects.toMatchObject({ code: 'bad_url' });
    await expect(enqueue(db, { url: 'not a url' })).rejects.toMatchObject({ code: 'bad_url' });
  });

  test('claims the oldest due job once, with its exact bytes; a job not yet due waits', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x2d, 0x20, 0xff, 0x00, 0x41]);
    const later = await enqueue(db, { uri: 'later', bytes: encode('later') }, { delayMs: 60_000 });
    const first = await enqueue(db, { uri: 'first', bytes });
    const second = await enqueue(db, job(1));
    const c1 = await claimJob(db, 'w1', 10_000);
    expect(c1).toMatchObject({ id: first.id, status: 'running', attempts: 1, worker: 'w1', reclaimed_from: null, lease: { id: first.id, worker: 'w1', attempt: 1 } });
    expect([...c1!.bytes!]).toEqual([...bytes]);
    expect(c1!.leased_until!.getTime() - c1!.updated_at.getTime()).toBe(10_000);
    const c2 = await claimJob(db, 'w2', 10_000);
    expect(c2?.id).toBe(second.id);
    expect(await claimJob(db, 'w3', 10_000)).toBeUndefined();
    expect((await getJob(db, later.id))?.status).toBe('queued');
    expect(await hasUnfinishedJobs(db)).toBe(true);
  });

  test('complete: only by the lease holder, only once; the bytes are dropped', async () => {
    const j = await enqueue(db, job(0));
    const c = (await claimJob(db, 'w1', 10_000))!;
    expect(await completeJob(db, { ...c.lease, worker: 'w2' }, RESULT)).toBe(false);
    expect(await completeJob(db, { ...c.lease, attempt: 2 }, RESULT)).toBe(false);
    expect(await completeJob(db, c.lease, RESULT)).toBe(true);
    expect(await completeJob(db, c.lease, RESULT)).toBe(false);
    expect(await failJob(db, c.lease, new Error('late'))).toBe('lost');
    const done = (await getJob(db, j.id))!;
    expect(done).toMatchObject({ status: 'done', result: RESULT, leased_until: null, error: null, attempts: 1 });
    expect(done.finished_at).toBeInstanceOf(Date);
    const r = await sql<{ bytes: unknown }>`select bytes from job where id = ${j.id}`.execute(db);
    expect(r.rows[0]!.bytes).toBeNull();
    expect(await claimJob(db, 'w1', 10_000)).toBeUndefined();
    expect(await hasUnfinishedJobs(db)).toBe(false);
  });

  test('an expired lease: the job is claimed again (a crashed worker), and the old holder can do nothing', async () => {
    const j = await enqueue(db, job(0));
    const a = (await claimJob(db, 'wa', 400))!;
    expect(await claimJob(db, 'wb', 10_000)).toBeUndefined(); // the lease still holds
    await sleep(500);
    const b = (await claimJob(db, 'wb', 10_000))!;
    expect(b).toMatchObject({ id: j.id, attempts: 2, worker: 'wb', reclaimed_from: 'wa', lease: { attempt: 2 } });
    expect(b.bytes).not.toBeNull();
    expect(await heartbeat(db, a.lease, 10_000)).toBe(false);
    expect(await completeJob(db, a.lease, RESULT)).toBe(false);
    expect(await failJob(db, a.lease, new Error('x'))).toBe('lost');
    expect(await requeue(db, a.lease)).toBe(false);
    expect(await completeJob(db, b.lease, { ...RESULT, doc_id: 7 })).toBe(true);
    expect(await getJob(db, j.id)).toMatchObject({ status: 'done', worker: 'wb', attempts: 2, result: { doc_id: 7 } });
  });

  test('heartbeat keeps the lease', async () => {
    await enqueue(db, job(0));
    const a = (await claimJob(db, 'wa', 100))!;
    expect(await heartbeat(db, a.lease, 10_000)).toBe(true);
    await sleep(200);
    expect(await claimJob(db, 'wb', 10_000)).toBeUndefined();
    expect((await getJob(db, a.id))!.leased_until!.getTime()).toBeGreaterThan(Date.now() + 5_000);
  });

  test('a job whose workers keep dying fails as abandoned after max_attempts', async () => {
    const j = await enqueue(db, job(0), { maxAttempts: 2 });
    await claimJob(db, 'wa', 30);
    await sleep(80);
    const b = (await claimJob(db, 'wb', 30))!;
    expect(b).toMatchObject({ id: j.id, attempts: 2 });
    await sleep(80);
    // Due after the abandoned job (its lease ran out earlier), so claimed next.
    const next = await enqueue(db, job(1));
    const abandoned: Job[] = [];
    const c = await claimJob(db, 'wc', 10_000, { onAbandoned: (x) => abandoned.push(x) });
    expect(c?.id).toBe(next.id);
    expect(abandoned.map((x) => x.id)).toEqual([j.id]);
    expect(await getJob(db, j.id)).toMatchObject({ status: 'failed', attempts: 2, leased_until: null, worker: 'wb' });
    expect((await getJob(db, j.id))!.error).toMatch(/abandoned.*2 times.*wb/);
  });

  test('failures: a user error fails at once; others retry with exponential backoff up to max_attempts', async () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30)).toBe(300_000);
    expect(backoffMs(3, { backoffMs: 100, maxBackoffMs: 300 })).toBe(300);

    for (const code of ['empty', 'binary', 'undecodable', 'too_large', 'refused', 'usage'] as const) {
      const j = await enqueue(db, job(0));
      const c = (await claimJob(db, 'w', 10_000))!;
      expect(await failJob(db, c.lease, new ParleyError(code, `it is ${code}`))).toBe('failed');
      expect(await getJob(db, j.id)).toMatchObject({ status: 'failed', attempts: 1, error: `it is ${code}`, leased_until: null });
    }

    // A URL that answers 404 or 410 fails at once; a 503 or a 429 is retried.
    for (const [status, outcome] of [[404, 'failed'], [410, 'failed'], [503, 'queued'], [429, 'queued']] as const) {
      await enqueue(db, job(0));
      const c = (await claimJob(db, 'w', 10_000))!;
      expect([status, await failJob(db, c.lease, new ParleyError('http_status', `HTTP ${status}`, status))]).toEqual([status, outcome]);
    }
    await sql`delete from job`.execute(db);

    const j = await enqueue(db, job(1), { maxAttempts: 3 });
    const attempt = async (expected: number | 'failed') => {
      let c: ClaimedJob | undefined;
      for (let i = 0; i < 100 && !c; i++) {
        c = await claimJob(db, 'w', 10_000);
        if (!c) await sleep(20);
      }
      expect(c?.id).toBe(j.id);
      const outcome = await failJob(db, c!.lease, new ParleyError('unreachable', 'the host did not answer'), { backoffMs: 60 });
      const after = (await getJob(db, j.id))!;
      if (expected === 'failed') {
        expect(outcome).toBe('failed');
        expect(after).toMatchObject({ status: 'failed', attempts: 3, error: 'the host did not answer' });
      } else {
        expect(outcome).toBe('queued');
        expect(after).toMatchObject({ status: 'queued', leased_until: null, error: 'the host did not answer', finished_at: null });
        expect(after.run_after.getTime() - after.updated_at.getTime()).toBe(expected);
        expect(await claimJob(db, 'w', 10_000)).toBeUndefined(); // backing off
      }
    };
    await attempt(60);
    await attempt(120);
    await attempt('failed');
    // A plain Error (a bug, a database hiccup) is retried too, and says so.
    const k = await enqueue(db, job(2));
    const c = (await claimJob(db, 'w', 10_000))!;
    expect(await failJob(db, c.lease, new Error('boom'))).toBe('queued');
    expect((await getJob(db, k.id))!.error).toBe('internal error: boom');
  });

  test('requeue gives the attempt back and the job is claimable at once', async () => {
    const j = await enqueue(db, job(0));
    const c = (await claimJob(db, 'wa', 10_000))!;
    expect(await requeue(db, c.lease)).toBe(true);
    expect(await getJob(db, j.id)).toMatchObject({ status: 'queued', attempts: 0, leased_until: null });
    expect(await claimJob(db, 'wb', 10_000)).toMatchObject({ id: j.id, attempts: 1, worker: 'wb', reclaimed_from: null });
  });

  test('concurrent claimers on separate connections never get the same job (SKIP LOCKED)', async () => {
    const n = 60;
    for (let i = 0; i < n; i++) await enqueue(db, { uri: `j${i}`, bytes: encode(`job ${i}`) });
    const handles = [db, await openDb({ url: s.url, migrate: false }), await openDb({ url: s.url, migrate: false })];
    try {
      const claimed: number[] = [];
      const claimer = async (h: Store, w: string) => {
        for (;;) {
          const c = await claimJob(h, w, 10_000);
          if (!c) return;
          claimed.push(c.id);
          await completeJob(h, c.lease, RESULT);
        }
      };
      // Four claimers per handle: each handle's pool has four connections.
      await Promise.all(handles.flatMap((h, i) => [0, 1, 2, 3].map((k) => claimer(h, `w${i}.${k}`))));
      expect(claimed).toHaveLength(n);
      expect(new Set(claimed).size).toBe(n);
      expect(await countJobs(db)).toEqual({ queued: 0, running: 0, done: n, failed: 0 });
    } finally {
      await Promise.all(handles.slice(1).map((h) => h.destroy()));
    }
  });

  test('runWorker drains the queue: stores each document, fails a binary one at once, logs JSON', async () => {
    const logs: LogEntry[] = [];
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await enqueue(db, job(i))).id);
    const dup = await enqueue(db, job(0));
    const pdf = await enqueue(db, { uri: 'scan.pdf', bytes: encode('%PDF-1.7\n\u0000\u0001\u0002 binary') });
    const summary = await runWorker({ db, concurrency: 2, leaseMs: 5_000, pollMs: 20, once: true, workerId: 'inproc', log: (e) => logs.push(e) });
    expect(summary).toEqual({ worker: 'inproc', done: 5, failed: 1, retried: 0, requeued: 0, lost: 0 });
    const jobs = await Promise.all([...ids, dup.id, pdf.id].map((id) => getJob(db, id)));
    expect(jobs.slice(0, 4).map((j) => j!.result!.status)).toEqual(['added', 'added', 'added', 'added']);
    expect(jobs[4]!.result).toMatchObject({ status: 'unchanged', doc_id: jobs[0]!.result!.doc_id });
    expect(jobs[5]).toMatchObject({ status: 'failed', attempts: 1 });
    const docs = await sql<{ n: number }>`select count(*)::int as n from document`.execute(db);
    expect(docs.rows[0]!.n).toBe(4);
    expect(logs.filter((e) => e.msg === 'job done')).toHaveLength(5);
    expect(logs.find((e) => e.msg === 'job failed')).toMatchObject({ level: 'error', job: pdf.id, worker: 'inproc', code: 'binary' });
    for (const e of logs) expect(Object.keys(e).slice(0, 4)).toEqual(['ts', 'level', 'msg', 'worker']);
  });

  test('runWorker on abort: a job that finishes within the grace period is done; one that cannot is requeued', async () => {
    const slow = (ms: number): AnalysisPool => ({
      size: 1,
      analyze: () => Promise.reject(new Error('unused')),
      // Infinity: an analysis that never ends.
      analyzeAndPrepare: (f) => new Promise((r) => ms < Infinity && setTimeout(() => r(prepareDocument(analyzeBytes(f))), ms)),
      close: async () => undefined,
    });
    const claimedThenAbort = (ac: AbortController) => (e: LogEntry) => {
      if (e.msg === 'job claimed') setTimeout(() => ac.abort(), 20);
    };

    const a = await enqueue(db, job(0));
    const ac1 = new AbortController();
    const logs1: LogEntry[] = [];
    const s1 = await runWorker({ db, pool: slow(300), leaseMs: 5_000, pollMs: 20, graceMs: 5_000, signal: ac1.signal, log: (e) => (logs1.push(e), claimedThenAbort(ac1)(e)) });
    expect(s1, JSON.stringify(logs1)).toMatchObject({ done: 1, requeued: 0 });
    expect((await getJob(db, a.id))!.status).toBe('done');

    const b = await enqueue(db, job(1));
    const ac2 = new AbortController();
    const t0 = performance.now();
    const s2 = await runWorker({ db, pool: slow(Infinity), leaseMs: 5_000, pollMs: 20, graceMs: 200, signal: ac2.signal, log: claimedThenAbort(ac2) });
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(s2).toMatchObject({ done: 0, requeued: 1 });
    expect(await getJob(db, b.id)).toMatchObject({ status: 'queued', attempts: 0, leased_until: null });
  });

  test('runWorker that loses its lease mid-job (taken over) neither stores nor completes it', async () => {
    const slow: AnalysisPool = {
      size: 1,
      analyze: () => Promise.reject(new Error('unused')),
      analyzeAndPrepare: (f) => new Promise((r) => setTimeout(() => r(prepareDocument(analyzeBytes(f))), 400)),
      close: async () => undefined,
    };
    const j = await enqueue(db, job(0));
    const logs: LogEntry[] = [];
    const summary = await runWorker({
      db, pool: slow, leaseMs: 150, pollMs: 20, once: true, workerId: 'stalled',
      log: (e) => {
        logs.push(e);
        // Another worker takes the job over (as after an expired lease) and finishes it.
        if (e.msg === 'job claimed') {
          void sql`update job set worker = 'other', attempts = attempts + 1 where id = ${j.id}`.execute(db)
            .then(() => completeJob(db, { id: j.id, worker: 'other', attempt: 2 }, RESULT));
        }
      },
    });
    expect(summary).toMatchObject({ done: 0, lost: 1, failed: 0 });
    expect(logs.some((e) => e.msg.startsWith('lease lost'))).toBe(true);
    expect(await getJob(db, j.id)).toMatchObject({ status: 'done', worker: 'other', result: RESULT });
    const docs = await sql<{ n: number }>`select count(*)::int as n from document`.execute(db);
    expect(docs.rows[0]!.n).toBe(0);
  });
});

describe('job queue on PGlite (the migration runs on both backends)', () => {
  test('enqueue, claim, complete; migrating down drops the table', async () => {
    const db = await openDb({ memory: true });
    try {
      const j = await enqueue(db, job(0));
      const c = (await claimJob(db, 'w', 10_000))!;
      expect(c.id).toBe(j.id);
      expect(new TextDecoder().decode(c.bytes!)).toBe(texts[0]!.text);
      expect(await heartbeat(db, c.lease, 10_000)).toBe(true);
      expect(await completeJob(db, c.lease, RESULT)).toBe(true);
      expect(await getJob(db, j.id)).toMatchObject({ status: 'done', result: RESULT });
      await migrateDown(db);
      const left = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = 'job'`.execute(db);
      expect(left.rows[0]!.n).toBe(0);
    } finally {
      await db.destroy();
    }
  });
});
