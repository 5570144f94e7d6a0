/**
 * The shapes the web app reads from the HTTP API (docs/api.md). The analysis and the corpus
 * record come straight from the shared vocabulary in src/; the rest mirror src/store/.
 */
import type { Doc } from '../../src/doc.js';
import type { ClaimRecord, DocumentRecord, ReviewRecord } from '../../src/export/json.js';

export type {
  Claim,
  Doc,
  Entity,
  Narrative,
  Paragraph,
  Quantity,
  Role,
  Span,
  Technique,
  Turn,
} from '../../src/doc.js';
export type { ClaimRecord, DocumentRecord, ReviewRecord };

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface DocumentSummary {
  readonly id: number;
  readonly sha256: string;
  readonly uri: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly interviewee: string | null;
  readonly published: string | null;
  readonly language?: string | null;
  readonly words?: number;
  readonly turns?: number;
  readonly claims?: number;
  readonly reviewed?: number;
  /** Technique flags, when the server reports them. */
  readonly techniques?: number;
  readonly flags?: number;
}

export interface AddResult {
  readonly id: number;
  readonly sha256: string;
  readonly status: 'added' | 'replaced' | 'unchanged';
  readonly words: number;
  readonly claims: number;
}

/** An analysis job (queue mode: `POST /api/documents` answers 202 with one; `GET /api/jobs/{id}` follows it). */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'failed'];

export interface AnalysisJob {
  readonly id: number;
  readonly kind: 'bytes' | 'url';
  /** The document's name, or the URL to fetch. */
  readonly uri: string;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly max_attempts: number;
  /** The worker that holds the job, or held it last. */
  readonly worker: string | null;
  /** The last failure's message (also on a job queued again for a retry). */
  readonly error: string | null;
  readonly result: { readonly doc_id: number; readonly status: AddResult['status']; readonly sha256: string; readonly words: number; readonly claims: number } | null;
  readonly created_at: string;
  readonly finished_at: string | null;
}

/** GET /api/jobs: newest first, with counts by status over all jobs. */
export interface JobPage {
  readonly items: readonly AnalysisJob[];
  readonly counts: Readonly<Partial<Record<JobStatus, number>>>;
  readonly limit: number;
  readonly offset: number;
}

/** What adding a document answers: the stored document (201/200), or a job for the workers (202). */
export type AddOutcome = { readonly queued: false; readonly result: AddResult } | { readonly queued: true; readonly job: AnalysisJob };

export const VERDICTS = ['true', 'mostly_true', 'misleading', 'false', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<string, string> = {
  true: 'True',
  mostly_true: 'Mostly true',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

/** A review as the API answers it (the store's shape; extra fields are ignored). */
export interface Review {
  readonly id: number;
  readonly verdict: string;
  readonly note: string | null;
  readonly sources: readonly string[];
  readonly reviewer: string;
  readonly created_at: string;
  readonly quote?: string;
  readonly claim_key?: string;
}

export interface ClaimItem {
  readonly key: string;
  readonly doc: number;
  readonly doc_sha256: string;
  readonly uri: string;
  readonly title?: string | null;
  readonly idx: number;
  readonly start: number;
  readonly end: number;
  readonly turn: number | null;
  readonly speaker: string | null;
  readonly kind: string | null;
  readonly score: number | null;
  readonly quote: string;
  readonly numbers: readonly string[];
  readonly review: Review | null;
}

export interface ClaimDetail extends ClaimItem {
  readonly history: readonly Review[];
}

export interface NewReview {
  readonly verdict: Verdict;
  readonly note?: string;
  readonly sources?: readonly string[];
  readonly reviewer?: string;
}

/** Search pages: the server may leave `total` null (it does not count every match). */
export interface SearchPage extends Omit<Page<SearchHit>, 'total'> {
  readonly total: number | null;
}

export interface SearchHit {
  readonly doc: number;
  readonly doc_sha256: string;
  readonly uri: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly turn: number;
  readonly role: string | null;
  readonly speaker: string | null;
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  readonly snippet: string;
  readonly highlights: readonly (readonly [number, number])[];
}

export interface SpeakerSummary {
  readonly id: number;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly documents: number;
  readonly turns: number;
  readonly words: number;
  readonly claims: number;
  readonly role: string | null;
  readonly first: string | null;
  readonly last: string | null;
}

export interface SpeakerDocument {
  readonly id: number;
  readonly sha256?: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
}

export interface TimelinePoint {
  readonly doc: number;
  readonly published: string | null;
  readonly title: string | null;
  readonly techniques: Readonly<Record<string, number>>;
  readonly claims: number;
}

/**
 * A speaker profile. docs/api.md names the document list `documents`, which the summary already
 * uses for a count; src/store/speakers.ts calls it `documentList`, the server `documents_list`. All are accepted.
 */
export interface SpeakerProfile extends Omit<SpeakerSummary, 'documents'> {
  readonly documents: number | readonly SpeakerDocument[];
  readonly documentList?: readonly SpeakerDocument[];
  readonly documents_list?: readonly SpeakerDocument[];
  readonly roles: readonly { role: string; from: string | null; to: string | null; documents: number }[];
  readonly outlets: readonly { name: string; documents: number }[];
  readonly techniques: readonly { technique: string; count: number }[];
  readonly timeline?: readonly TimelinePoint[];
}

export interface CorpusStats {
  readonly documents: number;
  readonly words: number;
  readonly turns: number;
  readonly claims: number;
  readonly repeated_claims: number;
  readonly reviews: number;
  readonly reviewed_claims: number;
  readonly verdicts: Readonly<Record<string, number>>;
  readonly speakers: number;
  readonly outlets: number;
  readonly layers: Readonly<Record<string, number>>;
  readonly first_published: string | null;
  readonly last_published: string | null;
  readonly top_speakers: readonly { name: string; documents: number; words: number; claims: number }[];
  readonly top_outlets: readonly { name: string; documents: number }[];
  readonly techniques_by_speaker: readonly { name: string; techniques: readonly { technique: string; count: number }[] }[];
  readonly quantities_by_unit?: readonly { unit: string; count: number }[];
}

export interface Health {
  readonly ok: boolean;
  readonly version: string;
  readonly store: string;
  readonly documents: number;
}

/** Account roles, least to most: reader (read), reviewer (+ add documents, review), admin (+ delete, audit log). */
export const ACCOUNT_ROLES = ['reader', 'reviewer', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** GET /api/me and POST /api/login. */
export interface Me {
  readonly name: string;
  readonly role: AccountRole;
  /** local: single user on loopback, no login; session: logged in through the web app; token: a script. */
  readonly via: 'local' | 'session' | 'token';
  readonly auth: 'none' | 'required';
  /** Sessions: sent back as X-CSRF-Token on every POST and DELETE. */
  readonly csrf?: string;
}

/** An audit log entry (GET /api/audit): `before` and `after` are any JSON value, or null. */
export type { AuditEntry } from '../../src/server/auth.js';
import type { AuditEntry } from '../../src/server/auth.js';

export type AuditPage = Page<AuditEntry>;
