/** A small typed client for the parley HTTP API (docs/api.md). */
import type {
  AccountRole,
  AddOutcome,
  AddResult,
  AnalysisJob,
  AuditPage,
  ClaimDetail,
  ClaimItem,
  CorpusStats,
  DocumentRecord,
  DocumentSummary,
  Health,
  JobPage,
  Me,
  NewReview,
  Page,
  Review,
  SearchPage,
  SpeakerProfile,
  SpeakerSummary,
} from './types.js';
import { ACCOUNT_ROLES } from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait, from Retry-After (429, 503). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Params = Record<string, string | number | boolean | null | undefined | readonly string[]>;

/** A query string from params, skipping empty values; arrays repeat the key. */
export function query(params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v)) for (const x of v) q.append(k, String(x));
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

function retryAfterOf(value: string | null): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function errorFrom(status: number, statusText: string, body: unknown, retryAfter: string | null): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof err?.code === 'string' ? err.code : 'http_error';
  const message = typeof err?.message === 'string' ? err.message : `${status} ${statusText}`.trim();
  return new ApiError(status, code, message, retryAfterOf(retryAfter));
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: keep the status line
  }
  return errorFrom(res.status, res.statusText, body, res.headers.get('retry-after'));
}

// --- who is using the app --------------------------------------------------------------------

/**
 * The session, shared by every request: `checking` until GET /api/me answers, `in` with the
 * account (a local single user, or a logged-in session with its CSRF token), `out` when the server
 * wants a login (401), `error` when it cannot be asked.
 */
export type AuthState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'in'; readonly me: Me }
  | { readonly kind: 'out'; readonly reason?: 'expired' | 'logged_out' }
  | { readonly kind: 'error'; readonly error: ApiError };

let authState: AuthState = { kind: 'checking' };
const authListeners = new Set<(s: AuthState) => void>();

function setAuth(next: AuthState): void {
  authState = next;
  for (const l of authListeners) l(next);
}

export const auth = {
  get: (): AuthState => authState,
  subscribe(fn: (s: AuthState) => void): () => void {
    authListeners.add(fn);
    return () => {
      authListeners.delete(fn);
    };
  },
  /** Asks the server who this is (GET /api/me); a 401 means the login screen. */
  async check(): Promise<AuthState> {
    try {
      const me = await request<Me>('/api/me', {}, undefined, false);
      setAuth({ kind: 'in', me });
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      setAuth(err.status === 401 ? { kind: 'out' } : { kind: 'error', error: err });
    }
    return authState;
  },
  /** POST /api/login; throws ApiError (401 wrong name or password, 429 too many attempts). */
  async login(name: string, password: string): Promise<Me> {
    const me = await request<Me>('/api/login', json({ name, password }), undefined, false);
    setAuth({ kind: 'in', me });
    return me;
  },
  async logout(): Promise<void> {
    try {
      await request<void>('/api/logout', { method: 'POST' }, undefined, false);
    } finally {
      setAuth({ kind: 'out', reason: 'logged_out' });
    }
  },
};

/** The logged-in account, when there is one. */
function me(): Me | undefined {
  return authState.kind === 'in' ? authState.me : undefined;
}

