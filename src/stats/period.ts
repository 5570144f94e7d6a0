/**
 * Periods as parley writes them: "2024" (year), "2025-H1" (half-year), "2025-Q2" (quarter),
 * "2025-06" (month). Providers write them in other ways ("2024Q1", "2024M01", "2025-S1");
 * `canonicalPeriod` maps those onto the forms above.
 */
import type { Freq } from './types.js';

export interface Period {
  readonly year: number;
  /** A year, H half-year, Q quarter, M month. */
  readonly freq: 'A' | 'H' | 'Q' | 'M';
  /** 1-based half, quarter or month; 0 for a year. */
  readonly n: number;
}

/** Parses a period in any of the accepted spellings; null when it is not one. */
export function parsePeriod(s: string): Period | null {
  const t = s.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return { year: Number(m[1]), freq: 'A', n: 0 };
  m = /^(\d{4})-?[HS]([12])$/i.exec(t);
  if (m) return { year: Number(m[1]), freq: 'H', n: Number(m[2]) };
  m = /^(\d{4})-?Q([1-4])$/i.exec(t);
  if (m) return { year: Number(m[1]), freq: 'Q', n: Number(m[2]) };
  m = /^(\d{4})(?:-|M)(\d{2})$/i.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { year: Number(m[1]), freq: 'M', n: Number(m[2]) };
  return null;
}

/** Writes a period in parley's form. */
export function formatPeriod(p: Period): string {
  switch (p.freq) {
    case 'A':
      return String(p.year);
    case 'H':
      return `${p.year}-H${p.n}`;
    case 'Q':
      return `${p.year}-Q${p.n}`;
    case 'M':
      return `${p.year}-${String(p.n).padStart(2, '0')}`;
  }
}

/** A provider's period label in parley's form, or the label unchanged when it is not a period. */
export function canonicalPeriod(s: string): string {
  const p = parsePeriod(s);
  return p ? formatPeriod(p) : s;
}

const MONTHS_PER: Record<Period['freq'], number> = { A: 12, H: 6, Q: 3, M: 1 };

/** First and last month (1-12) a period covers. */
function monthRange(p: Period): [number, number] {
  const len = MONTHS_PER[p.freq];
  const first = p.freq === 'A' ? 1 : (p.n - 1) * len + 1;
  return [first, first + len - 1];
}

/**
 * The periods of frequency `freq` that make up `p`, in order, or null when `freq` is coarser
 * than `p` (a year cannot be split out of a half-year).
 * @example subPeriods(parsePeriod('2025-H1')!, 'M') // ['2025-01', …, '2025-06']
 */
export function subPeriods(p: Period, freq: Freq): string[] | null {
  const want = MONTHS_PER[freq];
  const have = MONTHS_PER[p.freq];
  if (want > have) return null;
  const [first, last] = monthRange(p);
  const out: string[] = [];
  for (let m = first; m <= last; m += want) {
    const n = freq === 'A' ? 0 : Math.floor((m - 1) / want) + 1;
    out.push(formatPeriod({ year: p.year, freq: freq === 'A' ? 'A' : freq, n }));
  }
  return out;
}

/** The same period one year earlier (year-on-year comparison). */
export function yearBefore(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/** Frequencies, finest last, that could answer a period of this kind. */
export function usableFreqs(p: Period): Freq[] {
  switch (p.freq) {
    case 'A':
      return ['A', 'Q', 'M'];
    case 'H':
      return ['Q', 'M'];
    case 'Q':
      return ['Q', 'M'];
    case 'M':
      return ['M'];
  }
}

/** The year of an ISO date "2025-09-22", or null. */
export function yearOf(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}
