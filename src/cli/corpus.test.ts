/**
 * The corpus commands end to end: the built CLI (`npm run build` first) against a temporary
 * PARLEY_DATA, with the bundled (fictional) examples.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dumpCorpus } from '../../test/store/dump.js';
import { openDb } from '../store/db.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const examples = join(root, 'examples');
const scratch: string[] = [];

function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `parley-${prefix}-`));
  scratch.push(d);
  return d;
}

function parley(data: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, PARLEY_DATA: data, DATABASE_URL: '', PARLEY_REVIEWER: 'tester', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    ...(input !== undefined && { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function start(data: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, PARLEY_DATA: data, DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** `n` distinct interview files: the text examples, each copy with its own closing line. */
function batch(n: number): string {
  const dir = tmp('batch');
  const sources = readdirSync(examples).filter((f) => f.endsWith('.txt') && !/koi8|1251/.test(f));
  for (let i = 0; i < n; i++) {
    const name = sources[i % sources.length]!;
    const text = readFileSync(join(examples, name), 'utf8');
    mkdirSync(join(dir, String(i % 7)), { recursive: true });
    writeFileSync(join(dir, String(i % 7), `${String(i).padStart(3, '0')}-${name}`), `${text.trimEnd()}\n\nArchive copy ${i}.\n`);
  }
  return dir;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('the corpus CLI tests need a build: run "npm run build"');
});
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

