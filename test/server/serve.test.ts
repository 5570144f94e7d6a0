/**
 * `parley serve` over a real port (the built CLI), and the web app's static files served from
 * memory with deep links and no path traversal.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openDb, type Store } from '../../src/store/db.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const env = { ...process.env, DATABASE_URL: '', PARLEY_DEBUG: '' };

/** Starts the CLI server and resolves with its URL (the first stdout line). */
function start(args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on (http:\/\/\S+)\n/.exec(out);
      if (m) resolve({ child, url: m[1]!, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

describe('parley serve on a real port', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof start>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
    server = await start(['--port', '0', '--data', dir, '--no-web', '--log', 'json']);
  });
  afterAll(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('answers over HTTP: add a document, read it back', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, store: 'pglite', documents: 0 });
    const added = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '– How many ferries run each day?\n\n– Fourteen ferries run each day, 3 more than in 2024.' }),
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: number };
    const record = (await (await fetch(`${server.url}/api/documents/${id}`)).json()) as { doc: { turns: unknown[] } };
    expect(record.doc.turns).toHaveLength(2);
    // --log json: one JSON object per line on stderr, one per request.
    await new Promise((r) => setTimeout(r, 100));
    const lines = server.stderr().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'request' && l.path === '/api/documents' && l.method === 'POST')).toMatchObject({ status: 201, level: 'info' });
    expect(lines.every((l) => typeof l.ts === 'string')).toBe(true);
  });

  test('while it serves, a second process cannot open the embedded corpus', () => {
    const other = spawnSync(process.execPath, [CLI, 'list', '--data', dir], { env, encoding: 'utf8' });
    expect(other.status).toBe(8);
    expect(other.stderr).toMatch(/parley serve/);
  });

  test('SIGTERM stops it cleanly and releases the corpus', async () => {
    const exited = new Promise<number | null>((r) => server.child.on('exit', r));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const after = spawnSync(process.execPath, [CLI, 'list', '--data', dir, '--json'], { env, encoding: 'utf8' });
    expect(after.status).toBe(0);
    expect(after.stdout).toContain('"uri"');
  });
});

describe('parley serve refuses what it must', () => {
  test('binding a non-loopback address needs accounts: without any it is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
    try {
      const r = spawnSync(process.execPath, [CLI, 'serve', '--host', '0.0.0.0', '--port', '0', '--data', dir, '--no-web'], { env, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/binding 0\.0\.0\.0 needs accounts/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a port in use is a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
    const first = await start(['--port', '0', '--data', dir, '--no-web']);
    try {
      const port = new URL(first.url).port;
      const r = spawnSync(process.execPath, [CLI, 'serve', '--port', port, '--data', mkdtempSync(join(tmpdir(), 'parley-serve-')), '--no-web'], { env, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/in use/);
    } finally {
      first.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the web app files', () => {
  let db: Store;
  let web: string;
  beforeAll(async () => {
    db = await openDb({ memory: true });
    web = mkdtempSync(join(tmpdir(), 'parley-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>parley</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app");');
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(web, { recursive: true, force: true });
  });

  test('assets are served with their type; deep links get index.html; no path escapes the web root', async () => {
    const app = createApp({ db, kind: 'pglite', version: '0.1.0', maxBytes: 1 << 20, allowPrivate: false, timeoutMs: 1000, reviewer: 't', webRoot: web });
    const js = await app.request('/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    const deep = await app.request('/doc/3?span=10-20');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>parley</title>');
    expect(deep.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    for (const path of ['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/assets/missing.js']) {
      const res = await app.request(path);
      const body = await res.text();
      expect(body).not.toContain('"name": "parley"');
    }
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    expect((await app.request('/api/unknown')).status).toBe(404);
  });
});
