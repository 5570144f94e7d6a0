/**
 * Layers ↔ `annotation` rows, generically: any key of a Doc holding an array of spans is a layer,
 * so a new layer is stored, loaded and exported without a change here.
 */
import type { Transaction } from 'kysely';
import type { Doc, Span } from '../doc.js';
import type { Database } from './schema.js';
import type { Store } from './db.js';

/** Keys of a Doc that are not layers. */
const NOT_LAYERS = new Set(['schema', 'source', 'meta', 'text', 'removed', 'diagnostics']);

/** An item of some layer, as stored: a span and its other fields. */
export type Item = Span & Readonly<Record<string, unknown>>;

function isSpan(x: unknown): x is Item {
  return typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';
}

/** The layers present in `doc`, in its key order; a layer is an array whose items are spans. */
export function layersOf(doc: Doc): [string, readonly Item[]][] {
  const out: [string, readonly Item[]][] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (NOT_LAYERS.has(key) || !Array.isArray(value)) continue;
    if (value.every(isSpan)) out.push([key, value as Item[]]);
  }
  return out;
}

/** The items of layer `name`, or [] when the analysis did not produce it. */
export function layer(doc: Doc, name: string): readonly Item[] {
  const value = (doc as unknown as Record<string, unknown>)[name];
  return Array.isArray(value) && value.every(isSpan) ? (value as Item[]) : [];
}

/** An annotation row without its document id. */
export interface AnnotationRow {
  readonly layer: string;
  readonly idx: number;
  readonly start: number;
  readonly end: number;
  readonly attrs: Record<string, unknown>;
}

/** Every item of every layer of `doc` as an annotation row. */
export function annotationRows(doc: Doc): AnnotationRow[] {
  const rows: AnnotationRow[] = [];
  for (const [name, items] of layersOf(doc)) {
    items.forEach((item, idx) => {
      const { start, end, ...attrs } = item;
      rows.push({ layer: name, idx, start, end, attrs });
    });
  }
  return rows;
}

/** Loads the layers of documents, by document id then layer name, items in index order. */
export async function loadLayers(
  db: Store | Transaction<Database>,
  docIds: readonly number[],
  layers?: readonly string[],
): Promise<Map<number, Map<string, Item[]>>> {
  const out = new Map<number, Map<string, Item[]>>();
  if (!docIds.length) return out;
  let q = db
    .selectFrom('annotation')
    .select(['doc_id', 'layer', 'idx', 'start', 'end', 'attrs'])
    .where('doc_id', 'in', docIds)
    .orderBy('doc_id')
    .orderBy('layer')
    .orderBy('idx');
  if (layers) {
    if (!layers.length) return out;
    q = q.where('layer', 'in', layers);
  }
  for (const r of await q.execute()) {
    let byLayer = out.get(r.doc_id);
    if (!byLayer) out.set(r.doc_id, (byLayer = new Map()));
    let items = byLayer.get(r.layer);
    if (!items) byLayer.set(r.layer, (items = []));
    items.push({ start: r.start, end: r.end, ...r.attrs });
  }
  return out;
}
