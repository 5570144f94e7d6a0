import { createHash } from 'node:crypto';
import type { Diagnostic, Doc, Paragraph } from '../doc.js';
import { SCHEMA } from '../doc.js';
import { ParleyError } from '../errors.js';
import { clean } from './clean.js';
import { extract } from './extract.js';
import { readMeta } from './meta.js';
import type { Block, Fetched } from './types.js';

export interface PrepareOptions {
  /** WHATWG encoding label that overrides detection. */
  readonly encoding?: string;
}

/**
 * Turns raw bytes into a Doc with frozen text: decode, extract blocks, drop
 * furniture, read metadata. Throws ParleyError for input a user must fix.
 */
export function prepare(fetched: Fetched, opts: PrepareOptions = {}): Doc {
  const { decoded, extracted } = extract(fetched, opts.encoding === undefined ? {} : { encoding: opts.encoding });
  const cleaned = clean(extracted.blocks, extracted.page);
  const { text, paragraphs } = join(cleaned.kept);
  if (!text.trim()) {
    throw new ParleyError('empty', `${fetched.uri}: nothing is left of the page once its furniture is removed`);
  }
  const meta = readMeta({ page: extracted.page, title: cleaned.title, kept: cleaned.kept, removed: cleaned.removed, text });
  return {
    schema: SCHEMA,
    source: {
      uri: fetched.uri,
      sha256: createHash('sha256').update(fetched.bytes).digest('hex'),
      bytes: fetched.bytes.byteLength,
      encoding: decoded.encoding,
      format: extracted.format,
    },
    meta,
    text,
    paragraphs,
    removed: cleaned.removed,
    diagnostics: ingestDiagnostics(decoded, extracted),
  };
}

/** What ingest noticed about the bytes and the page, as diagnostics (see docs/diagnostics.md). */
function ingestDiagnostics(decoded: { text: string; encoding: string; via?: string }, extracted: { via?: string }): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (decoded.via === 'detected') {
    out.push({
      severity: 'info',
      code: 'ingest/encoding-guessed',
      message: `No byte-order mark or declared charset: the bytes were read as ${decoded.encoding}, detected from their content (use --encoding to override).`,
    });
  }
  let bad = 0;
  for (let i = decoded.text.indexOf('\uFFFD'); i >= 0; i = decoded.text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad) {
    out.push({
      severity: 'warning',
      code: 'ingest/replacement-characters',
      message: `${bad} byte sequence${bad > 1 ? 's' : ''} could not be decoded as ${decoded.encoding} and became U+FFFD.`,
    });
  }
  if (extracted.via === 'body') {
    out.push({
      severity: 'info',
      code: 'ingest/readability-fallback',
      message: 'The article extractor found too little text, so the whole page body was read instead; more page furniture may remain.',
    });
  }
  return out;
}

/** Joins kept blocks with blank lines and records each as a paragraph span. */
function join(blocks: readonly Block[]): { text: string; paragraphs: Paragraph[] } {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (const b of blocks) {
    const t = b.text.trim();
    if (!t) continue;
    if (parts.length) {
      parts.push('\n\n');
      pos += 2;
    }
    const lead = b.text.length - b.text.trimStart().length;
    paragraphs.push({
      start: pos,
      end: pos + t.length,
      strong: clamp(b.strong - lead, t.length),
      em: clamp(b.em - lead, t.length),
      heading: b.heading,
    });
    parts.push(t);
    pos += t.length;
  }
  return { text: parts.join(''), paragraphs };
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));
