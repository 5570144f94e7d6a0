/**
 * `parley worker` as processes (the built CLI, dist/cli/main.js): two workers drain a queue while
 * one of them is killed with SIGKILL in the middle of a long job, which the other takes over when
 * the lease runs out; SIGTERM stops a worker cleanly; the embedded corpus is refused.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countJobs, enqueue, getJob, listJobs } from '../../src/queue/jobs.js';
import { encode, freshSchema, largeInterview, PG_URL, smallInterviews, type Schema } from './helpers.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/queue/worker.js', import.meta.url)));

interface Entry {
  ts: string;
  level: string;
  msg: string;
  worker?: string;
  job?: number;
  [k: string]: unknown;
}

interface Proc {
  child: ChildProcess;
  logs: Entry[];
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log entry that matches. */
  when: (match: (e: Entry) => boolean, timeoutMs?: number) => Promise<Entry>;
}

function worker(args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, [CLI, 'worker', ...args], { env: { ...process.env, PARLEY_DEBUG: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Entry[] = [];
  const waiters: { match: (e: Entry) => boolean; resolve: (e: Entry) => void }[] = [];
  let text = '';
  let partial = '';
  child.stderr!.on('data', (d: Buffer) => {
    text += d.toString();
    partial += d.toString();
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const e = JSON.parse(line) as Entry;
      logs.push(e);
      for (const w of [...waiters]) {
        if (w.match(e)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(e);
        }
      }
    }
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  const when = (match: (e: Entry) => boolean, timeoutMs = 30_000) => {
    const found = logs.find(match);
    if (found) return Promise.resolve(found);
    return new Promise<Entry>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no matching log entry in ${timeoutMs} ms; stderr:\n${text}`)), timeoutMs);
      waiters.push({ match, resolve: (e) => (clearTimeout(t), resolve(e)) });
      void exit.then(() => setTimeout(() => reject(new Error(`the worker exited first; stderr:\n${text}`)), 50));
    });
  };
  return { child, logs, stderr: () => text, exit, when };
}

describe('parley worker without PostgreSQL', () => {
  test('refuses the embedded corpus with a usage error (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-worker-'));
    try {
      const r = spawnSync(process.execPath, [CLI, 'worker', '--once'], { env: { ...process.env, DATABASE_URL: '', PARLEY_DATA: dir }, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^parley: worker: workers need PostgreSQL: set DATABASE_URL/);
      expect(r.stdout).toBe('');
      const bad = spawnSync(process.execPath, [CLI, 'worker', '--lease', 'soon'], { env: { ...process.env, DATABASE_URL: '' }, encoding: 'utf8' });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/--lease takes a number/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!PG_URL)('parley worker processes on PostgreSQL', () => {
  let s: Schema;
  const procs: Proc[] = [];
  beforeAll(async () => {
    if (!BUILT) throw new Error('dist/ is not built or is out of date: run "npm run build" first');
    s = await freshSchema('workers');
  });
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await s?.close();
  });

  test('two workers drain the queue; one is killed mid-job and its job is taken over by the other', async () => {
    const t0 = performance.now();
    const small = smallInterviews();
    const large = largeInterview(4000);
    // The large job in the middle of the queue: whichever worker claims it gets killed while it
    // analyses it (seconds of work); the jobs before and after it are shared by both workers.
    const ids: number[] = [];
    for (const d of small.slice(0, 12)) ids.push((await enqueue(s.db, { uri: d.uri, bytes: encode(d.text), contentType: 'text/plain' })).id);
    const largeId = (await enqueue(s.db, { uri: large.uri, bytes: encode(large.text) })).id;
    ids.push(largeId);
    for (const d of small.slice(12)) ids.push((await enqueue(s.db, { uri: d.uri, bytes: encode(d.text) })).id);
    expect(ids).toHaveLength(31);

    const args = ['--once', '--lease', '2', '--poll', '100'];
    const a = worker(args, { DATABASE_URL: s.url });
    const b = worker(args, { DATABASE_URL: s.url });
    procs.push(a, b);
    const claimedLarge = (e: Entry) => e.msg === 'job claimed' && e.job === largeId;
    const first = await Promise.race([a.when(claimedLarge), b.when(claimedLarge)]);
    const [victim, survivor] = a.logs.includes(first) ? [a, b] : [b, a];
    await new Promise((r) => setTimeout(r, 300));
    const doneLarge = (e: Entry) => e.msg === 'job done' && e.job === largeId;
    expect(victim.logs.some(doneLarge)).toBe(false); // still in the middle of it
    victim.child.kill('SIGKILL');
    expect(await victim.exit).toEqual({ code: null, signal: 'SIGKILL' });
    const killedAt = performance.now();

    const end = await survivor.exit;
    expect(end, survivor.stderr()).toEqual({ code: 0, signal: null });
    const victimId = victim.logs.find((e) => e.msg === 'worker started')!.worker!;
    const survivorId = survivor.logs.find((e) => e.msg === 'worker started')!.worker!;

    // The survivor took the large job over once the victim's lease had run out.
    expect(survivor.logs.find((e) => e.job === largeId && e.msg.startsWith('job claimed'))).toMatchObject({
      msg: 'job claimed: its lease had expired',
      reclaimed_from: victimId,
      attempt: 2,
    });
    expect(await getJob(s.db, largeId)).toMatchObject({ status: 'done', attempts: 2, worker: survivorId, error: null });

    // Every job done exactly once, by one worker, and every document stored exactly once.
    const done = [...a.logs, ...b.logs].filter((e) => e.msg === 'job done');
    expect(done).toHaveLength(31);
    expect(new Set(done.map((e) => e.job))).toEqual(new Set(ids));
    expect(await countJobs(s.db)).toEqual({ queued: 0, running: 0, done: 31, failed: 0 });
    const jobs = await listJobs(s.db, { limit: 100 });
    expect(jobs.map((j) => j.result?.status)).toEqual(Array(31).fill('added'));
    expect(new Set(jobs.map((j) => j.result!.doc_id)).size).toBe(31);
    expect(jobs.filter((j) => j.id !== largeId).every((j) => j.attempts === 1)).toBe(true);
    const docs = await sql<{ n: number; distinct: number }>`select count(*)::int as n, count(distinct sha256)::int as distinct from document`.execute(s.db);
    expect(docs.rows[0]).toEqual({ n: 31, distinct: 31 });
    expect([...a.logs, ...b.logs].filter((e) => e.level === 'error')).toEqual([]);

    const by = (p: Proc) => p.logs.filter((e) => e.msg === 'job done').length;
    process.stderr.write(
      `test/queue: victim did ${by(victim)} jobs before SIGKILL, survivor ${by(survivor)}; ` +
        `large job ${survivor.logs.find(doneLarge)?.ms} ms; drained in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill\n`,
    );
  });

  test('SIGTERM stops a waiting worker at once and cleanly', async () => {
    const w = worker(['--poll', '50'], { DATABASE_URL: s.url });
    procs.push(w);
    await w.when((e) => e.msg === 'worker started');
    w.child.kill('SIGTERM');
    expect(await w.exit).toEqual({ code: 0, signal: null });
    expect(w.logs.at(-1)).toMatchObject({ msg: 'worker stopped', done: 0, requeued: 0 });
  });
});
