/**
 * The corpus export record, shared by every export format: one stored document with its analysis
 * (the `Doc`, unchanged) and its claims with their current verdict and review history.
 * Offsets stay UTF-16 here; only w3c.ts converts them.
 */
import type { Doc } from '../doc.js';

export const CORPUS_SCHEMA = 'parley.corpus/1';

/** One review, as recorded (append-only). */
export interface ReviewRecord {
  readonly id: number;
  readonly verdict: string;
  readonly note: string | null;
  readonly sources: readonly string[];
  readonly reviewer: string;
  /** ISO 8601. */
  readonly created_at: string;
  /** The claim's text when it was reviewed. */
  readonly quote: string;
}

export interface ClaimRecord {
  /** Stable claim reference (survives re-analysis of the same bytes). */
  readonly key: string;
  /** Index into `doc.claims`. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly turn: number | null;
  /** Canonical name of the speaker of the claim's turn, or null. */
  readonly speaker: string | null;
  /** The speaker's role in this document, or null. */
  readonly speaker_role: string | null;
  readonly kind: string | null;
  readonly score: number | null;
  /** Canonical quantities of the claim ("EUR:1.3e+9"). */
  readonly numbers: readonly string[];
  /** Id of the group of matching claims in other documents, or null. */
  readonly group: string | null;
  /** The latest review, or null when unreviewed. */
  readonly review: ReviewRecord | null;
  /** Every review of the claim, oldest first. */
  readonly history: readonly ReviewRecord[];
}

export interface DocumentRecord {
  readonly schema: typeof CORPUS_SCHEMA;
  /** The store's document number (stable within one corpus only); `sha256` is the portable id. */
  readonly id: number;
  readonly sha256: string;
  readonly uri: string;
  readonly parley_version: string;
  /** Canonical outlet and interviewee names from the corpus, or null. */
  readonly outlet: string | null;
  readonly interviewee: string | null;
  readonly doc: Doc;
  readonly claims: readonly ClaimRecord[];
  /** Reviews whose words are no longer part of any claim after a re-analysis. */
  readonly orphaned_reviews: readonly ReviewRecord[];
}

/**
 * The whole export as one JSON document (`parley.corpus/1`), indented when `pretty`.
 * @example
 * process.stdout.write(toJson(records));
 */
export function toJson(records: readonly DocumentRecord[], pretty = false): string {
  return `${JSON.stringify({ schema: CORPUS_SCHEMA, documents: records }, null, pretty ? 2 : undefined)}\n`;
}
