/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for annotation tools: one Annotation
 * per item of a layer (claims by default), targeting the document's cleaned text with a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector. The spec counts positions
 * in Unicode code points, not UTF-16 units, so this is where parley's offsets change unit.
 */
import type { Span } from '../doc.js';
import type { DocumentRecord } from './json.js';

/** Converts UTF-16 offsets of one text to code-point offsets (table built once per text). */
export function codePointIndex(text: string): (utf16: number) => number {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1))) {
      // The low half of a surrogate pair belongs to the code point its high half started.
      table[i] = cp - 1;
    } else {
      table[i] = cp++;
    }
  }
  table[text.length] = cp;
  return (u) => table[Math.max(0, Math.min(text.length, u))]!;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Slices `text` by code points (the inverse check of a TextPositionSelector). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** Longest prefix/suffix, in code points; a sentence boundary stops it earlier. */
export const CONTEXT = 32;

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/**
 * The two selectors of a span of `text`. Prefix and suffix stay inside the enclosing unit (the
 * sentence, when `bounds` gives one) and are at most CONTEXT code points long.
 */
export function selectors(
  text: string,
  span: Span,
  cp: (u: number) => number = codePointIndex(text),
  bounds: Span = { start: 0, end: text.length },
): [TextQuoteSelector, TextPositionSelector] {
  const before = [...text.slice(Math.min(bounds.start, span.start), span.start)];
  const after = [...text.slice(span.end, Math.max(bounds.end, span.end))];
  return [
    { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix: before.slice(-CONTEXT).join(''), suffix: after.slice(0, CONTEXT).join('') },
    { type: 'TextPositionSelector', start: cp(span.start), end: cp(span.end) },
  ];
}

export interface W3cOptions {
  /** The layer to annotate; default "claims". */
  readonly layer?: string;
  /** Collection id; default a URN. */
  readonly id?: string;
}

/** Attributes shown as tags: short strings such as a technique, a narrative id, an entity type, a claim kind. */
function tags(item: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(item)) {
    if (k === 'start' || k === 'end' || k === 'explanation' || k === 'title' || k === 'rule') continue;
    if (typeof v === 'string' && v.length <= 40 && !/\s/.test(v)) out.push(v);
  }
  return out;
}

function sourceOf(r: DocumentRecord): string {
  return /^https?:\/\//i.test(r.uri) ? r.uri : `urn:sha256:${r.sha256}`;
}

/** Sentence containing `span`, when the document has a sentences layer. */
function sentenceAround(sentences: readonly Span[], span: Span): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * An AnnotationCollection (with its one AnnotationPage) of every item of `options.layer`.
 * Reviewed claims get motivation "assessing", the verdict and note as bodies, sources as linked bodies.
 * @example
 * const collection = w3cAnnotations(records);
 * collection.first.items[0].target.selector[1]; // { type: 'TextPositionSelector', start: 17, end: 42 }
 */
export function w3cAnnotations(records: readonly DocumentRecord[], options: W3cOptions = {}) {
  const layerName = options.layer ?? 'claims';
  const items: Record<string, unknown>[] = [];
  for (const r of records) {
    const text = r.doc.text;
    const cp = codePointIndex(text);
    const list = (r.doc as unknown as Record<string, unknown>)[layerName];
    const sentences = ((r.doc as unknown as Record<string, unknown>).sentences ?? []) as Span[];
    if (!Array.isArray(list)) continue;
    const claimByIndex = layerName === 'claims' ? new Map(r.claims.map((c) => [c.index, c])) : new Map();
    list.forEach((item: Record<string, unknown>, i) => {
      const span = { start: Number(item.start), end: Number(item.end) };
      const bounds = sentenceAround(sentences, span) ?? { start: 0, end: text.length };
      const claim = claimByIndex.get(i);
      const body: Record<string, unknown>[] = [
        { type: 'TextualBody', purpose: 'tagging', value: layerName },
        ...tags(item).map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
      ];
      if (typeof item.explanation === 'string') body.push({ type: 'TextualBody', purpose: 'describing', value: item.explanation, format: 'text/plain' });
      const review = claim?.review;
      if (review) {
        body.push({ type: 'TextualBody', purpose: 'assessing', value: review.verdict });
        if (review.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: review.note, format: 'text/plain' });
        for (const url of review.sources) body.push({ id: url, purpose: 'linking' });
      }
      items.push({
        id: `urn:parley:${layerName}:${claim?.key ?? `${r.sha256}:${i}`}`,
        type: 'Annotation',
        motivation: review ? 'assessing' : layerName === 'claims' ? 'highlighting' : 'tagging',
        ...(review && { creator: { type: 'Person', name: review.reviewer }, created: review.created_at }),
        body,
        target: {
          source: sourceOf(r),
          selector: selectors(text, span, cp, bounds),
        },
      });
    });
  }
  const id = options.id ?? `urn:parley:export:${layerName}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `parley ${layerName}`,
    total: items.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  } as const;
}
