/**
 * The HTTP API (docs/api.md) as a Hono app over one open store. `createApp` needs no port: tests
 * call `app.request()`; `parley serve` hands `app.fetch` to @hono/node-server. Requests are
 * validated by the zod schemas in ./schemas.ts, which also generate `/api/openapi.json`.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { sql } from 'kysely';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ParleyError } from '../errors.js';
import type { Fetched } from '../ingest/types.js';
import type { Store, StoreKind } from '../store/db.js';
import { findDocument, listDocuments, storeDocument } from '../store/documents.js';
import { repeatedClaims } from '../store/matching.js';
import { addReview, currentReviews, findClaim, listClaims, reviewHistory, type Review } from '../store/reviews.js';
import { corpusConfigs, searchTurns, type LayerFilter } from '../store/search.js';
import { findOutlets, findSpeakers, listSpeakers, speakerProfile } from '../store/speakers.js';
import { corpusStats } from '../store/stats.js';
import type { AnalysisPool } from '../worker/pool.js';
import { buildRecords, renderExport, type ExportFormat } from '../cli/corpus-export.js';
import { dateBound } from '../cli/corpus.js';
import { countJobs, enqueue, getJob, listJobs, type Job } from '../queue/jobs.js';
import { deleteDocument, documentSummaries, quantitiesByUnit, speakerTimeline } from './queries.js';
import * as S from './schemas.js';
import { securityHeaders, sameOrigin } from './security.js';
import {
  allows,
  audit,
  auditLog,
  createSession,
  endSession,
  login,
  RateLimiter,
  sessionPrincipal,
  tokenPrincipal,
  type Principal,
  type Role,
} from './auth.js';
import { staticFiles } from './static.js';

export interface ServerContext {
  readonly db: Store;
  readonly kind: StoreKind;
  readonly version: string;
  /** Runs analyses off the event loop; without one, documents are analysed in this thread. */
  readonly pool?: AnalysisPool;
  /** Largest document accepted by POST /api/documents (upload, text or URL), in bytes. */
  readonly maxBytes: number;
  /** Let URL ingest reach private and loopback addresses. */
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  /** Reviewer recorded when a review names none (single-user mode). */
  readonly reviewer: string;
  /** The built web app (index.html and assets); the API alone when undefined. */
  readonly webRoot?: string;
  /** ClaimReview URL template used when an export request gives none. */
  readonly reviewUrl?: string;
  /**
   * "none": single-user on loopback, every request acts as a local admin named `reviewer`.
   * "required": a session (POST /api/login) or an API token (Authorization: Bearer) is needed.
   */
  readonly auth?: 'none' | 'required';
  /** Session cookies with the __Host- prefix and Secure (the server is reached over https). */
  readonly secureCookies?: boolean;
  /** Requests per minute per client (token, session or address) before 429. Default 1200. */
  readonly rateLimit?: number;
  /** Requests in progress before new ones are answered 503. Default 512. */
  readonly maxInFlight?: number;
  /** One structured record per request (JSON-lines logging); none when undefined. */
  readonly log?: (entry: Record<string, unknown>) => void;
  /** True once the server is shutting down: /readyz answers 503 so a balancer stops sending. */
  readonly draining?: () => boolean;
  /**
   * Queue new documents for `parley worker` processes (PostgreSQL) instead of analysing them in
   * the server: POST /api/documents answers 202 with the job, GET /api/jobs/{id} follows it.
   */
  readonly queue?: boolean;
}

type Status = 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 500 | 502 | 503;

