/**
 * What the ingest fuzz test runs for each input, in a worker thread
 * (fuzz-worker.mjs): the whole pipeline (`analyzeBytes`: decode, extract,
 * clean, metadata, every stage), then every invariant of the result. Returns
 * a verdict instead of throwing so that the test process sees bugs as data.
 */
import { readFileSync } from 'node:fs';
import { analyzeBytes } from '../../src/analyze.js';
import type { Doc, Span } from '../../src/doc.js';
import { SCHEMA, TECHNIQUES } from '../../src/doc.js';
import { ParleyError, type ErrorCode } from '../../src/errors.js';
import type { Fetched } from '../../src/ingest/types.js';

export interface FuzzInput {
  readonly bytes: Uint8Array;
  readonly uri: string;
  readonly contentType: string | null;
  /** A user's --encoding. */
  readonly encoding: string | null;
}

export type Outcome =
  | { readonly kind: 'doc'; readonly chars: number; readonly layers: number }
  | { readonly kind: 'refused'; readonly code: ErrorCode; readonly message: string }
  | { readonly kind: 'bug'; readonly message: string };

/** What analysing bytes in memory may refuse with: input a user must fix. */
const EXPECTED_CODES: ReadonlySet<ErrorCode> = new Set(['empty', 'binary', 'undecodable', 'usage']);

