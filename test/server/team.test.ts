/**
 * Team mode on a real PostgreSQL server: `parley serve --queue` turns uploads into jobs that a
 * `parley worker` completes; verdicts survive a server killed with SIGKILL (on PostgreSQL and on
 * the embedded corpus).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshSchema, PG_URL, type Schema } from '../queue/helpers.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const HARBOUR = readFileSync(new URL('../fixtures/server/harbour-minister.txt', import.meta.url), 'utf8');
const RAIL = readFileSync(new URL('../fixtures/server/rail-director.txt', import.meta.url), 'utf8');
const base = { ...process.env, PARLEY_SERVER: '', PARLEY_TOKEN: '', PARLEY_DEBUG: '' };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function serve(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--no-web', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on (\S+)\n/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Json };
};
const get = async (url: string) => (await (await fetch(url)).json()) as Json;

describe.skipIf(!PG_URL)('team mode on PostgreSQL', () => {
  let pg: Schema;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    pg = await freshSchema('team');
    env = { ...base, DATABASE_URL: pg.url };
  });
  afterAll(async () => {
    await pg?.close();
  });

  test('--queue: uploads become jobs; a worker completes them; the documents appear', async () => {
    const server = await serve(['--queue'], env);
    try {
      const a = await post(`${server.url}/api/documents`, { text: HARBOUR, name: 'harbour.txt' });
      const b = await post(`${server.url}/api/documents`, { text: RAIL, name: 'rail.txt' });
      expect(a.status).toBe(202);
      expect(a.json).toMatchObject({ status: 'queued', uri: 'harbour.txt', kind: 'bytes' });
      expect((await get(`${server.url}/api/jobs`)).counts).toMatchObject({ queued: 2 });

      const worker = spawnSync(process.execPath, [CLI, 'worker', '--once', '--poll', '100'], { env, encoding: 'utf8', timeout: 60_000 });
      expect(worker.status).toBe(0);

      for (const job of [a.json, b.json]) {
        const done = await get(`${server.url}/api/jobs/${job.id}`);
        expect(done).toMatchObject({ status: 'done', result: { status: 'added' } });
        const record = await get(`${server.url}/api/documents/${done.result.doc_id}`);
        expect(record.uri).toBe(job.uri);
      }
      const empty = await post(`${server.url}/api/documents`, { text: '   ' });
      expect(empty.status).toBe(202); // queued; the worker fails it at once as a user error
    } finally {
      await killed(server.child);
    }
  });

  test('a verdict acknowledged by the server survives the server being killed with SIGKILL', async () => {
    let server = await serve([], env);
    let key: string;
    try {
      const added = await post(`${server.url}/api/documents`, { text: `${RAIL}\n\nA last word: 17 new stations open in May.` });
      expect(added.status).toBe(201);
      const record = await get(`${server.url}/api/documents/${added.json.id}`);
      key = record.claims[0].key;
      const review = await post(`${server.url}/api/claims/${key}/reviews`, { verdict: 'misleading', note: 'before the crash' });
      expect(review.status).toBe(201);
    } finally {
      await killed(server.child);
    }
    server = await serve([], env);
    try {
      const claim = await get(`${server.url}/api/claims/${key}`);
      expect(claim.review).toMatchObject({ verdict: 'misleading', note: 'before the crash' });
    } finally {
      await killed(server.child);
    }
  });
});

describe('embedded corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
  const env = { ...base, DATABASE_URL: '' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a verdict acknowledged by the server survives the server being killed with SIGKILL', async () => {
    let server = await serve(['--data', dir], env);
    let key: string;
    try {
      const added = await post(`${server.url}/api/documents`, { text: HARBOUR });
      const record = await get(`${server.url}/api/documents/${added.json.id}`);
      key = record.claims[1].key;
      expect((await post(`${server.url}/api/claims/${key}/reviews`, { verdict: 'false' })).status).toBe(201);
    } finally {
      await killed(server.child);
    }
    // The lock names a dead process: the next server takes over.
    server = await serve(['--data', dir], env);
    try {
      expect((await get(`${server.url}/api/claims/${key}`)).review.verdict).toBe('false');
    } finally {
      await killed(server.child);
    }
  });

  test('--queue without PostgreSQL is a usage error', () => {
    const r = spawnSync(process.execPath, [CLI, 'serve', '--queue', '--data', dir], { env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--queue needs a PostgreSQL corpus/);
  });
});