/** Does the current account have at least `role`? (The server stays the authority.) */
export function allows(role: AccountRole, needed: AccountRole): boolean {
  return ACCOUNT_ROLES.indexOf(role) >= ACCOUNT_ROLES.indexOf(needed);
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Headers every request of the app carries: JSON answers, and the CSRF token on writes. */
function withAuthHeaders(method: string, headers: Headers): Headers {
  headers.set('Accept', headers.get('Accept') ?? 'application/json');
  const csrf = me()?.csrf;
  if (csrf && !SAFE.has(method.toUpperCase())) headers.set('X-CSRF-Token', csrf);
  return headers;
}

/** A 401 outside the login calls: the session has ended, back to the login screen. */
function sessionEnded(): void {
  if (authState.kind === 'in' || authState.kind === 'checking') setAuth({ kind: 'out', reason: 'expired' });
}

/**
 * After a 403 on a write, asks the server again who this is: the role may have changed, or the
 * session (and its CSRF token) was replaced from another tab. True when the token changed.
 */
async function refreshAfterForbidden(): Promise<boolean> {
  const before = me()?.csrf;
  if (before === undefined) return false;
  try {
    const now = await request<Me>('/api/me', {}, undefined, false);
    setAuth({ kind: 'in', me: now });
    return now.csrf !== undefined && now.csrf !== before;
  } catch (e) {
    // Logged out meanwhile: the login screen. Anything else: keep the page and its 403 message.
    if (e instanceof ApiError && e.status === 401) sessionEnded();
    return false;
  }
}

/**
 * The one way the app talks to the server: adds the CSRF token to writes, sends a 401 back to the
 * login screen, and retries a write once when a 403 came from a stale CSRF token.
 */
export async function send(path: string, init: RequestInit = {}, signal?: AbortSignal, handleAuth = true): Promise<Response> {
  const method = init.method ?? 'GET';
  const attempt = async () => {
    const headers = withAuthHeaders(method, new Headers(init.headers));
    try {
      return await fetch(path, { ...init, headers, credentials: 'same-origin', ...(signal && { signal }) });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError(0, 'network', 'The parley server cannot be reached.');
    }
  };
  let res = await attempt();
  if (handleAuth && res.status === 401) sessionEnded();
  else if (handleAuth && res.status === 403 && !SAFE.has(method.toUpperCase()) && (await refreshAfterForbidden())) res = await attempt();
  return res;
}

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal, handleAuth = true): Promise<T> {
  const res = await send(path, init, signal, handleAuth);
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

function json(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** A 202 answers the queued job (a server started with --queue); 201 and 200 the stored document. */
function outcome(status: number, body: unknown): AddOutcome {
  return status === 202 ? { queued: true, job: body as AnalysisJob } : { queued: false, result: body as AddResult };
}

/** POST /api/documents with JSON ({ text } or { url }). */
async function addJson(body: unknown): Promise<AddOutcome> {
  const res = await send('/api/documents', json(body));
  if (!res.ok) throw await errorOf(res);
  return outcome(res.status, await res.json());
}

/** Uploads a file as multipart/form-data with upload progress (fetch has none), then waits for the analysis (or the job). */
function upload(file: File, onProgress: (fraction: number) => void): Promise<AddOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    withAuthHeaders('POST', new Headers()).forEach((v, k) => xhr.setRequestHeader(k, v));
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The parley server cannot be reached.'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(outcome(xhr.status, body));
      else {
        if (xhr.status === 401) sessionEnded();
        else if (xhr.status === 403) void refreshAfterForbidden();
        reject(errorFrom(xhr.status, xhr.statusText, body, xhr.getResponseHeader('retry-after')));
      }
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

const enc = encodeURIComponent;

export const api = {
  health: (signal?: AbortSignal) => request<Health>('/api/health', {}, signal),
  documents: (params: Params, signal?: AbortSignal) => request<Page<DocumentSummary>>(`/api/documents${query(params)}`, {}, signal),
  document: (ref: string, signal?: AbortSignal) => request<DocumentRecord>(`/api/documents/${enc(ref)}`, {}, signal),
  deleteDocument: (ref: string) => request<void>(`/api/documents/${enc(ref)}`, { method: 'DELETE' }),
  addText: (body: { text: string; name?: string; format?: string }) => addJson(body),
  addUrl: (url: string) => addJson({ url }),
  addFile: upload,
  job: (id: number, signal?: AbortSignal) => request<AnalysisJob>(`/api/jobs/${id}`, {}, signal),
  jobs: (params: Params, signal?: AbortSignal) => request<JobPage>(`/api/jobs${query(params)}`, {}, signal),
  search: (params: Params, signal?: AbortSignal) => request<SearchPage>(`/api/search${query(params)}`, {}, signal),
  claims: (params: Params, signal?: AbortSignal) => request<Page<ClaimItem>>(`/api/claims${query(params)}`, {}, signal),
  claim: (key: string, signal?: AbortSignal) => request<ClaimDetail>(`/api/claims/${enc(key)}`, {}, signal),
  review: (key: string, review: NewReview) => request<Review>(`/api/claims/${enc(key)}/reviews`, json(review)),
  speakers: (params: Params, signal?: AbortSignal) => request<Page<SpeakerSummary>>(`/api/speakers${query(params)}`, {}, signal),
  speaker: (id: string, signal?: AbortSignal) => request<SpeakerProfile>(`/api/speakers/${enc(id)}`, {}, signal),
  stats: (signal?: AbortSignal) => request<CorpusStats>('/api/stats', {}, signal),
  audit: (params: Params, signal?: AbortSignal) => request<AuditPage>(`/api/audit${query({ ...params, format: 'json' })}`, {}, signal),
};

/** The URL of the audit log as JSON Lines (admins). */
export function auditUrl(params: Params): string {
  return `/api/audit${query({ format: 'jsonl', ...params })}`;
}

/** The URL of an export file. */
export function exportUrl(params: Params): string {
  return `/api/export${query(params)}`;
}