/** Diagnostic codes documented in docs/diagnostics.md, less the two that mean a bug (a stage crashed, so another was skipped). */
const DOCUMENTED = new Set(
  [...readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8').matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \|/gm)]
    .map((m) => m[1]!)
    .filter((c) => c !== 'pipeline/skipped'),
);

const LAYERS = ['turns', 'sentences', 'quantities', 'entities', 'claims', 'techniques', 'narratives'] as const;

export function runOne(input: FuzzInput): Outcome {
  const fetched: Fetched = {
    uri: input.uri,
    bytes: input.bytes,
    ...(input.contentType !== null && { contentType: input.contentType }),
  };
  let doc: Doc;
  try {
    doc = analyzeBytes(fetched, input.encoding === null ? {} : { encoding: input.encoding });
  } catch (err) {
    if (!(err instanceof ParleyError)) {
      return { kind: 'bug', message: `analyzeBytes threw a ${err instanceof Error ? err.name : typeof err}: ${err instanceof Error ? err.stack : String(err)}` };
    }
    if (!EXPECTED_CODES.has(err.code)) return { kind: 'bug', message: `unexpected ParleyError code ${err.code}: ${err.message}` };
    if (!/\S/.test(err.message) || /[\n\r]/.test(err.message)) return { kind: 'bug', message: `unclear error message: ${JSON.stringify(err.message)}` };
    return { kind: 'refused', code: err.code, message: err.message };
  }
  const problems = invariants(doc);
  if (problems.length) return { kind: 'bug', message: problems.slice(0, 5).join('\n') };
  return { kind: 'doc', chars: doc.text.length, layers: LAYERS.filter((l) => doc[l] !== undefined).length };
}

/** A lone surrogate or a NUL: text no JSON consumer or PostgreSQL column takes as is. */
// eslint-disable-next-line no-control-regex
const ILL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

/** Everything that must hold of an analysis, as a list of violations (empty when all is well). */
export function invariants(doc: Doc): string[] {
  const out: string[] = [];
  const { text } = doc;
  const n = text.length;
  if (doc.schema !== SCHEMA) out.push(`schema is ${String(doc.schema)}`);
  if (typeof text !== 'string' || text.trim() === '') out.push('text is empty');
  if (ILL_FORMED.test(text)) out.push(`text has a lone surrogate or NUL at ${text.search(ILL_FORMED)}`);

  const span = (where: string, s: Span) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) {
      out.push(`${where} has span ${s.start}-${s.end} outside 0-${n}`);
    } else if (splitsPair(s.start) || splitsPair(s.end)) {
      out.push(`${where} has span ${s.start}-${s.end} that cuts a surrogate pair in two`);
    }
  };
  const splitsPair = (i: number) => {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  };
  const index = (where: string, i: unknown, length: number) => {
    if (!(Number.isInteger(i) && (i as number) >= 0 && (i as number) < length)) out.push(`${where} refers to ${String(i)} of ${length}`);
  };
  const unit = (where: string, x: unknown) => {
    if (typeof x !== 'number' || !(x >= 0 && x <= 1)) out.push(`${where} is ${String(x)}, not in [0, 1]`);
  };
  const wellFormed = (where: string, s: unknown) => {
    if (typeof s === 'string' && ILL_FORMED.test(s)) out.push(`${where} has a lone surrogate or NUL: ${JSON.stringify(s)}`);
  };

  (doc.paragraphs ?? []).forEach((p, i) => {
    span(`paragraphs[${i}]`, p);
    if (!(p.strong >= 0 && p.strong <= p.end - p.start && p.em >= 0 && p.em <= p.end - p.start)) {
      out.push(`paragraphs[${i}] has strong ${p.strong} / em ${p.em} beyond its length ${p.end - p.start}`);
    }
  });
  for (const layer of LAYERS) if (!Array.isArray(doc[layer])) out.push(`the ${layer} layer is missing`);
  const turns = doc.turns ?? [];
  const sentences = doc.sentences ?? [];
  const quantities = doc.quantities ?? [];
  const entities = doc.entities ?? [];
  turns.forEach((t, i) => {
    span(`turns[${i}]`, t);
    if (!['intro', 'question', 'answer'].includes(t.role)) out.push(`turns[${i}] has role ${t.role}`);
    wellFormed(`turns[${i}].speaker`, t.speaker);
  });
  sentences.forEach((s, i) => {
    span(`sentences[${i}]`, s);
    index(`sentences[${i}].turn`, s.turn, turns.length);
  });
  quantities.forEach((q, i) => {
    span(`quantities[${i}]`, q);
    index(`quantities[${i}].turn`, q.turn, turns.length);
    index(`quantities[${i}].sentence`, q.sentence, sentences.length);
    if (!Number.isFinite(q.value)) out.push(`quantities[${i}].value is ${q.value}`);
    wellFormed(`quantities[${i}].of`, q.of);
  });
  entities.forEach((e, i) => {
    span(`entities[${i}]`, e);
    if (!['PERSON', 'ORG', 'PLACE'].includes(e.type)) out.push(`entities[${i}] has type ${e.type}`);
    wellFormed(`entities[${i}].name`, e.name);
  });
  (doc.claims ?? []).forEach((c, i) => {
    span(`claims[${i}]`, c);
    index(`claims[${i}].turn`, c.turn, turns.length);
    unit(`claims[${i}].score`, c.score);
    c.quantities.forEach((q, j) => index(`claims[${i}].quantities[${j}]`, q, quantities.length));
    c.entities.forEach((e, j) => index(`claims[${i}].entities[${j}]`, e, entities.length));
  });
  (doc.techniques ?? []).forEach((t, i) => {
    span(`techniques[${i}]`, t);
    index(`techniques[${i}].turn`, t.turn, turns.length);
    unit(`techniques[${i}].confidence`, t.confidence);
    if (!(TECHNIQUES as readonly string[]).includes(t.technique)) out.push(`techniques[${i}] is ${t.technique}`);
  });
  (doc.narratives ?? []).forEach((r, i) => {
    span(`narratives[${i}]`, r);
    index(`narratives[${i}].turn`, r.turn, turns.length);
    if (!Number.isFinite(r.score)) out.push(`narratives[${i}].score is ${r.score}`);
    r.evidence.forEach((e, j) => {
      span(`narratives[${i}].evidence[${j}]`, e);
      if (e.start < r.start || e.end > r.end) out.push(`narratives[${i}].evidence[${j}] lies outside the narrative`);
    });
  });
  doc.diagnostics.forEach((d, i) => {
    if (!DOCUMENTED.has(d.code)) out.push(`diagnostics[${i}] has undocumented code ${d.code}: ${d.message}`);
    if (!['error', 'warning', 'info'].includes(d.severity)) out.push(`diagnostics[${i}] has severity ${d.severity}`);
    if (!/\S/.test(d.message)) out.push(`diagnostics[${i}] has an empty message`);
    if (d.start !== undefined || d.end !== undefined) span(`diagnostics[${i}]`, { start: d.start ?? -1, end: d.end ?? -1 });
  });
  for (const [k, v] of Object.entries(doc.meta)) wellFormed(`meta.${k}`, v);
  doc.removed.forEach((r, i) => wellFormed(`removed[${i}].text`, r.text));
  try {
    JSON.stringify(doc);
  } catch (err) {
    out.push(`the analysis does not serialise: ${String(err)}`);
  }
  return out;
}
