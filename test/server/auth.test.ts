/**
 * Accounts, roles, sessions with CSRF tokens, API tokens, rate limits and the audit log, through
 * the app object with accounts required, on PGlite and (when configured) PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { addAccount, createToken, disableAccount, revokeToken } from '../../src/server/auth.js';
import { createApp, type App, type ServerContext } from '../../src/server/app.js';
import type { Store } from '../../src/store/db.js';
import { BACKENDS, truncate } from '../store/fixtures.js';

// The cheapest scrypt cost the code accepts (2^14), so the suite stays fast; production uses 2^17.
process.env.PARLEY_SCRYPT_N = String(2 ** 14);
const HARBOUR = readFileSync(new URL('../fixtures/server/harbour-minister.txt', import.meta.url), 'utf8');
const PASSWORD = 'correct horse battery';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(BACKENDS)('accounts on $name', ({ open }) => {
  let db: Store;
  let close: () => Promise<void>;
  let app: App;
  const make = (extra: Partial<ServerContext> = {}) =>
    createApp({ db, kind: 'pglite', version: '0.1.0', maxBytes: 1 << 20, allowPrivate: false, timeoutMs: 1000, reviewer: 'nobody', auth: 'required', ...extra });

  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(async () => {
    await close?.();
  });
  beforeEach(async () => {
    await truncate(db);
    await sql`truncate account, session, api_token, audit restart identity cascade`.execute(db);
    await addAccount(db, 'ada', 'admin', PASSWORD);
    await addAccount(db, 'rex', 'reviewer', PASSWORD);
    await addAccount(db, 'rita', 'reader', PASSWORD);
    app = make();
  });

  const call = async (a: App, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await a.request(path, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : undefined) as Json };
  };
  /** Logs in; returns the headers a browser would send afterwards (cookie and CSRF token). */
  const session = async (name: string, a = app) => {
    const r = await call(a, 'POST', '/api/login', { name, password: PASSWORD });
    expect(r.status).toBe(200);
    const cookie = r.headers.get('set-cookie')!;
    return { cookie: cookie.split(';')[0]!, csrf: r.json.csrf as string, setCookie: cookie };
  };
  const seed = async () => {
    const admin = await session('ada');
    const added = await call(app, 'POST', '/api/documents', { text: HARBOUR }, { cookie: admin.cookie, 'x-csrf-token': admin.csrf });
    expect(added.status).toBe(201);
    const rec = await call(app, 'GET', `/api/documents/${added.json.id}`, undefined, { cookie: admin.cookie });
    return { id: added.json.id as number, key: rec.json.claims[0].key as string };
  };

  test('without a session or token only health, the OpenAPI document and login answer', async () => {
    expect((await call(app, 'GET', '/api/health')).status).toBe(200);
    expect((await call(app, 'GET', '/api/openapi.json')).status).toBe(200);
    const docs = await call(app, 'GET', '/api/documents');
    expect(docs.status).toBe(401);
    expect(docs.json.error.code).toBe('unauthorized');
    expect((await call(app, 'GET', '/api/me')).status).toBe(401);
    expect((await call(app, 'POST', '/api/documents', { text: HARBOUR })).status).toBe(401);
  });

  test('a session cookie is HttpOnly and SameSite=Strict; writes need its CSRF token', async () => {
    const s = await session('rex');
    expect(s.setCookie).toMatch(/^parley_sid=/);
    expect(s.setCookie).toMatch(/HttpOnly/i);
    expect(s.setCookie).toMatch(/SameSite=Strict/i);
    const me = await call(app, 'GET', '/api/me', undefined, { cookie: s.cookie });
    expect(me.json).toMatchObject({ name: 'rex', role: 'reviewer', via: 'session', csrf: s.csrf });
    const noCsrf = await call(app, 'POST', '/api/documents', { text: HARBOUR }, { cookie: s.cookie });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json.error.code).toBe('csrf');
    const wrong = await call(app, 'POST', '/api/documents', { text: HARBOUR }, { cookie: s.cookie, 'x-csrf-token': 'guess' });
    expect(wrong.status).toBe(403);
    const ok = await call(app, 'POST', '/api/documents', { text: HARBOUR }, { cookie: s.cookie, 'x-csrf-token': s.csrf });
    expect(ok.status).toBe(201);
    // A cross-site request carrying the cookie is refused even with the token.
    const cross = await call(app, 'POST', '/api/documents', { text: 'x' }, { cookie: s.cookie, 'x-csrf-token': s.csrf, origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const out = await call(app, 'POST', '/api/logout', undefined, { cookie: s.cookie, 'x-csrf-token': s.csrf });
    expect(out.status).toBe(204);
    expect((await call(app, 'GET', '/api/documents', undefined, { cookie: s.cookie })).status).toBe(401);
  });

  test('over https the cookie is __Host- prefixed and Secure', async () => {
    const secure = make({ secureCookies: true });
    const r = await call(secure, 'POST', '/api/login', { name: 'rita', password: PASSWORD });
    expect(r.headers.get('set-cookie')).toMatch(/^__Host-parley_sid=.*Secure/i);
  });

  test('a reader can read but cannot review, add or delete; the reviewer is whoever is logged in', async () => {
    const { id, key } = await seed();
    const reader = await session('rita');
    const h = { cookie: reader.cookie, 'x-csrf-token': reader.csrf };
    expect((await call(app, 'GET', `/api/documents/${id}`, undefined, h)).status).toBe(200);
    const review = await call(app, 'POST', `/api/claims/${key}/reviews`, { verdict: 'false' }, h);
    expect(review.status).toBe(403);
    expect(review.json.error.message).toMatch(/reviewer role/);
    expect((await call(app, 'POST', '/api/documents', { text: 'Another text.' }, h)).status).toBe(403);
    expect((await call(app, 'DELETE', `/api/documents/${id}`, undefined, h)).status).toBe(403);

    const rev = await session('rex');
    const ok = await call(app, 'POST', `/api/claims/${key}/reviews`, { verdict: 'false', reviewer: 'someone-else' }, { cookie: rev.cookie, 'x-csrf-token': rev.csrf });
    expect(ok.status).toBe(201);
    expect(ok.json.reviewer).toBe('rex');
    expect((await call(app, 'DELETE', `/api/documents/${id}`, undefined, { cookie: rev.cookie, 'x-csrf-token': rev.csrf })).status).toBe(403);
  });

  test('an API token works without CSRF; a revoked token or a disabled account is refused', async () => {
    const { key } = await seed();
    const { token, info } = await createToken(db, 'rex', 'script');
    expect(token).toMatch(/^prl_/);
    const stored = await sql<{ hash: string }>`select hash from api_token where id = ${info.id}`.execute(db);
    expect(stored.rows[0]!.hash).not.toContain(token.slice(4));
    const auth = { authorization: `Bearer ${token}` };
    expect((await call(app, 'POST', `/api/claims/${key}/reviews`, { verdict: 'true' }, auth)).status).toBe(201);
    await revokeToken(db, info.prefix);
    const revoked = await call(app, 'GET', '/api/documents', undefined, auth);
    expect(revoked.status).toBe(401);
    expect(revoked.json.error.message).toMatch(/token is not valid/);

    const second = await createToken(db, 'rita', 'ro');
    const rita = await session('rita');
    await disableAccount(db, 'rita');
    expect((await call(app, 'GET', '/api/documents', undefined, { authorization: `Bearer ${second.token}` })).status).toBe(401);
    expect((await call(app, 'GET', '/api/documents', undefined, { cookie: rita.cookie })).status).toBe(401);
    expect((await call(app, 'POST', '/api/login', { name: 'rita', password: PASSWORD })).status).toBe(401);
  });

  test('login brute force is rate-limited per name and per address; successful logins do not count', async () => {
    for (let i = 0; i < 12; i++) expect((await call(app, 'POST', '/api/login', { name: 'rex', password: PASSWORD })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await call(app, 'POST', '/api/login', { name: 'ada', password: `wrong-guess-${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Even the right password is refused while the window lasts.
    const right = await call(app, 'POST', '/api/login', { name: 'ada', password: PASSWORD });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('each client has a request budget per minute, answered 429 with Retry-After', async () => {
    const limited = make({ rateLimit: 5 });
    const { token } = await createToken(db, 'rita', 'busy');
    const auth = { authorization: `Bearer ${token}` };
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(limited, 'GET', '/api/stats', undefined, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  test('overload is answered 503 at once, not queued', async () => {
    const busy = make({ maxInFlight: 1 });
    const { token } = await createToken(db, 'rex', 'load');
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const slow = busy.request('/api/documents', { method: 'POST', headers: auth, body: JSON.stringify({ text: HARBOUR }) });
    const second = await busy.request('/api/stats', { headers: auth });
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    expect((await slow).status).toBe(201);
  });

  test('the audit log records verdicts, additions and deletions with before and after; admins only; append-only', async () => {
    const { id, key } = await seed();
    const rev = await session('rex');
    const h = { cookie: rev.cookie, 'x-csrf-token': rev.csrf };
    await call(app, 'POST', `/api/claims/${key}/reviews`, { verdict: 'misleading', note: 'first look' }, h);
    await call(app, 'POST', `/api/claims/${key}/reviews`, { verdict: 'false' }, h);
    const admin = await session('ada');
    expect((await call(app, 'DELETE', `/api/documents/${id}`, undefined, { cookie: admin.cookie, 'x-csrf-token': admin.csrf })).status).toBe(204);

    expect((await call(app, 'GET', '/api/audit', undefined, h)).status).toBe(403);
    const log = await call(app, 'GET', '/api/audit?limit=100', undefined, { cookie: admin.cookie });
    const actions = log.json.items.map((e: Json) => `${e.actor}:${e.action}`);
    expect(actions).toEqual(expect.arrayContaining(['ada:document.add', 'rex:review.add', 'ada:document.delete']));
    const reviews = log.json.items.filter((e: Json) => e.action === 'review.add');
    expect(reviews[0]).toMatchObject({ before: { verdict: 'misleading' }, after: { verdict: 'false', reviewer: 'rex' } });
    expect(reviews[1]).toMatchObject({ before: null, after: { verdict: 'misleading', note: 'first look' } });

    const jsonl = await app.request('/api/audit?format=jsonl', { headers: { cookie: admin.cookie } });
    const lines = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l) as Json);
    expect(lines.length).toBe(log.json.total);
    await expect(sql`update audit set actor = 'mallory'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit`.execute(db)).rejects.toThrow(/append-only/);
  });
});

describe('parley user and token commands', () => {
  const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'parley-accounts-'));
  const env = { ...process.env, DATABASE_URL: '', PARLEY_SCRYPT_N: String(2 ** 14), PARLEY_PASSWORD: '' };
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args, '--data', dir], { env, encoding: 'utf8', ...(input !== undefined && { input }) });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('add, list, token create (shown once), revoke, disable', () => {
    expect(run(['user', 'add', 'ada', '--role', 'admin', '--password-stdin'], `${PASSWORD}\n`).status).toBe(0);
    const short = run(['user', 'add', 'bob', '--role', 'reader', '--password-stdin'], 'short\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 12 characters/);
    expect(run(['user', 'add', 'bob', '--role', 'boss', '--no-password']).stderr).toMatch(/a role is reader, reviewer, admin/);
    expect(run(['user', 'add', 'bob', '--role', 'reader', '--no-password']).status).toBe(0);
    const list = run(['user', 'list', '--json']);
    expect(list.stdout.trim().split('\n').map((l) => JSON.parse(l).name)).toEqual(['ada', 'bob']);

    const created = run(['token', 'create', 'bob', '--name', 'nightly']);
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^prl_[A-Za-z0-9_-]{43}$/);
    const tokens = run(['token', 'list']);
    expect(tokens.stdout).toContain(token.slice(0, 10));
    expect(tokens.stdout).not.toContain(token);
    expect(run(['token', 'revoke', token.slice(0, 10)]).status).toBe(0);
    expect(run(['token', 'revoke', token.slice(0, 10)]).status).toBe(3);
    expect(run(['user', 'disable', 'bob']).status).toBe(0);
    expect(run(['user', 'disable', 'nobody']).status).toBe(3);
  });
});
