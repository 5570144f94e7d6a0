/**
 * The shared vocabulary of parley: one frozen text with named layers of spans.
 *
 * Every `start`/`end` in this file is a half-open range of UTF-16 code units
 * into `Doc.text` — exactly what `String#slice` takes. Other units appear only
 * in `src/export/`.
 */

/** Half-open [start, end) in UTF-16 code units into Doc.text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A paragraph of the cleaned body, as the page laid it out. */
export interface Paragraph extends Span {
  /** Length in UTF-16 units of a leading run of bold/strong text (0 when none). */
  readonly strong: number;
  /** Length of a leading run of italic/em text (0 when none). */
  readonly em: number;
  /** True when the page marked this paragraph as a heading. */
  readonly heading: boolean;
}

export type Role = 'intro' | 'question' | 'answer';

/** One uninterrupted contribution of one party; the span excludes markers such as "Q:" or "– ". */
export interface Turn extends Span {
  readonly role: Role;
  readonly speaker: string | null;
}

export interface Sentence extends Span {
  /** Index into `turns`. */
  readonly turn: number;
}

/** ISO 4217 code, or one of the documented units in src/lexicon/units.ts. */
export type Unit = string;
export type Approx = 'exact' | 'over' | 'under' | 'about' | 'at_least' | 'up_to';
export type QuantityKind = 'level' | 'change' | 'share';

export interface Quantity extends Span {
  readonly turn: number;
  readonly sentence: number;
  /** Magnitude in base units as written: "€643 billion" is 643000000000; a fall "by 23.2%" is 23.2. */
  readonly value: number;
  readonly unit: Unit;
  readonly approx: Approx;
  readonly kind: QuantityKind;
  /** What is measured, short text from the sentence, or null. */
  readonly of: string | null;
  /** The period referred to: "2024", "2025-H1", "2025-06", or null. */
  readonly when: string | null;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE';

export interface Entity extends Span {
  readonly type: EntityType;
  /** One canonical name per real entity across its mentions. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 for countries; a stable slug for known organisations. */
  readonly id?: string;
  /** A title or role mentioned with a person ("Defense Minister"). */
  readonly role?: string;
}

export type ClaimKind = 'statistical' | 'historical' | 'attribution' | 'prediction' | 'legal' | 'other';

export interface Claim extends Span {
  readonly turn: number;
  /** Check-worthiness in [0, 1]. */
  readonly score: number;
  readonly kind: ClaimKind;
  /** Readable reasons for the score ("states a quantity"). */
  readonly reasons: readonly string[];
  /** Indexes into `quantities`. */
  readonly quantities: readonly number[];
  /** Indexes into `entities`. */
  readonly entities: readonly number[];
}

export const TECHNIQUES = [
  'loaded_language', 'name_calling', 'repetition', 'exaggeration', 'doubt', 'appeal_to_fear',
  'flag_waving', 'causal_oversimplification', 'slogans', 'appeal_to_authority', 'black_and_white',
  'thought_terminating_cliche', 'whataboutism', 'straw_man', 'red_herring', 'bandwagon',
  'reductio_ad_hitlerum',
] as const;
/** The SemEval-2020 Task 11 technique set, in snake_case. */
export type TechniqueName = (typeof TECHNIQUES)[number];

export interface Technique extends Span {
  readonly turn: number;
  readonly technique: TechniqueName;
  /** In [0, 1]. */
  readonly confidence: number;
  /** The cue that fired, e.g. "loaded/regime". */
  readonly rule: string;
  /** One sentence a reader understands. */
  readonly explanation: string;
}

export interface Narrative extends Span {
  /** Taxonomy id. */
  readonly narrative: string;
  readonly title: string;
  readonly turn: number;
  readonly score: number;
  /** Spans of the cues that matched; `start`/`end` of the narrative cover all of them. */
  readonly evidence: readonly Span[];
  readonly explanation: string;
}

/** The layers a stage can add, by name. Adding a layer is one line here. */
export interface Layers {
  paragraphs: Paragraph;
  turns: Turn;
  sentences: Sentence;
  quantities: Quantity;
  entities: Entity;
  claims: Claim;
  techniques: Technique;
  narratives: Narrative;
}
export type Layer = keyof Layers;

export type Format = 'text' | 'html' | 'markdown';

export interface Source {
  /** Path or URL as given; "-" for stdin. */
  readonly uri: string;
  /** Hex SHA-256 of the raw bytes. */
  readonly sha256: string;
  readonly bytes: number;
  /** WHATWG encoding name that decoded the bytes, e.g. "utf-8", "windows-1251". */
  readonly encoding: string;
  readonly format: Format;
}

export type TurnConvention =
  | 'dash'
  | 'markers'
  | 'speaker_labels'
  | 'emphasis'
  | 'question_marks'
  | 'none';

export interface Meta {
  readonly title: string | null;
  readonly interviewee: string | null;
  readonly interviewee_role: string | null;
  readonly interviewer: string | null;
  readonly outlet: string | null;
  /** YYYY-MM-DD, or null. */
  readonly published: string | null;
  /** BCP 47 tag of the body's main language. */
  readonly language: string | null;
  readonly turn_convention: TurnConvention | null;
}

export interface Removed {
  readonly text: string;
  readonly reason: RemovedReason;
}
export type RemovedReason =
  | 'caption'
  | 'credit'
  | 'read_more'
  | 'subscription'
  | 'breadcrumb'
  | 'duplicate_title'
  | 'language_switch'
  | 'share'
  | 'footer'
  | 'navigation'
  | 'empty'
  | 'title'
  | 'byline'
  | 'dateline'
  | 'note';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** `<layer|ingest|pipeline>/<rule>`; every code is listed in docs/diagnostics.md. */
  readonly code: string;
  /** One sentence: what was expected, what was found. */
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
  /** The offending text. */
  readonly actual?: string;
}

export const SCHEMA = 'parley.analysis/1';

/** The analysis: the same JSON shape from stdout to HTTP to the UI. */
export type Doc = {
  readonly schema: typeof SCHEMA;
  readonly source: Source;
  readonly meta: Meta;
  /** The cleaned body; frozen after ingest. */
  readonly text: string;
  readonly removed: readonly Removed[];
  readonly diagnostics: readonly Diagnostic[];
} & { readonly [L in Layer]?: readonly Layers[L][] };

/** Reporter handed to a stage: text problems become diagnostics, never exceptions. */
export interface Reporter {
  warn(code: string, message: string, at?: Span, actual?: string): void;
  info(code: string, message: string, at?: Span, actual?: string): void;
  error(code: string, message: string, at?: Span, actual?: string): void;
}

/** Index of the turn containing offset `pos`, or -1 (turns sorted by start). */
export function turnAt(turns: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid]!;
    if (pos < t.start) hi = mid - 1;
    else if (pos >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Formats a diagnostic as one line: "12-18 warning quantities/x: message". */
export function formatDiagnostic(d: Diagnostic): string {
  const at = d.start === undefined ? '' : `${d.start}-${d.end ?? d.start} `;
  return `${at}${d.severity} ${d.code}: ${d.message}`;
}
