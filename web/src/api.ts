/** A small typed client for the parley HTTP API (docs/api.md). */
import type {
  AddResult,
  ClaimDetail,
  ClaimItem,
  CorpusStats,
  DocumentRecord,
  DocumentSummary,
  Health,
  NewReview,
  Page,
  Review,
  SearchPage,
  SpeakerProfile,
  SpeakerSummary,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
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

async function errorOf(res: Response): Promise<ApiError> {
  let code = 'http_error';
  let message = `${res.status} ${res.statusText}`.trim();
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = body.error.message;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, code, message);
}

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, ...(signal && { signal }) });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'The parley server cannot be reached.');
  }
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

function json(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** Uploads a file as multipart/form-data with upload progress (fetch has none), then waits for the analysis. */
function upload(file: File, onProgress: (fraction: number) => void): Promise<AddResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('Accept', 'application/json');
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as AddResult);
      else {
        const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
        reject(new ApiError(xhr.status, err?.code ?? 'http_error', err?.message ?? `${xhr.status} ${xhr.statusText}`));
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
  addText: (body: { text: string; name?: string; format?: string }) => request<AddResult>('/api/documents', json(body)),
  addUrl: (url: string) => request<AddResult>('/api/documents', json({ url })),
  addFile: upload,
  search: (params: Params, signal?: AbortSignal) => request<SearchPage>(`/api/search${query(params)}`, {}, signal),
  claims: (params: Params, signal?: AbortSignal) => request<Page<ClaimItem>>(`/api/claims${query(params)}`, {}, signal),
  claim: (key: string, signal?: AbortSignal) => request<ClaimDetail>(`/api/claims/${enc(key)}`, {}, signal),
  review: (key: string, review: NewReview) => request<Review>(`/api/claims/${enc(key)}/reviews`, json(review)),
  speakers: (params: Params, signal?: AbortSignal) => request<Page<SpeakerSummary>>(`/api/speakers${query(params)}`, {}, signal),
  speaker: (id: string, signal?: AbortSignal) => request<SpeakerProfile>(`/api/speakers/${enc(id)}`, {}, signal),
  stats: (signal?: AbortSignal) => request<CorpusStats>('/api/stats', {}, signal),
};

/** The URL of an export file. */
export function exportUrl(params: Params): string {
  return `/api/export${query(params)}`;
}