/** Maps a user error to an HTTP status and the API's error code. */
export function httpError(err: ParleyError): [Status, string] {
  switch (err.code) {
    case 'usage':
    case 'bad_url':
      return [400, 'bad_request'];
    case 'not_found':
    case 'not_a_file':
    case 'unreadable':
    case 'unknown_ref':
      return [404, 'not_found'];
    case 'empty':
      return [422, 'empty_input'];
    case 'binary':
      return [422, 'binary_input'];
    case 'undecodable':
      return [422, 'undecodable_input'];
    case 'too_large':
      return [413, 'payload_too_large'];
    case 'refused':
      return [422, 'refused'];
    case 'unreachable':
    case 'http_status':
    case 'timeout':
      return [502, 'network'];
    case 'locked':
    case 'database':
      return [503, 'unavailable'];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

class AuthError extends Error {
  constructor(readonly status: 401 | 403 | 429, readonly code: string, message: string) {
    super(message);
  }
}

/** The peer address of the connection (the app object in tests has none). */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

const fail = <S extends Status>(c: Context, status: S, code: string, message: string) => c.json({ error: { code, message } }, status);

const json = (schema: z.ZodType, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(S.ErrorBody, 'invalid request'),
  404: json(S.ErrorBody, 'not found'),
};

/** A page of an array already in memory. */
function page<T>(all: readonly T[], q: { limit: number; offset: number }) {
  return { items: all.slice(q.offset, q.offset + q.limit), total: all.length, limit: q.limit, offset: q.offset };
}

/** A cache key for a validated query: its entries in name order. */
const queryKey = (q: object) => JSON.stringify(Object.entries(q).sort(([a], [b]) => a.localeCompare(b)));

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
function jobOut(j: Job) {
  return {
    id: j.id,
    kind: j.kind,
    uri: j.uri,
    status: j.status,
    attempts: j.attempts,
    max_attempts: j.max_attempts,
    worker: j.worker,
    error: j.error,
    result: j.result,
    created_at: iso(j.created_at)!,
    finished_at: iso(j.finished_at),
  };
}

function reviewOut(r: Review) {
  return { id: r.id, verdict: r.verdict, note: r.note, sources: [...r.sources], reviewer: r.reviewer, created_at: r.created_at, quote: r.quote };
}

/**
 * Caches each document's record (the most read answer) until the next write through this app.
 * Writes by another process on a shared PostgreSQL server are seen after at most `ttlMs`.
 */
class RecordCache<K = number> {
  private generation = 0;
  private readonly entries = new Map<K, { generation: number; at: number; body: string }>();
  constructor(private readonly ttlMs: number, private readonly max = 2000) {}
  get(id: K): string | undefined {
    const e = this.entries.get(id);
    if (!e || e.generation !== this.generation || Date.now() - e.at > this.ttlMs) return undefined;
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(id);
    this.entries.set(id, e);
    return e.body;
  }
  set(id: K, body: string): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, { generation: this.generation, at: Date.now(), body });
  }
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }
}