describe('corpus cli', () => {
  const data = tmp('data');

  test('corpus: add stores the examples once; every command answers with JSON only on stdout', { timeout: 180_000 }, () => {
    const files = ['dash-ambassador.txt', 'labels-names.txt', 'labels-names.html', 'markers-minister.txt', 'cyrillic-interview.txt'].map((f) => join(examples, f));
    const added = parley(data, ['add', '--json', ...files]);
    expect(added.code, added.stderr).toBe(0);
    const summary = JSON.parse(added.stdout);
    expect(summary).toMatchObject({ added: 5, replaced: 0, unchanged: 0, failed: 0 });
    expect(added.stderr).toMatch(/added 5, replaced 0, unchanged 0/);

    const again = parley(data, ['add', '--json', ...files]);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, unchanged: 5 });

    const list = JSON.parse(parley(data, ['list', '--json']).stdout);
    expect(list).toHaveLength(5);
    const dremov = list.find((d: { uri: string }) => d.uri.endsWith('labels-names.txt'));
    expect(dremov).toMatchObject({ interviewee: 'Viktor Dremov', outlet: 'Eurasia Business Weekly', published: '2025-02-18' });

    const show = JSON.parse(parley(data, ['show', String(dremov.id), '--json']).stdout);
    expect(show.schema).toBe('parley.corpus/1');
    expect(show.doc.text.length).toBeGreaterThan(1000);
    expect(show.claims.length).toBe(show.doc.claims.length);
    const human = parley(data, ['show', dremov.sha256.slice(0, 10)]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Claims \(\d+\)/);
    expect(human.stdout).toMatch(/Quantities \(\d+\)/);

    const hits = JSON.parse(parley(data, ['search', 'oil', '--speaker', 'Dremov', '--json']).stdout);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.speaker).toMatch(/Dremov/);
      expect(h.snippet.slice(h.highlights[0][0], h.highlights[0][1]).toLowerCase()).toMatch(/^oil/);
    }
    expect(parley(data, ['search', 'oil', '--role', 'question']).stdout).toMatch(/^1\. \[doc \d+ · turn \d+ · question/);

    const speakers = JSON.parse(parley(data, ['speakers', '--json']).stdout);
    const viktor = speakers.find((s: { name: string }) => s.name === 'Viktor Dremov');
    expect(viktor.documents).toBe(2);
    const profile = JSON.parse(parley(data, ['speaker', 'Viktor Dremov', '--json']).stdout);
    expect(profile.documentList).toHaveLength(2);

    const claims = JSON.parse(parley(data, ['claims', '--doc', String(dremov.id), '--json']).stdout);
    expect(claims.length).toBeGreaterThan(3);
    const repeated = JSON.parse(parley(data, ['claims', '--repeated', '--json']).stdout);
    expect(repeated.some((g: { claims: { doc: number }[] }) => g.claims.some((c) => c.doc === dremov.id))).toBe(true);

    const key = claims[0].key;
    const reviewed = parley(data, ['review', key.slice(0, 8), '--verdict', 'misleading', '--note', 'Context missing.', '--source', 'https://stats.example/oil', '--json']);
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(JSON.parse(reviewed.stdout).review).toMatchObject({ verdict: 'misleading', reviewer: 'tester' });
    parley(data, ['review', key, '--verdict', 'false']);
    const history = JSON.parse(parley(data, ['review', key, '--json']).stdout);
    expect(history.history.map((r: { verdict: string }) => r.verdict)).toEqual(['misleading', 'false']);

    const cr = parley(data, ['export', '--format', 'claimreview', '--url', 'https://factcheck.example/{key}', '--org', 'Example Check']);
    expect(cr.code, cr.stderr).toBe(0);
    const items = JSON.parse(cr.stdout);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ '@type': 'ClaimReview', url: `https://factcheck.example/${key}`, reviewRating: { alternateName: 'False', ratingValue: 1 } });
    const csv = parley(data, ['export', '--format', 'csv', '--reviewed']).stdout;
    expect(csv.startsWith('\uFEFFdoc_id,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
    const w3c = JSON.parse(parley(data, ['export', '--format', 'w3c', '--doc', String(dremov.id)]).stdout);
    expect(w3c.total).toBe(show.doc.claims.length);
    const jsonl = parley(data, ['export', '--format', 'jsonl']).stdout.trimEnd().split('\n');
    expect(jsonl).toHaveLength(5);
    expect(parley(data, ['export', '--format', 'md']).stdout).toMatch(/^# parley corpus report/);

    const stats = JSON.parse(parley(data, ['stats', '--json']).stdout);
    expect(stats).toMatchObject({ documents: 5, reviews: 2, reviewed_claims: 1 });
    expect(stats.verdicts.false).toBe(1);
  });

  test('corpus: unknown documents, claims and speakers are one line on stderr and exit 3', { timeout: 60_000 }, () => {
    for (const args of [['show', '999'], ['review', 'abcdef123456', '--verdict', 'true'], ['speaker', 'Nobody Atall'], ['search', 'x', '--outlet', 'No Such Outlet'], ['export', '--format', 'json', '--doc', 'zzz']]) {
      const r = parley(data, args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^parley: no /);
    }
  });

  test('corpus: bad usage is exit 2 with one line', { timeout: 60_000 }, () => {
    for (const args of [['list', '--bogus'], ['review', 'abc', '--verdict', 'half'], ['export', '--format', 'xml'], ['search'], ['list', '--since', '2025-13'], ['export', '--format', 'claimreview']]) {
      const r = parley(data, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(parley(data, ['add', '--help']).stdout).toMatch(/^parley add/);
  });

  test('corpus: a second process is refused while add holds the data directory', { timeout: 180_000 }, async () => {
    const dir = batch(120);
    const locked = tmp('locked');
    const add = start(locked, ['add', '--jobs', '1', dir]);
    try {
      const lockFile = join(locked, 'parley.lock');
      for (let i = 0; i < 300 && !existsSync(lockFile); i++) await sleep(20);
      expect(existsSync(lockFile)).toBe(true);
      const r = parley(locked, ['list']);
      expect(add.exitCode).toBeNull(); // add was still running while list was refused
      expect(r.code).toBe(8);
      expect(r.stderr).toMatch(new RegExp(`^parley: the data directory .* is in use by pid ${add.pid} \\(parley add --jobs 1 .*\\) on host `));
    } finally {
      add.kill('SIGKILL');
      await new Promise((r) => add.once('exit', r));
    }
    // The killed holder's lock is stale: the next command takes it over.
    expect(parley(locked, ['list', '--json']).code).toBe(0);
  });

  test('corpus: add killed with SIGKILL mid-batch, then run again, equals a clean run', { timeout: 600_000 }, async () => {
    const n = 160;
    const dir = batch(n);
    const clean = tmp('clean');
    let t0 = performance.now();
    const first = parley(clean, ['add', '--quiet', dir]);
    expect(first.code, first.stderr).toBe(0);
    const full = performance.now() - t0;
    t0 = performance.now();
    parley(clean, ['list', '--json']);
    const startup = performance.now() - t0;
    const perDocument = Math.max(1, (full - startup) / n);

    const killed = tmp('killed');
    const counts: number[] = [];
    let kills = 0;
    let stored = 0;
    for (let round = 0; round < 12 && kills < 4; round++) {
      const add = start(killed, ['add', '--quiet', dir]);
      const exited = new Promise((r) => add.once('exit', r));
      // A kill point inside what is left of the batch.
      await sleep(1.5 * startup + (0.1 + Math.random() * 0.4) * (n - stored) * perDocument);
      if (add.exitCode === null) {
        add.kill('SIGKILL');
        kills++;
      }
      await exited;
      const db = await openDb({ dataDir: killed });
      try {
        const { sql } = await import('kysely');
        stored = (await sql<{ n: number }>`select count(*)::int as n from document`.execute(db)).rows[0]!.n;
        counts.push(stored);
      } finally {
        await db.destroy();
      }
      if (stored === n) break;
    }
    expect(kills).toBeGreaterThanOrEqual(3);
    // Some kill landed after part of the batch was stored and before all of it was.
    expect(counts.some((c) => c > 0 && c < n)).toBe(true);
    const last = parley(killed, ['add', '--quiet', '--json', dir]);
    expect(last.code, last.stderr).toBe(0);

    const dump = async (dataDir: string) => {
      const db = await openDb({ dataDir });
      try {
        return await dumpCorpus(db);
      } finally {
        await db.destroy();
      }
    };
    const a = await dump(clean);
    const b = await dump(killed);
    expect(a.documents).toHaveLength(n);
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
  });
});
