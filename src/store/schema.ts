/**
 * The corpus tables, as Kysely sees them. One schema for PGlite and PostgreSQL; migrations in
 * ./migrations create it. Offsets (`start`, `end`) are UTF-16 code units into `document.text`,
 * as everywhere in parley. JSON columns are written as JSON text and read back parsed.
 */
import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: written as JSON text, read as the parsed value. */
export type Json<T> = ColumnType<T, string, string>;
/** A timestamptz column set by the database. */
export type CreatedAt = ColumnType<Date, string | undefined, string>;

export interface DocumentTable {
  id: Generated<number>;
  /** Hex SHA-256 of the raw bytes: the same bytes are the same document. */
  sha256: string;
  uri: string;
  text: string;
  meta: Json<Record<string, unknown>>;
  source: Json<Record<string, unknown>>;
  removed: Json<unknown[]>;
  diagnostics: Json<unknown[]>;
  /** Names of the layers stored in `annotation`, in the order the analysis produced them. */
  layers: Json<string[]>;
  parley_version: string;
  words: number;
  /** meta.published (YYYY-MM-DD) or null; text so that both backends compare it the same way. */
  published: string | null;
  language: string | null;
  /** Normalised key of meta.outlet; resolved through outlet_alias. */
  outlet_key: string | null;
  /** Normalised key of meta.interviewee; resolved through speaker_alias. */
  interviewee_key: string | null;
  created_at: CreatedAt;
  analysed_at: CreatedAt;
}

/** One item of one layer; `attrs` is the item without `start`/`end`. */
export interface AnnotationTable {
  doc_id: number;
  layer: string;
  idx: number;
  start: number;
  end: number;
  attrs: Json<Record<string, unknown>>;
}

/** The search table: one row per turn (or one per document without turns), with its tsvector. */
export interface TurnTable {
  doc_id: number;
  idx: number;
  start: number;
  end: number;
  role: string | null;
  /** The speaker as the analysis named them. */
  speaker: string | null;
  speaker_key: string | null;
  words: number;
  /** The turn's text, sliced in JS from document.text (for the search snippets). */
  body: string;
  /** The text search configuration the tsvector was built with. */
  cfg: string;
  tsv: ColumnType<string, never, never>;
  /** The document's publication date (document.published), for searches over a period. */
  published: string | null;
}

export interface SpeakerTable {
  id: Generated<number>;
  /** Normalised full name; unique. */
  key: string;
  name: string;
  /** Last word of the key, for matching abbreviated names. */
  surname: string;
}

/** Every normalised spelling seen for a speaker ("v dremov" → Viktor Dremov). */
export interface SpeakerAliasTable {
  key: string;
  speaker_id: number;
  name: string;
}

/** A role a speaker held in a document ("Deputy Foreign Minister", "interviewer"). */
export interface SpeakerRoleTable {
  doc_id: number;
  speaker_key: string;
  role: string;
  published: string | null;
}

export interface OutletTable {
  id: Generated<number>;
  key: string;
  name: string;
}

export interface OutletAliasTable {
  key: string;
  outlet_id: number;
  name: string;
}

/** A claim of a stored document, with what matching needs. */
export interface ClaimTable {
  id: Generated<number>;
  doc_id: number;
  /** Index into the document's claims layer. */
  idx: number;
  /** Stable reference: hash of the document's sha256, the quote and its occurrence; survives re-analysis. */
  key: string;
  start: number;
  end: number;
  turn: number | null;
  speaker_key: string | null;
  kind: string | null;
  score: number | null;
  quote: string;
  /** Content-word stems, space-separated. */
  norm: string;
  /** Canonical quantity keys ("EUR:1.3e9"). */
  numbers: string[];
  /** Signature keys for finding matching candidates (MinHash bands, quantity+stem pairs), hashed to 53 bits. */
  sig: ColumnType<(string | number)[], string, string>;
  /** The group of matching claims (the smallest claim id in it), or null when the claim matches none. */
  grp: number | null;
}

/** Two claims of different documents that say the same thing (the evidence for their group); a < b. */
export interface ClaimMatchTable {
  a: number;
  b: number;
  score: number;
  reason: string;
}

/** Append-only: a database trigger refuses UPDATE and DELETE. */
export interface ReviewTable {
  id: Generated<number>;
  claim_key: string;
  doc_sha256: string;
  /** The claim's text when it was reviewed. */
  quote: string;
  /** The claim's span when it was reviewed (UTF-16), to re-attach after re-analysis. */
  start: number;
  end: number;
  verdict: string;
  note: string | null;
  sources: Json<string[]>;
  reviewer: string;
  created_at: CreatedAt;
}

export interface Database {
  document: DocumentTable;
  annotation: AnnotationTable;
  turn: TurnTable;
  speaker: SpeakerTable;
  speaker_alias: SpeakerAliasTable;
  speaker_role: SpeakerRoleTable;
  outlet: OutletTable;
  outlet_alias: OutletAliasTable;
  claim: ClaimTable;
  claim_match: ClaimMatchTable;
  review: ReviewTable;
}
