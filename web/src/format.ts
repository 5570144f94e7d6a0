/** Formatting helpers: numbers, dates, quantities, labels, and safe links. */
import type { Quantity } from './types.js';
import { VERDICT_LABELS } from './types.js';

const intFmt = new Intl.NumberFormat('en');

export function num(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? intFmt.format(n) : '–';
}

/** "2025-10-14" → "14 Oct 2025"; partial dates stay as written. */
export function date(d: string | null | undefined): string {
  if (!d) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  const dt = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const dt = new Date(iso);
  if (Number.isNaN(dt.getTime())) return iso;
  return dt.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "loaded_language" → "Loaded language". */
export function label(id: string | null | undefined): string {
  if (!id) return '–';
  const s = id.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function verdictLabel(v: string | null | undefined): string {
  return v ? (VERDICT_LABELS[v] ?? label(v)) : 'Unreviewed';
}

export function score(s: number | null | undefined): string {
  return typeof s === 'number' ? s.toFixed(2) : '–';
}

/** Score band for colouring: high ≥ 0.7, mid ≥ 0.45, low below. */
export function band(s: number | null | undefined): 'high' | 'mid' | 'low' {
  if (typeof s !== 'number') return 'low';
  return s >= 0.7 ? 'high' : s >= 0.45 ? 'mid' : 'low';
}

const UNIT_NAMES: Record<string, [string, string]> = {
  percent: ['%', '%'],
  percentage_point: [' percentage point', ' percentage points'],
  basis_point: [' basis point', ' basis points'],
  count: ['', ''],
  year: [' year', ' years'],
  month: [' month', ' months'],
  day: [' day', ' days'],
  tonne: [' tonne', ' tonnes'],
  cubic_metre: [' cubic metre', ' cubic metres'],
  barrel: [' barrel', ' barrels'],
  kilometre: [' km', ' km'],
  metre: [' m', ' m'],
  square_kilometre: [' km²', ' km²'],
  hectare: [' hectare', ' hectares'],
  watt: [' W', ' W'],
  watt_hour: [' Wh', ' Wh'],
};

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 2_700_000_000 → [2.7, 'billion']; small values stay as they are. */
function scale(value: number): [number, string] {
  for (const [f, w] of SCALES) if (Math.abs(value) >= f) return [value / f, w];
  return [value, ''];
}

/** A readable, normalised quantity: "€2.7 billion", "64%", "4,500 tonnes". */
export function quantityValue(q: Pick<Quantity, 'value' | 'unit'>): string {
  const { value, unit } = q;
  if (/^[A-Z]{3}$/.test(unit)) {
    const [scaled, word] = scale(value);
    try {
      const money = new Intl.NumberFormat('en', { style: 'currency', currency: unit, minimumFractionDigits: 0, maximumFractionDigits: word ? 3 : 2 }).format(scaled);
      return word ? `${money} ${word}` : money;
    } catch {
      return `${new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(scaled)}${word ? ` ${word}` : ''} ${unit}`;
    }
  }
  const names = UNIT_NAMES[unit];
  const [scaled, word] = scale(value);
  const n = `${new Intl.NumberFormat('en', { maximumFractionDigits: word ? 3 : 4 }).format(scaled)}${word ? ` ${word}` : ''}`;
  if (names) return `${n}${value === 1 ? names[0] : names[1]}`;
  return `${n} ${unit.replace(/_/g, ' ')}`;
}

const APPROX: Record<string, string> = {
  exact: 'exactly',
  over: 'more than',
  under: 'less than',
  about: 'about',
  at_least: 'at least',
  up_to: 'up to',
};

export function approxLabel(a: string): string {
  return APPROX[a] ?? a;
}

/** Only http(s) URLs become links; anything else (javascript:, data:, …) is shown as text. */
export function safeHref(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** A document's display title: its title, else the last part of its URI. */
export function docTitle(d: { title?: string | null; uri?: string; id?: number }): string {
  if (d.title) return d.title;
  if (d.uri) {
    const tail = d.uri.split(/[\\/]/).filter(Boolean).pop();
    if (tail) return tail;
  }
  return d.id !== undefined ? `Document ${d.id}` : 'Untitled document';
}
