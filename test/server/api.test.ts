/**
 * The HTTP API through the app object (no port), on embedded PGlite and, when
 * PARLEY_TEST_DATABASE_URL is set, on a real PostgreSQL server. Documents go in through the API
 * and are analysed for real; the fixtures are small invented interviews.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApp, type App } from '../../src/server/app.js';
import type { Store } from '../../src/store/db.js';
import { BACKENDS, truncate } from '../store/fixtures.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/server/${name}`, import.meta.url), 'utf8');
const HARBOUR = fixture('harbour-minister.txt');
const RAIL = fixture('rail-director.txt');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(BACKENDS)('API on $name', ({ open }) => {
  let db: Store;
  let close: () => Promise<void>;
  let app: App;

  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(async () => {
    await close?.();
  });
  beforeEach(async () => {
    await truncate(db);
    // A fresh app per test: its record cache starts empty, as after a restart.
    app = createApp({ db, kind: 'pglite', version: '0.1.0', maxBytes: 64 * 1024, allowPrivate: false, timeoutMs: 2000, reviewer: 'desk' });
  });

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body);
      if (!(body instanceof FormData) && !headers['content-type']) (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const res = await app.request(path, init);
    const text = await res.text();
    let json: Json | undefined;
    try {
      json = JSON.parse(text) as Json;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json: json as Json };
  };
  const addText = (text: string, name?: string) => call('POST', '/api/documents', { text, ...(name && { name }) });

  test('pasted text is analysed and stored once; the same text again is "unchanged"', async () => {
    const first = await addText(HARBOUR, 'harbour.txt');
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: 'added', uri: 'harbour.txt' });
    expect(first.json.claims).toBeGreaterThan(0);
    const again = await addText(HARBOUR, 'harbour.txt');
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ status: 'unchanged', id: first.json.id });

    const list = await call('GET', '/api/documents');
    expect(list.json.total).toBe(1);
    expect(list.json.items[0]).toMatchObject({ id: first.json.id, outlet: 'Coastal Courier', published: '2026-03-03' });
    expect(list.json.items[0].flags).toBeGreaterThan(0);
  });

  test('the document list filters by words, speaker, outlet and dates, and pages', async () => {
    await addText(HARBOUR);
    await addText(RAIL);
    const titles = async (query: string) => (await call('GET', `/api/documents?${query}`)).json.items.map((d: Json) => d.interviewee);
    expect(await titles('')).toEqual(['Peder Holm', 'Alda Verrin']);
    expect(await titles('q=verrin%20ports')).toEqual(['Alda Verrin']);
    expect(await titles('q=coastal%25')).toEqual([]);
    expect(await titles('speaker=Holm')).toEqual(['Peder Holm']);
    expect(await titles('outlet=Coastal%20Courier')).toEqual(['Peder Holm', 'Alda Verrin']);
    expect(await titles('outlet=Nobody%20Weekly')).toEqual([]);
    expect(await titles('since=2026-04')).toEqual(['Peder Holm']);
    expect(await titles('until=2026-03')).toEqual(['Alda Verrin']);
    const second = await call('GET', '/api/documents?limit=1&offset=1');
    expect(second.json).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(second.json.items.map((d: Json) => d.interviewee)).toEqual(['Alda Verrin']);
    expect((await call('GET', '/api/documents?offset=10')).json).toMatchObject({ items: [], total: 2 });
  });

  test('a document record carries the analysis with UTF-16 spans and the claims with keys', async () => {
    const { json: added } = await addText(HARBOUR);
    const { status, json } = await call('GET', `/api/documents/${added.id}`);
    expect(status).toBe(200);
    expect(json.schema).toBe('parley.corpus/1');
    const text: string = json.doc.text;
    const euro = json.doc.quantities.find((q: Json) => q.unit === 'EUR' && q.value === 640e6);
    expect(text.slice(euro.start, euro.end)).toContain('640');
    expect(json.claims.length).toBe(json.doc.claims.length);
    for (const c of json.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    // By sha256 prefix too.
    expect((await call('GET', `/api/documents/${added.sha256.slice(0, 8)}`)).json.id).toBe(added.id);
  });

  test('an upload (multipart) is analysed like a file; a PDF is refused as binary; other media types get 415', async () => {
    const form = new FormData();
    form.set('file', new File([RAIL], 'rail.txt', { type: 'text/plain' }));
    const up = await call('POST', '/api/documents', form);
    expect(up.status).toBe(201);
    expect(up.json.uri).toBe('rail.txt');

    const pdf = new FormData();
    pdf.set('file', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0, 1, 2, 3])], 'report.pdf'));
    const refused = await call('POST', '/api/documents', pdf);
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('binary_input');

    // The upload's name is only a label: no path from a request ever reaches the filesystem.
    const sneaky = new FormData();
    sneaky.set('file', new File([HARBOUR], '../../etc/cron.d/x.txt', { type: 'text/plain' }));
    const stored = await call('POST', '/api/documents', sneaky);
    expect(stored.status).toBe(201);
    expect(stored.json.uri).not.toMatch(/[\\/]/);

    const xml = await call('POST', '/api/documents', '<a/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
    expect(xml.json.error.code).toBe('unsupported_media_type');
  });

  test('bad input gets a structured error, never a stack', async () => {
    const empty = await addText('   \n\n  ');
    expect(empty.status).toBe(422);
    expect(empty.json.error.code).toBe('empty_input');

    const big = await addText('word '.repeat(20_000));
    expect(big.status).toBe(413);
    expect(big.json.error.code).toBe('payload_too_large');

    const neither = await call('POST', '/api/documents', { title: 'no text' });
    expect(neither.status).toBe(400);
    expect(neither.json.error.code).toBe('bad_request');

    const broken = await call('POST', '/api/documents', '{"text": ', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);

    const privateUrl = await call('POST', '/api/documents', { url: 'http://127.0.0.1:9/interview' });
    expect(privateUrl.status).toBe(422);
    expect(privateUrl.json.error.code).toBe('refused');

    const unknown = await call('GET', '/api/documents/999999');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.message).toMatch(/no document/);

    const route = await call('GET', '/api/nothing-here');
    expect(route.status).toBe(404);
    expect(route.json.error.code).toBe('not_found');

    const page = await call('GET', '/api/documents?limit=5000');
    expect(page.status).toBe(400);
    expect(page.json.error.message).toMatch(/limit/);
  });

  test('a review is recorded, becomes current, keeps its history and shows in the document record', async () => {
    const { json: added } = await addText(HARBOUR);
    const before = await call('GET', `/api/documents/${added.id}`); // fills the record cache
    const key: string = before.json.claims[0].key;

    const bad = await call('POST', `/api/claims/${key}/reviews`, { verdict: 'sort_of' });
    expect(bad.status).toBe(400);
    const badSource = await call('POST', `/api/claims/${key}/reviews`, { verdict: 'false', sources: ['javascript:alert(1)'] });
    expect(badSource.status).toBe(400);

    const first = await call('POST', `/api/claims/${key}/reviews`, { verdict: 'misleading', note: 'Tonnage counts transshipment twice.' });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ verdict: 'misleading', reviewer: 'desk', claim_key: key });
    const second = await call('POST', `/api/claims/${key}/reviews`, {
      verdict: 'false',
      reviewer: 'ana',
      sources: ['https://stats.example/ports/2025'],
    });
    expect(second.status).toBe(201);

    const claim = await call('GET', `/api/claims/${key}`);
    expect(claim.json.review).toMatchObject({ verdict: 'false', reviewer: 'ana' });
    expect(claim.json.history.map((r: Json) => r.verdict)).toEqual(['misleading', 'false']);

    const record = await call('GET', `/api/documents/${added.id}`);
    const c = record.json.claims.find((x: Json) => x.key === key);
    expect(c.review.verdict).toBe('false');
    expect(c.history).toHaveLength(2);

    const reviewed = await call('GET', '/api/claims?reviewed=true');
    expect(reviewed.json.items.map((x: Json) => x.key)).toEqual([key]);
    const unreviewed = await call('GET', '/api/claims?reviewed=false');
    expect(unreviewed.json.total).toBe(record.json.claims.length - 1);
    const byVerdict = await call('GET', '/api/claims?verdict=misleading');
    expect(byVerdict.json.total).toBe(0);
  });

  test('claims come check-worthiest first and page with limit and offset', async () => {
    await addText(HARBOUR);
    const all = await call('GET', '/api/claims?limit=500');
    const scores = all.json.items.map((c: Json) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const p2 = await call('GET', '/api/claims?limit=1&offset=1');
    expect(p2.json.items[0].key).toBe(all.json.items[1].key);
    expect(p2.json).toMatchObject({ limit: 1, offset: 1, total: all.json.total });
  });

  test('a search answered before a document was added sees it afterwards', async () => {
    await addText(HARBOUR);
    expect((await call('GET', '/api/search?q=passengers')).json.items).toEqual([]);
    await addText(RAIL);
    expect((await call('GET', '/api/search?q=passengers')).json.items.length).toBeGreaterThan(0);
  });

  test('search finds turns with highlighted snippets and honours filters', async () => {
    await addText(HARBOUR);
    await addText(RAIL);
    const hits = await call('GET', '/api/search?q=unemployment');
    expect(hits.status).toBe(200);
    expect(hits.json.items.length).toBeGreaterThan(0);
    for (const h of hits.json.items) {
      const marked = h.highlights.map(([a, b]: [number, number]) => h.snippet.slice(a, b).toLowerCase());
      expect(marked.every((m: string) => m.startsWith('unemploy'))).toBe(true);
    }
    const answers = await call('GET', '/api/search?q=unemployment&role=answer');
    expect(answers.json.items.every((h: Json) => h.role === 'answer')).toBe(true);
    expect(answers.json.items.length).toBeLessThan(hits.json.items.length);
    const none = await call('GET', '/api/search?q=unemployment&speaker=Nobody%20Atall');
    expect(none.json.items).toEqual([]);
    const missing = await call('GET', '/api/search');
    expect(missing.status).toBe(400);
  });

  test('speakers, a speaker page with a timeline, and stats for the dashboard', async () => {
    await addText(HARBOUR);
    await addText(RAIL);
    const speakers = await call('GET', '/api/speakers');
    const verrin = speakers.json.items.find((s: Json) => s.name === 'Alda Verrin');
    expect(verrin).toBeDefined();
    const profile = await call('GET', `/api/speakers/${verrin.id}`);
    expect(profile.status).toBe(200);
    expect(profile.json.timeline).toHaveLength(1);
    expect(profile.json.timeline[0]).toMatchObject({ published: '2026-03-03' });
    expect(profile.json.timeline[0].claims).toBeGreaterThan(0);
    expect((await call('GET', '/api/speakers/99999')).status).toBe(404);

    const stats = await call('GET', '/api/stats');
    expect(stats.json.documents).toBe(2);
    const eur = stats.json.quantities_by_unit.find((u: Json) => u.unit === 'EUR');
    expect(eur.count).toBeGreaterThanOrEqual(2);
  });

  test('exports: CSV with BOM as an attachment, ClaimReview needs a URL template', async () => {
    const { json: added } = await addText(HARBOUR);
    const rec = await call('GET', `/api/documents/${added.id}`);
    await call('POST', `/api/claims/${rec.json.claims[0].key}/reviews`, { verdict: 'true' });

    const csv = await app.request(`/api/export?format=csv&doc=${added.id}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="parley-csv\.csv"/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const noUrl = await call('GET', '/api/export?format=claimreview');
    expect(noUrl.status).toBe(400);
    const cr = await call('GET', `/api/export?format=claimreview&url=${encodeURIComponent('https://desk.example/checks/{key}')}`);
    expect(cr.status).toBe(200);
    expect(cr.json).toHaveLength(1);
    expect(cr.json[0]).toMatchObject({ '@type': 'ClaimReview', reviewRating: { alternateName: 'True' } });
    expect((await call('GET', '/api/export?format=pdf')).status).toBe(400);
  });

  test('a deleted document is gone; its reviews come back when the same bytes are added again', async () => {
    const { json: added } = await addText(HARBOUR);
    const rec = await call('GET', `/api/documents/${added.id}`);
    const key = rec.json.claims[0].key;
    await call('POST', `/api/claims/${key}/reviews`, { verdict: 'mostly_true' });
    expect((await call('DELETE', `/api/documents/${added.id}`)).status).toBe(204);
    expect((await call('GET', `/api/documents/${added.id}`)).status).toBe(404);
    expect((await call('GET', '/api/claims')).json.total).toBe(0);
    expect((await call('GET', '/api/search?q=terminal')).json.items).toEqual([]);
    const left = await db.selectFrom('annotation').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(0);
    const back = await addText(HARBOUR);
    expect(back.json.status).toBe('added');
    expect((await call('GET', `/api/claims/${key}`)).json.review.verdict).toBe('mostly_true');
  });

  test('a cross-site request that would change something is refused; same-origin and scripts pass', async () => {
    const evil = await call('POST', '/api/documents', { text: HARBOUR }, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const fetchMeta = await call('POST', '/api/documents', { text: HARBOUR }, { 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.status).toBe(403);
    expect((await call('GET', '/api/documents')).json.total).toBe(0);
    const same = await call('POST', '/api/documents', { text: HARBOUR }, { origin: 'http://localhost', host: 'localhost', 'sec-fetch-site': 'same-origin' });
    expect(same.status).toBe(201);
  });

  test('the OpenAPI 3.1 document describes every route, with the request schemas', async () => {
    const { json } = await call('GET', '/api/openapi.json');
    expect(json.openapi).toBe('3.1.0');
    const paths = Object.keys(json.paths).sort();
    expect(paths).toEqual(
      [
        '/api/audit', '/api/claims', '/api/claims/repeated', '/api/claims/{key}', '/api/claims/{key}/reviews', '/api/documents',
        '/api/documents/{ref}', '/api/export', '/api/health', '/api/jobs', '/api/jobs/{id}', '/api/login', '/api/logout', '/api/me', '/api/search', '/api/speakers',
        '/api/speakers/{id}', '/api/stats',
      ].sort(),
    );
    const review = json.components.schemas.NewReview;
    expect(review.properties.verdict.enum).toEqual(['true', 'mostly_true', 'misleading', 'false', 'unverifiable']);
    expect(Object.keys(json.paths['/api/documents'].post.requestBody.content).sort()).toEqual(['application/json', 'multipart/form-data']);
  });

  test('liveness and readiness answer without credentials; readiness checks the database', async () => {
    expect((await call('GET', '/healthz')).json).toEqual({ ok: true });
    expect((await call('GET', '/readyz')).json).toMatchObject({ ok: true });
    let draining = false;
    const app2 = createApp({ db, kind: 'pglite', version: '0.1.0', maxBytes: 1024, allowPrivate: false, timeoutMs: 1000, reviewer: 'x', draining: () => draining });
    draining = true;
    const res = await app2.request('/readyz');
    expect(res.status).toBe(503);
  });

  test('every answer carries the security headers', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
