/**
 * A local table of official figures a user supplies (`--table FILE`): CSV with a header row, or
 * JSON (an array of rows, or `{ "rows": [...] }`). Columns:
 *
 *   indicator  an indicator id of lexicon/indicators.json ("gov_debt_pct_gdp")
 *   geo        ISO 3166-1 alpha-2 or alpha-3, a Eurostat code (EL, UK), or an aggregate id (EU, EA)
 *   period     "2024", "2025-H1", "2024-Q2", "2024-06" (also "2024Q2", "2024M06")
 *   value      a number with "." as decimal point, in `unit` times `scale`
 *   unit       "percent" or an ISO 4217 code
 *   partner    (optional) the partner country of a bilateral trade figure
 *   scale      (optional) multiplier to base units, e.g. 1000000 for "million EUR"
 *   source     (optional) where the figure comes from (a URL or a citation), shown to the reviewer
 *
 * A table answers before the online providers.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ParleyError } from '../../errors.js';
import { toIso2 } from '../geo.js';
import { canonicalPeriod, parsePeriod } from '../period.js';

export interface TableRow {
  readonly indicator: string;
  readonly geo: string;
  readonly partner?: string;
  readonly period: string;
  /** In base units of `unit` (scale applied). */
  readonly value: number;
  readonly unit: string;
  readonly source?: string;
}

export interface StatsTable {
  /** The file as given. */
  readonly path: string;
  /** `file://` URL of the file: the source of its figures unless a row names one. */
  readonly url: string;
  /** The file's modification time, ISO 8601. */
  readonly retrievedAt: string;
  readonly rows: readonly TableRow[];
}

/**
 * Reads a table file. A missing file is a `not_found` ParleyError; a malformed one a `usage` error
 * that names the line and the problem.
 * @example const table = loadTable('figures.csv'); table.rows.length
 */
export function loadTable(path: string): StatsTable {
  let text: string;
  let mtime: Date;
  try {
    mtime = statSync(path).mtime;
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ParleyError('not_found', `--table ${path}: no such file`);
    throw new ParleyError('unreadable', `--table ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const rows = parseTable(text, `--table ${path}`);
  return { path, url: pathToFileURL(resolve(path)).href, retrievedAt: mtime.toISOString(), rows };
}

/** Parses CSV or JSON table text (JSON when it starts with "[" or "{"). `where` prefixes errors. */
export function parseTable(text: string, where = 'table'): TableRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const raw: { line: number; rec: Record<string, unknown> }[] = [];
  if (/^\s*[[{]/.test(body)) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (err) {
      throw new ParleyError('usage', `${where}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const list = Array.isArray(json) ? json : (json as { rows?: unknown }).rows;
    if (!Array.isArray(list)) throw new ParleyError('usage', `${where}: expected an array of rows or {"rows": [...]}`);
    list.forEach((r, i) => {
      if (typeof r !== 'object' || r === null) throw new ParleyError('usage', `${where}: row ${i + 1} is not an object`);
      raw.push({ line: i + 1, rec: r as Record<string, unknown> });
    });
  } else {
    const records = parseCsv(body);
    const header = records.shift();
    if (!header) throw new ParleyError('usage', `${where}: the file is empty`);
    const names = header.fields.map((h) => h.trim().toLowerCase());
    for (const r of records) {
      if (r.fields.length === 1 && r.fields[0]!.trim() === '') continue;
      const rec: Record<string, unknown> = {};
      names.forEach((n, i) => (rec[n] = r.fields[i] ?? ''));
      raw.push({ line: r.line, rec });
    }
  }
  return raw.map(({ line, rec }) => readRow(rec, `${where}: ${/^\s*[[{]/.test(body) ? 'row' : 'line'} ${line}`));
}

function readRow(rec: Record<string, unknown>, at: string): TableRow {
  const s = (k: string): string => (rec[k] === undefined || rec[k] === null ? '' : String(rec[k]).trim());
  for (const k of ['indicator', 'geo', 'period', 'value', 'unit']) {
    if (!s(k)) throw new ParleyError('usage', `${at}: "${k}" is missing`);
  }
  const period = canonicalPeriod(s('period'));
  if (!parsePeriod(period)) throw new ParleyError('usage', `${at}: period "${s('period')}" is not a year, half-year, quarter or month`);
  const num = (k: string): number => {
    const v = typeof rec[k] === 'number' ? (rec[k] as number) : Number(s(k));
    if (!Number.isFinite(v)) throw new ParleyError('usage', `${at}: ${k} "${s(k)}" is not a number`);
    return v;
  };
  const scale = s('scale') ? num('scale') : 1;
  const unit = s('unit');
  if (unit !== 'percent' && !/^[A-Z]{3}$/.test(unit)) throw new ParleyError('usage', `${at}: unit "${unit}" is not "percent" or an ISO 4217 code`);
  const geo = toIso2(s('geo')) ?? s('geo').toUpperCase();
  const partner = s('partner') ? toIso2(s('partner')) ?? s('partner').toUpperCase() : undefined;
  return {
    indicator: s('indicator'),
    geo,
    ...(partner && { partner }),
    period,
    value: num('value') * scale,
    unit,
    ...(s('source') && { source: s('source') }),
  };
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      out.push({ line: start, fields });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  if (field !== '' || fields.length) {
    fields.push(field);
    out.push({ line: start, fields });
  }
  return out;
}

/** The rows of a table for one indicator, geography (and partner) and unit, by period. */
export function tableSeries(
  table: StatsTable,
  q: { indicator: string; geo: string; partner?: string; unit: string | null },
): Map<string, TableRow> {
  const out = new Map<string, TableRow>();
  for (const r of table.rows) {
    if (r.indicator !== q.indicator || r.geo !== q.geo || (r.partner ?? null) !== (q.partner ?? null)) continue;
    if (q.unit !== null && r.unit !== q.unit) continue;
    out.set(r.period, r);
  }
  return out;
}
