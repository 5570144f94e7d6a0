/**
 * Turning spans over a text into segments. Every span boundary splits the text, so overlapping
 * spans never need nested markup that crosses: each segment lists the spans that cover it whole.
 * The text itself is only ever sliced and rendered as text.
 */

/** The layers the reader can highlight, outermost first (the nesting order of <mark>s). */
export const KINDS = ['narrative', 'claim', 'technique', 'quantity', 'entity', 'target'] as const;
export type Kind = (typeof KINDS)[number];

export interface Mark {
  readonly kind: Kind;
  /** Index into the layer (`doc.claims[index]`, …). */
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Spans covering [start, end), in KINDS order then by start. */
  readonly marks: readonly Mark[];
}

const order = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));

/**
 * Splits [from, to) at every boundary of `marks` inside it. Marks outside the range or empty are
 * ignored; marks reaching outside the range are clipped to it.
 */
export function segment(from: number, to: number, marks: readonly Mark[]): Segment[] {
  if (to <= from) return [];
  const inside = marks.filter((m) => m.end > m.start && m.start < to && m.end > from);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  inside.sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || a.start - b.start || b.end - a.end || a.index - b.index);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    out.push({ start: s, end: e, marks: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

/** Snippet pieces for search hits: `[text, highlighted]` from [start, end) ranges into the snippet. */
export function pieces(text: string, ranges: readonly (readonly [number, number])[]): [string, boolean][] {
  const marks: Mark[] = ranges
    .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && b > a)
    .map(([a, b], index) => ({ kind: 'target', index, start: Math.max(0, a), end: Math.min(text.length, b) }));
  return segment(0, text.length, marks).map((s) => [text.slice(s.start, s.end), s.marks.length > 0]);
}

/** Parses "120-180" into a span within [0, length); null when it does not fit. */
export function parseSpan(s: string | null, length: number): { start: number; end: number } | null {
  const m = /^(\d+)(?:-|,|\.\.)(\d+)$/.exec(s ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Math.min(Number(m[2]), length);
  return end > start && start < length ? { start, end } : null;
}
