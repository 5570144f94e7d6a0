import { MONTHS } from '../lexicon/months.js';

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const D = '(\\d{1,2})';
const Y = '(\\d{4})';
// Each pattern yields [day, month, year] group positions; month may be a name or a number.
const PATTERNS: readonly { re: RegExp; order: readonly ['d' | 'm' | 'y', 'd' | 'm' | 'y', 'd' | 'm' | 'y'] }[] = [
  { re: new RegExp(`\\b${Y}-(\\d{2})-(\\d{2})(?![\\d])`, 'u'), order: ['y', 'm', 'd'] },
  // September 22, 2025 / Sept. 22 2025
  { re: new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.?\\s+${D}(?:st|nd|rd|th)?,?\\s+${Y}\\b`, 'iu'), order: ['m', 'd', 'y'] },
  // 22 September 2025 / 22 de septiembre de 2025 / 22. September 2025 / 22 сентября 2025 г.
  { re: new RegExp(`(?<![\\d])${D}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?${Y}\\b`, 'iu'), order: ['d', 'm', 'y'] },
  // 22.09.2025 / 22/09/2025 (day first, as in most of the world)
  { re: new RegExp(`(?<![\\d.])${D}[./]${D}[./]${Y}(?![\\d])`, 'u'), order: ['d', 'm', 'y'] },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A date found in text: ISO YYYY-MM-DD and where it was. */
export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

/**
 * Finds the first full calendar date (day, month and year) written in a common
 * form in `text`, in en, es, fr, de, it, pt, ru or uk. Returns null if none.
 * @example findDate('Interview (September 22, 2025)')?.iso === '2025-09-22'
 */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parts: Record<string, string> = {};
    order.forEach((k, i) => (parts[k] = m[i + 1]!));
    const month = /^\d+$/.test(parts.m!) ? Number(parts.m) : MONTHS[parts.m!.toLowerCase()];
    const day = Number(parts.d);
    const year = Number(parts.y);
    if (!month || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) continue;
    if (!best || m.index < best.index) best = { iso: `${year}-${pad(month)}-${pad(day)}`, index: m.index, length: m[0].length };
  }
  return best;
}

/** Parses a machine date (ISO 8601 date or date-time) to YYYY-MM-DD, else tries findDate. */
export function parseDate(s: string): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return findDate(s)?.iso ?? null;
}
