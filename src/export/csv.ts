/**
 * CSV for spreadsheets: RFC 4180 (CRLF, fields with `"`, `,`, CR or LF quoted, quotes doubled),
 * a UTF-8 byte order mark so Excel reads Cyrillic, and a guard against formula injection
 * (OWASP ASVS 5.0 §1.2.10, CWE-1236): a text cell starting with `=`, `+`, `-`, `@`, tab, CR or NUL
 * (or their full-width forms) gets a leading `'`. Numeric columns are written as numbers and never
 * guarded, so "-5.2" stays a number; JSONL carries the unguarded text.
 */
import type { DocumentRecord } from './json.js';

export const BOM = '\uFEFF';

const DANGEROUS = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/u;

export type Cell = string | number | boolean | null | undefined;

/** A text cell made inert for spreadsheets. */
export function guard(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: numbers as written, text guarded then quoted when needed. */
export function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = guard(typeof value === 'boolean' ? String(value) : value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: BOM, header, rows, CRLF after every record. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  let out = `${BOM}${header.map(field).join(',')}\r\n`;
  for (const row of rows) out += `${row.map(field).join(',')}\r\n`;
  return out;
}

export const CLAIM_COLUMNS = [
  'doc_id', 'doc_sha256', 'uri', 'title', 'outlet', 'published', 'claim_key', 'claim_index', 'turn', 'speaker',
  'speaker_role', 'kind', 'score', 'start', 'end', 'quote', 'numbers', 'group', 'verdict', 'reviewer', 'reviewed_at',
  'note', 'sources', 'reviews',
] as const;

/** One row per claim with its current verdict (offsets UTF-16, as in the analysis JSON). */
export function claimsCsv(records: readonly DocumentRecord[]): string {
  const rows: Cell[][] = [];
  for (const r of records) {
    for (const c of r.claims) {
      rows.push([
        r.id, r.sha256, r.uri, r.doc.meta?.title, r.outlet ?? r.doc.meta?.outlet, r.doc.meta?.published, c.key, c.index, c.turn,
        c.speaker, c.speaker_role, c.kind, c.score, c.start, c.end, c.quote, c.numbers.join(' '), c.group, c.review?.verdict,
        c.review?.reviewer, c.review?.created_at, c.review?.note, c.review?.sources.join(' '), c.history.length,
      ]);
    }
  }
  return toCsv(CLAIM_COLUMNS, rows);
}

/**
 * One row per item of any layer: the span, its quote, then every attribute (the union over the
 * items, sorted); arrays and objects are written as JSON text.
 */
export function layerCsv(records: readonly DocumentRecord[], layer: string): string {
  const items: { r: DocumentRecord; i: number; item: Record<string, unknown> }[] = [];
  const attrs = new Set<string>();
  for (const r of records) {
    const list = (r.doc as unknown as Record<string, unknown>)[layer];
    if (!Array.isArray(list)) continue;
    list.forEach((item: Record<string, unknown>, i) => {
      items.push({ r, i, item });
      for (const k of Object.keys(item)) if (k !== 'start' && k !== 'end') attrs.add(k);
    });
  }
  const cols = [...attrs].sort();
  const header = ['doc_id', 'doc_sha256', 'layer', 'index', 'start', 'end', 'quote', ...cols];
  const rows = items.map(({ r, i, item }) => {
    const start = Number(item.start);
    const end = Number(item.end);
    return [
      r.id, r.sha256, layer, i, start, end, r.doc.text.slice(start, end),
      ...cols.map((k): Cell => {
        const v = item[k];
        if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
        return JSON.stringify(v);
      }),
    ];
  });
  return toCsv(header, rows);
}