export function createApp(ctx: ServerContext) {
  const { db } = ctx;
  const ttl = ctx.kind === 'postgres' ? 2_000 : Number.POSITIVE_INFINITY;
  const cache = new RecordCache(ttl);
  // Search answers and document lists by their normalised query string (the same search again, a
  // page back and forth), dropped with every write like the records.
  const searches = new RecordCache<string>(ttl, 500);
  // The corpus's text search configurations (one per language): they change only with a write.
  let configs: { at: number; value: Promise<string[]> } | undefined;
  const corpusConfigsCached = () => {
    if (!configs || Date.now() - configs.at > ttl) {
      const entry = { at: Date.now(), value: corpusConfigs(db) };
      entry.value.catch(() => configs === entry && (configs = undefined)); // a failure is not kept
      configs = entry;
    }
    return configs.value;
  };
  const invalidate = () => {
    cache.invalidate();
    searches.invalidate();
    configs = undefined;
  };
  // Writes go one at a time (PGlite is one session anyway; on PostgreSQL the store's advisory lock
  // would serialise them too), so a burst of uploads queues instead of piling up transactions.
  let writes: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = writes.then(fn, fn);
    writes = next.catch(() => undefined);
    return next;
  };

  const app = new OpenAPIHono<{ Variables: { principal: Principal | undefined } }>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return fail(c, 400, 'bad_request', `${where}${issue?.message ?? 'invalid request'}`);
    },
  });

  app.onError((err, c) => {
    if (err instanceof AuthError) return fail(c, err.status, err.code, err.message);
    if (err instanceof ParleyError) {
      const [status, code] = httpError(err);
      return fail(c, status, code, err.message);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      if (status === 413) return fail(c, 413, 'payload_too_large', 'the request body is too large');
      if (status === 415) return fail(c, 415, 'unsupported_media_type', 'send multipart/form-data with a "file", or JSON');
      if (status === 400) return fail(c, 400, 'bad_request', /JSON/i.test(err.message) ? 'the body is not valid JSON' : err.message);
    }
    if (err instanceof SyntaxError && /JSON/.test(err.message)) return fail(c, 400, 'bad_request', 'the body is not valid JSON');
    process.stderr.write(`parley: internal error on ${c.req.method} ${new URL(c.req.url).pathname}: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.PARLEY_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return fail(c, 500, 'internal', 'internal error (see the server log)');
  });
  app.notFound((c) => fail(c, 404, 'not_found', `no route ${c.req.method} ${new URL(c.req.url).pathname}`));

  app.use('*', securityHeaders());

  if (ctx.log) {
    const log = ctx.log;
    app.use('*', async (c, next) => {
      const t0 = performance.now();
      await next();
      const p = c.get('principal');
      log({
        level: c.res.status >= 500 ? 'error' : c.res.status >= 400 ? 'warn' : 'info',
        msg: 'request',
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        ms: Math.round((performance.now() - t0) * 10) / 10,
        ...(p && p.via !== 'local' && { actor: p.name }),
        client: clientAddress(c),
      });
    });
  }

  // Liveness (the process answers) and readiness (the database answers, not shutting down).
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    if (ctx.draining?.()) return fail(c, 503, 'unavailable', 'shutting down');
    try {
      await sql`select 1`.execute(db);
    } catch (err) {
      return fail(c, 503, 'unavailable', `the database does not answer: ${err instanceof Error ? err.message : String(err)}`);
    }
    return c.json({ ok: true, store: ctx.kind });
  });

  // Overload: beyond maxInFlight requests in progress, answer 503 at once instead of queueing.
  let inFlight = 0;
  const maxInFlight = ctx.maxInFlight ?? 512;
  app.use('/api/*', async (c, next) => {
    if (inFlight >= maxInFlight) {
      c.header('retry-after', '1');
      return fail(c, 503, 'unavailable', 'the server is busy; try again in a moment');
    }
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
    }
  });

  app.use('/api/*', sameOrigin());

  // Who is asking: a local single user, a session or a token; then the per-client rate limit.
  const authRequired = ctx.auth === 'required';
  const local: Principal = { id: null, name: ctx.reviewer, role: 'admin', via: 'local' };
  const perClient = new RateLimiter(ctx.rateLimit ?? 1200, 60_000);
  const PUBLIC = new Set(['/api/health', '/api/openapi.json', '/api/login', '/api/me', '/api/logout']);
  app.use('/api/*', async (c, next) => {
    let principal: Principal | undefined = authRequired ? undefined : local;
    if (authRequired) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (bearer !== undefined) {
        principal = await tokenPrincipal(db, bearer);
        if (!principal) return fail(c, 401, 'unauthorized', 'the API token is not valid (revoked, expired or mistyped)');
      } else {
        const sid = getCookie(c, cookieName);
        if (sid) principal = await sessionPrincipal(db, sid);
      }
    }
    const client = principal && principal.via !== 'local' ? `${principal.via}:${principal.id}` : `ip:${clientAddress(c)}`;
    const wait = perClient.hit(client);
    if (wait) {
      c.header('retry-after', String(wait));
      return fail(c, 429, 'too_many_requests', `too many requests; try again in ${wait} s`);
    }
    const path = new URL(c.req.url).pathname;
    if (!principal && !PUBLIC.has(path)) return fail(c, 401, 'unauthorized', 'log in (POST /api/login) or send an API token (Authorization: Bearer …)');
    if (principal?.via === 'session' && !SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== principal.csrf) {
      return fail(c, 403, 'csrf', 'missing or wrong X-CSRF-Token (GET /api/me gives it)');
    }
    c.set('principal', principal);
    return next();
  });
  /** Refuses unless the request's principal has at least `role`. */
  const need = (c: Context, role: Role): Principal => {
    const p = c.get('principal') as Principal | undefined;
    if (!p) throw new AuthError(401, 'unauthorized', 'log in first');
    if (!allows(p.role, role)) throw new AuthError(403, 'forbidden', `this needs the ${role} role; you are a ${p.role}`);
    return p;
  };
  const cookieName = ctx.secureCookies ? '__Host-parley_sid' : 'parley_sid';
  // JSON bodies stay small; documents have their own, larger limit.
  app.use('/api/*', async (c, next) => {
    const isAdd = c.req.method === 'POST' && new URL(c.req.url).pathname === '/api/documents';
    return bodyLimit({
      maxSize: isAdd ? ctx.maxBytes + 64 * 1024 : 1024 * 1024,
      onError: (cc) => fail(cc, 413, 'payload_too_large', isAdd ? `a document may have at most ${ctx.maxBytes} bytes` : 'the request body is over 1 MiB'),
    })(c, next);
  });

  // --- health ------------------------------------------------------------------------------
  app.openapi(
    createRoute({ method: 'get', path: '/api/health', tags: ['meta'], responses: { 200: json(S.Health, 'the server is up') } }),
    async (c) => {
      const row = await db.selectFrom('document').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return c.json({ ok: true, version: ctx.version, store: ctx.kind, documents: Number(row.n), queue: Boolean(ctx.queue) }, 200);
    },
  );

  // --- documents ---------------------------------------------------------------------------
  const resolveSpeakers = async (name: string | undefined) =>
    name === undefined ? undefined : (await findSpeakers(db, name)).flatMap((s) => s.keys);
  const resolveOutlets = async (name: string | undefined) =>
    name === undefined ? undefined : (await findOutlets(db, name)).flatMap((o) => o.keys);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      tags: ['documents'],
      request: { query: S.DocumentQuery },
      responses: { 200: json(S.DocumentList, 'document summaries, newest publication first'), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const cacheKey = `documents:${queryKey(q)}`;
      const cached = searches.get(cacheKey);
      if (cached !== undefined) return c.body(cached, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
      const speakerKeys = await resolveSpeakers(q.speaker);
      const outletKeys = await resolveOutlets(q.outlet);
      const { items, total } = await documentSummaries(db, {
        speakerKeys,
        outletKeys,
        since: dateBound('since', q.since, false),
        until: dateBound('until', q.until, true),
        words: q.q?.split(/\s+/).filter(Boolean),
        limit: q.limit,
        offset: q.offset,
      });
      const body = JSON.stringify({ items, total, limit: q.limit, offset: q.offset });
      searches.set(cacheKey, body);
      return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents',
      tags: ['documents'],
      summary: 'Analyse and store a document: an upload, pasted text or a URL',
      request: {
        body: {
          content: {
            'multipart/form-data': { schema: S.AddUpload },
            'application/json': { schema: S.AddText.or(S.AddUrl) },
          },
          // Not "required": with it, @hono/zod-openapi validates every declared media type,
          // whatever the request's; without it, only the one sent (the handler checks it is there).
          required: false,
        },
      },
      responses: {
        200: json(S.AddResult, 'already in the corpus'),
        201: json(S.AddResult, 'added (or replaced, when an older parley analysed it)'),
        202: json(S.JobOut, 'queued for a worker (a server started with --queue)'),
        400: errors[400],
        413: json(S.ErrorBody, 'over the size limit'),
        415: json(S.ErrorBody, 'neither JSON nor multipart'),
        422: json(S.ErrorBody, 'empty, binary or undecodable; or a URL refused'),
        502: json(S.ErrorBody, 'the URL could not be fetched'),
      },
    }),
    async (c) => {
      const who = need(c, 'reviewer');
      const type = c.req.header('content-type') ?? '';
      let fetched: Fetched;
      if (type.startsWith('multipart/form-data')) {
        const form = await c.req.parseBody();
        const file = form.file;
        if (!(file instanceof File)) return fail(c, 400, 'bad_request', 'file: expected a file field named "file"');
        if (file.size > ctx.maxBytes) return fail(c, 413, 'payload_too_large', `a document may have at most ${ctx.maxBytes} bytes`);
        const name = (file.name || 'upload').replace(/[\\/]/g, '_').slice(0, 300);
        fetched = { uri: name, bytes: new Uint8Array(await file.arrayBuffer()), ...(file.type && { contentType: file.type }) };
      } else if (type.startsWith('application/json')) {
        const body = (await c.req.json()) as unknown;
        const asUrl = S.AddUrl.safeParse(body);
        if (asUrl.success && ctx.queue) {
          const job = await enqueue(db, { url: asUrl.data.url });
          await audit(db, who.name, 'job.enqueue', `job:${job.id}`, null, { uri: job.uri });
          return c.json(jobOut(job), 202);
        }
        if (asUrl.success) {
          const { readSource } = await import('../ingest/source.js');
          fetched = await readSource(asUrl.data.url, { allowPrivate: ctx.allowPrivate, maxBytes: ctx.maxBytes, timeoutMs: ctx.timeoutMs });
        } else {
          const asText = S.AddText.safeParse(body);
          if (!asText.success) {
            const issue = asText.error.issues[0];
            return fail(c, 400, 'bad_request', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'expected { text } or { url }'}`);
          }
          const bytes = new TextEncoder().encode(asText.data.text);
          if (bytes.length > ctx.maxBytes) return fail(c, 413, 'payload_too_large', `a document may have at most ${ctx.maxBytes} bytes`);
          const ext = { text: 'txt', html: 'html', markdown: 'md' } as const;
          const contentType = { text: 'text/plain', html: 'text/html', markdown: 'text/markdown' } as const;
          const f = asText.data.format;
          fetched = {
            uri: asText.data.name ?? `pasted.${f ? ext[f] : 'txt'}`,
            bytes,
            ...(f && { contentType: `${contentType[f]}; charset=utf-8` }),
          };
        }
      } else {
        return fail(c, 415, 'unsupported_media_type', 'send multipart/form-data with a "file", or JSON { "text" } or { "url" }');
      }
      if (ctx.queue) {
        const job = await enqueue(db, { uri: fetched.uri, bytes: fetched.bytes, ...(fetched.contentType !== undefined && { contentType: fetched.contentType }) });
        await audit(db, who.name, 'job.enqueue', `job:${job.id}`, null, { uri: job.uri });
        return c.json(jobOut(job), 202);
      }
      const prepared = ctx.pool ? await ctx.pool.analyzeAndPrepare(fetched) : await analyzeHere(fetched);
      const stored = await serially(() => storeDocument(db, prepared, { version: ctx.version }));
      if (stored.status !== 'unchanged') invalidate();
      const ref = await findDocument(db, String(stored.id));
      if (stored.status !== 'unchanged') {
        await audit(db, who.name, `document.${stored.status === 'added' ? 'add' : 'replace'}`, `document:${ref.sha256}`, null, { id: stored.id, uri: ref.uri, words: stored.words });
      }
      const body = { id: stored.id, sha256: ref.sha256, uri: ref.uri, status: stored.status, words: stored.words, claims: stored.claims };
      return c.json(body, stored.status === 'unchanged' ? 200 : 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{ref}',
      tags: ['documents'],
      request: { params: S.Ref },
      responses: { 200: json(S.DocumentRecord, 'the document, its analysis and its claims with verdicts'), 404: errors[404] },
    }),
    async (c) => {
      const ref = await findDocument(db, c.req.valid('param').ref);
      let body = cache.get(ref.id);
      if (body === undefined) {
        const [record] = await buildRecords(db, { docIds: [ref.id] });
        if (!record) return fail(c, 404, 'not_found', `no document "${ref.id}"`);
        body = JSON.stringify(record);
        cache.set(ref.id, body);
      }
      // Already serialised: sent as is (the schema above documents it).
      return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/documents/{ref}',
      tags: ['documents'],
      request: { params: S.Ref },
      responses: { 204: { description: 'removed; its reviews are kept' }, 404: errors[404] },
    }),
    async (c) => {
      const who = need(c, 'admin');
      const ref = await findDocument(db, c.req.valid('param').ref);
      await serially(() => deleteDocument(db, ref.id));
      await audit(db, who.name, 'document.delete', `document:${ref.sha256}`, { id: ref.id, uri: ref.uri }, null);
      invalidate();
      return c.body(null, 204);
    },
  );

  // --- search ------------------------------------------------------------------------------
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      tags: ['search'],
      request: { query: S.SearchQuery },
      responses: { 200: json(S.SearchResult, 'turns, best first, with highlighted snippets'), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const cacheKey = `search:${queryKey(q)}`;
      const cached = searches.get(cacheKey);
      if (cached !== undefined) return c.body(cached, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
      const speakerKeys = await resolveSpeakers(q.speaker);
      const outletKeys = await resolveOutlets(q.outlet);
      const layers: LayerFilter[] = [];
      if (q.technique) layers.push({ layer: 'techniques', attr: 'technique', value: q.technique });
      if (q.narrative) layers.push({ layer: 'narratives', attr: 'narrative', value: q.narrative });
      if (q.has_quantity) layers.push({ layer: 'quantities' });
      const docIds = q.doc === undefined ? undefined : [(await findDocument(db, q.doc)).id];
      const since = dateBound('since', q.since, false);
      const until = dateBound('until', q.until, true);
      const hits = await searchTurns(db, q.q, {
        configs: await corpusConfigsCached(),
        ...(speakerKeys && { speakerKeys }),
        ...(outletKeys && { outletKeys }),
        ...(since && { since }),
        ...(until && { until }),
        ...(q.role && { role: q.role }),
        ...(layers.length && { layers }),
        ...(docIds && { docIds }),
        limit: q.limit,
        offset: q.offset,
      });
      const items = hits.map((h) => ({ ...h, highlights: h.highlights.map(([a, b]) => [a, b] as [number, number]) }));
      const body = JSON.stringify({ items, total: null, limit: q.limit, offset: q.offset });
      searches.set(cacheKey, body);
      return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
    },
  );

  // --- claims ------------------------------------------------------------------------------
  const claimItems = async (q: { doc?: string | undefined; speaker?: string | undefined; keys?: readonly string[] }) => {
    const docIds = q.doc === undefined ? undefined : [(await findDocument(db, q.doc)).id];
    const speakerKeys = await resolveSpeakers(q.speaker);
    const [claims, current] = await Promise.all([
      listClaims(db, { ...(docIds && { docIds }), ...(speakerKeys && { speakerKeys }), ...(q.keys && { keys: q.keys }) }),
      currentReviews(db, docIds ? { docIds } : {}),
    ]);
    const titles = new Map((await listDocuments(db, docIds ? { ids: docIds } : {})).map((d) => [d.id, d.title]));
    const reviewOf = new Map(current.filter((r) => r.claim).map((r) => [r.claim!.key, r.review]));
    return claims.map((cl) => {
      const r = reviewOf.get(cl.key);
      return {
        key: cl.key,
        doc: cl.doc,
        doc_sha256: cl.doc_sha256,
        uri: cl.uri,
        title: titles.get(cl.doc) ?? null,
        idx: cl.idx,
        start: cl.start,
        end: cl.end,
        turn: cl.turn,
        speaker: cl.speaker,
        kind: cl.kind,
        score: cl.score,
        quote: cl.quote,
        numbers: [...cl.numbers],
        review: r ? reviewOut(r) : null,
      };
    });
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/claims',
      tags: ['claims'],
      request: { query: S.ClaimQuery },
      responses: { 200: json(S.ClaimList, 'claims, check-worthiest first'), 400: errors[400], 404: errors[404] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      let items = await claimItems(q);
      if (q.reviewed !== undefined) items = items.filter((i) => (i.review !== null) === q.reviewed);
      if (q.verdict) items = items.filter((i) => i.review?.verdict === q.verdict);
      if (q.min_score !== undefined) items = items.filter((i) => (i.score ?? 0) >= q.min_score!);
      items.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.doc - b.doc || a.idx - b.idx);
      return c.json(page(items, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/claims/repeated',
      tags: ['claims'],
      request: { query: S.Page.extend({ speaker: S.DocumentQuery.shape.speaker }) },
      responses: { 200: json(S.RepeatedList, 'the same claim in several documents, largest groups first'), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const speakerKeys = await resolveSpeakers(q.speaker);
      const groups = await repeatedClaims(db, speakerKeys ? { speakerKeys } : {});
      return c.json(page(groups.map((g) => ({ ...g, claims: g.claims.map((x) => ({ ...x, numbers: [...x.numbers] })) })), q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/claims/{key}',
      tags: ['claims'],
      request: { params: S.ClaimKeyParam },
      responses: { 200: json(S.ClaimDetail, 'the claim and its review history'), 404: errors[404] },
    }),
    async (c) => {
      const claim = await findClaim(db, c.req.valid('param').key);
      const [item] = await claimItems({ doc: String(claim.doc), keys: [claim.key] });
      const history = (await reviewHistory(db, claim.key)).map(reviewOut);
      return c.json({ ...item!, history }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/claims/{key}/reviews',
      tags: ['claims'],
      request: { params: S.ClaimKeyParam },
      responses: { 200: json(S.ReviewOut.array(), 'every review of the claim, oldest first'), 404: errors[404] },
    }),
    async (c) => {
      const claim = await findClaim(db, c.req.valid('param').key);
      return c.json((await reviewHistory(db, claim.key)).map((r) => ({ ...reviewOut(r), claim_key: r.claim_key })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/claims/{key}/reviews',
      tags: ['claims'],
      summary: 'Record a verdict; the latest is current, the history is append-only',
      request: { params: S.ClaimKeyParam, body: { content: { 'application/json': { schema: S.NewReview } }, required: true } },
      responses: { 201: json(S.ReviewOut, 'the review as recorded'), 400: errors[400], 404: errors[404] },
    }),
    async (c) => {
      const who = need(c, 'reviewer');
      const claim = await findClaim(db, c.req.valid('param').key);
      const body = c.req.valid('json');
      // With accounts, the reviewer is whoever is logged in; a single local user may name one.
      const reviewer = who.via === 'local' ? (body.reviewer ?? ctx.reviewer) : who.name;
      const previous = (await reviewHistory(db, claim.key)).at(-1);
      const review = await serially(() =>
        addReview(db, claim, { verdict: body.verdict, note: body.note ?? null, sources: body.sources ?? [], reviewer }),
      );
      invalidate();
      await audit(
        db,
        who.name,
        'review.add',
        `claim:${claim.key}`,
        previous ? { verdict: previous.verdict, note: previous.note, reviewer: previous.reviewer } : null,
        { verdict: review.verdict, note: review.note, sources: review.sources, reviewer: review.reviewer },
      );
      return c.json({ ...reviewOut(review), claim_key: review.claim_key }, 201);
    },
  );

  // --- speakers ----------------------------------------------------------------------------
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/speakers',
      tags: ['speakers'],
      request: { query: S.Page },
      responses: { 200: json(S.SpeakerList, 'every speaker, most documents first') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const all = (await listSpeakers(db)).map((s) => ({ ...s, aliases: [...s.aliases] }));
      return c.json(page(all, q), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/speakers/{id}',
      tags: ['speakers'],
      request: { params: S.SpeakerIdParam },
      responses: { 200: json(S.SpeakerProfile, 'roles over time, outlets, documents, techniques, a timeline'), 404: errors[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const profile = await speakerProfile(db, id);
      if (!profile) return fail(c, 404, 'not_found', `no speaker ${id}`);
      const timeline = await speakerTimeline(db, id);
      const { documentList, ...rest } = profile;
      return c.json(
        {
          ...rest,
          aliases: [...rest.aliases],
          roles: [...rest.roles],
          outlets: [...rest.outlets],
          techniques: [...rest.techniques],
          documents_list: [...documentList],
          timeline,
        },
        200,
      );
    },
  );

  // --- stats and exports -------------------------------------------------------------------
  app.openapi(
    createRoute({ method: 'get', path: '/api/stats', tags: ['meta'], responses: { 200: json(S.Stats, 'corpus figures') } }),
    async (c) => {
      const [stats, units] = await Promise.all([corpusStats(db, { top: 10 }), quantitiesByUnit(db)]);
      return c.json(JSON.parse(JSON.stringify({ ...stats, quantities_by_unit: units })) as z.infer<typeof S.Stats>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export',
      tags: ['exports'],
      request: { query: S.ExportQuery },
      responses: {
        200: { description: 'the export as a file (JSON, JSONL, CSV with BOM, Markdown or JSON-LD)' },
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const refs = q.doc === undefined ? undefined : Array.isArray(q.doc) ? q.doc : [q.doc];
      const docIds = refs ? await Promise.all(refs.map(async (r) => (await findDocument(db, r)).id)) : undefined;
      const urlTemplate = q.url ?? ctx.reviewUrl;
      if (urlTemplate !== undefined && !/^https?:\/\/[^\s]+$/.test(urlTemplate)) return fail(c, 400, 'bad_request', 'url: an http(s) URL template with {key}');
      const out = await renderExport(db, {
        format: q.format as ExportFormat,
        ...(docIds && { docIds }),
        reviewed: q.reviewed ?? false,
        ...(q.layer && { layer: q.layer }),
        ...(urlTemplate !== undefined && { urlTemplate }),
        pretty: q.format !== 'jsonl',
      });
      const name = `parley-${q.format}${q.layer ? `-${q.layer}` : ''}.${out.extension}`;
      const headers: Record<string, string> = {
        'content-type': out.contentType,
        'content-disposition': `attachment; filename="${name}"`,
      };
      if (out.warnings.length) headers['x-parley-warnings'] = String(out.warnings.length);
      return c.body(out.body, 200, headers) as never;
    },
  );

  // --- analysis jobs (queue mode) ----------------------------------------------------------
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/jobs/{id}',
      tags: ['documents'],
      request: { params: S.SpeakerIdParam },
      responses: { 200: json(S.JobOut, 'the job: queued, running, done (with the document) or failed'), 404: errors[404] },
    }),
    async (c) => {
      const job = await getJob(db, c.req.valid('param').id);
      if (!job) return fail(c, 404, 'not_found', `no job ${c.req.valid('param').id}`);
      return c.json(jobOut(job), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/jobs',
      tags: ['documents'],
      request: { query: S.Page.extend({ status: z.enum(['queued', 'running', 'done', 'failed']).optional() }) },
      responses: { 200: json(S.JobList, 'jobs, newest first, and counts by status') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const [jobs, counts] = await Promise.all([listJobs(db, { ...(q.status && { status: q.status }), limit: Math.min(1000, q.offset + q.limit) }), countJobs(db)]);
      return c.json({ items: jobs.slice(q.offset).map(jobOut), counts, limit: q.limit, offset: q.offset }, 200);
    },
  );

  // --- sessions and the audit log ----------------------------------------------------------
  const loginLimiter = new RateLimiter(10, 15 * 60_000);
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/login',
      tags: ['accounts'],
      summary: 'Start a browser session (sets an HttpOnly cookie; answers the CSRF token)',
      request: { body: { content: { 'application/json': { schema: S.Login } }, required: true } },
      responses: {
        200: json(S.Me, 'logged in'),
        400: errors[400],
        401: json(S.ErrorBody, 'wrong name or password'),
        429: json(S.ErrorBody, 'too many attempts'),
      },
    }),
    async (c) => {
      const { name, password } = c.req.valid('json');
      // Brute force: at most 10 failed attempts per 15 minutes per address and per account name
      // (successful logins do not count, so colleagues behind one address are not locked out).
      const keys = [`ip:${clientAddress(c)}`, `name:${name.toLowerCase()}`];
      const wait = Math.max(...keys.map((k) => loginLimiter.peek(k)));
      if (wait) {
        c.header('retry-after', String(wait));
        return fail(c, 429, 'too_many_requests', `too many failed logins; try again in ${wait} s`);
      }
      const account = await login(db, name, password);
      if (!account) {
        for (const k of keys) loginLimiter.hit(k);
        return fail(c, 401, 'unauthorized', 'wrong name or password');
      }
      const session = await createSession(db, account.id);
      setCookie(c, cookieName, session.id, { httpOnly: true, sameSite: 'Strict', path: '/', secure: Boolean(ctx.secureCookies) });
      await audit(db, account.name, 'session.login', `account:${account.name}`, null, null);
      return c.json({ name: account.name, role: account.role, via: 'session' as const, auth: ctx.auth ?? 'none', csrf: session.csrf }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/logout', tags: ['accounts'], responses: { 204: { description: 'logged out' } } }),
    async (c) => {
      const sid = getCookie(c, cookieName);
      if (sid) await endSession(db, sid);
      deleteCookie(c, cookieName, { path: '/', secure: Boolean(ctx.secureCookies) });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['accounts'],
      responses: { 200: json(S.Me, 'who the request acts as'), 401: json(S.ErrorBody, 'not logged in (auth required)') },
    }),
    (c) => {
      const p = c.get('principal');
      if (!p) return fail(c, 401, 'unauthorized', 'not logged in');
      return c.json({ name: p.name, role: p.role, via: p.via, auth: ctx.auth ?? 'none', ...(p.csrf && { csrf: p.csrf }) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: ['accounts'],
      summary: 'The audit log (admins): every verdict, addition and deletion, newest first',
      request: { query: S.AuditQuery },
      responses: { 200: json(S.AuditList, 'audit entries'), 403: json(S.ErrorBody, 'not an admin') },
    }),
    async (c) => {
      need(c, 'admin');
      const q = c.req.valid('query');
      const { items, total } = await auditLog(db, q);
      if (q.format === 'jsonl') {
        return c.body(items.map((e) => JSON.stringify(e)).join('\n') + (items.length ? '\n' : ''), 200, {
          'content-type': 'application/jsonl; charset=utf-8',
          'content-disposition': 'attachment; filename="parley-audit.jsonl"',
        }) as never;
      }
      return c.json({ items: items as z.infer<typeof S.AuditList>['items'], total, limit: q.limit, offset: q.offset }, 200);
    },
  );

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'parley',
      version: ctx.version,
      description: 'Interviews with officials as structured, checkable records: documents, search, claims and reviews, speakers, exports. See docs/api.md.',
    },
  });

  if (ctx.webRoot) app.route('/', staticFiles(ctx.webRoot));

  async function analyzeHere(fetched: Fetched) {
    const [{ analyzeBytes }, { prepareDocument }] = await Promise.all([import('../analyze.js'), import('../store/prepare.js')]);
    return prepareDocument(analyzeBytes(fetched));
  }

  return app;
}

export type App = ReturnType<typeof createApp>;
