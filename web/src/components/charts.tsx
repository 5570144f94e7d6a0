/**
 * Charts as inline SVG, no chart library. Every chart is a <figure> with a caption, an SVG with
 * role="img" and a summary label, and the same figures as a table for screen readers and copying.
 */
import { label as pretty, num } from '../format.js';

export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#8c8c8c'];
export const OTHER = 'other';

export const VERDICT_COLORS: Record<string, string> = {
  true: '#2e7d32',
  mostly_true: '#7cb342',
  misleading: '#e0a100',
  false: '#c62828',
  unverifiable: '#757575',
};

/** Colours for a set of series keys, in order; `other` is grey. */
export function colorsFor(keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  for (const k of keys) out.set(k, k === OTHER ? '#b8b8b8' : PALETTE[i++ % (PALETTE.length - 1)]!);
  return out;
}

/** Keeps the `max - 1` largest series and folds the rest into `other`. */
export function topKeys(totals: Map<string, number>, max = 7): string[] {
  const sorted = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  if (sorted.length <= max) return sorted;
  return [...sorted.slice(0, max - 1), OTHER];
}

function niceMax(v: number): number {
  if (v <= 5) return Math.max(1, Math.ceil(v));
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function Legend({ keys, colors, labelOf = pretty }: { keys: readonly string[]; colors: Map<string, string>; labelOf?: (k: string) => string }) {
  return (
    <ul class="legend" aria-hidden="true">
      {keys.map((k) => (
        <li key={k}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" rx="2" fill={colors.get(k)} />
          </svg>
          {labelOf(k)}
        </li>
      ))}
    </ul>
  );
}

export interface BarRow {
  readonly label: string;
  readonly value: number;
  readonly color?: string;
  readonly href?: string;
}

/** Horizontal bars, one row per item, value written at the end of each bar. */
export function BarChart({ title, rows, unit = '', id }: { title: string; rows: readonly BarRow[]; unit?: string; id: string }) {
  const W = 560;
  const L = 170;
  const R = 48;
  const H = 26;
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  const height = rows.length * H + 8;
  return (
    <figure class="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      {rows.length === 0 ? (
        <p class="empty">Nothing to show yet.</p>
      ) : (
        <svg class="plot" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${num(r.value)}`).join(', ')}`}>
          {rows.map((r, i) => {
            const y = 4 + i * H;
            const w = max ? ((W - L - R) * r.value) / max : 0;
            return (
              <g key={r.label}>
                <text x={L - 8} y={y + H / 2} class="axis-label" text-anchor="end" dominant-baseline="middle">
                  {r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}
                </text>
                <rect x={L} y={y + 4} width={Math.max(w, r.value > 0 ? 2 : 0)} height={H - 8} rx="3" fill={r.color ?? PALETTE[0]}>
                  <title>{`${r.label}: ${num(r.value)}${unit}`}</title>
                </rect>
                <text x={L + w + 6} y={y + H / 2} class="value-label" dominant-baseline="middle">
                  {num(r.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <DataTable caption={title} head={['', 'count']} rows={rows.map((r) => [r.label, num(r.value)])} />
    </figure>
  );
}

export interface StackRow {
  readonly label: string;
  readonly parts: Readonly<Record<string, number>>;
}

/** Horizontal stacked bars: one row per item (a speaker), one colour per series (a technique). */
export function StackedBarChart({ title, rows, keys, id, labelOf = pretty }: { title: string; rows: readonly StackRow[]; keys: readonly string[]; id: string; labelOf?: (k: string) => string }) {
  const W = 560;
  const L = 150;
  const R = 40;
  const H = 28;
  const totals = rows.map((r) => keys.reduce((n, k) => n + (r.parts[k] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const colors = colorsFor(keys);
  const height = rows.length * H + 8;
  return (
    <figure class="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      {rows.length === 0 ? (
        <p class="empty">Nothing to show yet.</p>
      ) : (
        <>
          <Legend keys={keys} colors={colors} labelOf={labelOf} />
          <svg class="plot" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={`${title}, ${rows.length} rows; the table below has the figures`}>
            {rows.map((r, i) => {
              const y = 4 + i * H;
              let x = L;
              return (
                <g key={r.label}>
                  <text x={L - 8} y={y + H / 2} class="axis-label" text-anchor="end" dominant-baseline="middle">
                    {r.label.length > 20 ? `${r.label.slice(0, 19)}…` : r.label}
                  </text>
                  {keys.map((k) => {
                    const v = r.parts[k] ?? 0;
                    if (!v) return null;
                    const w = ((W - L - R) * v) / max;
                    const rect = (
                      <rect key={k} x={x} y={y + 4} width={w} height={H - 8} fill={colors.get(k)} stroke="#fff" stroke-width="1">
                        <title>{`${r.label} · ${labelOf(k)}: ${num(v)}`}</title>
                      </rect>
                    );
                    x += w;
                    return rect;
                  })}
                  <text x={x + 6} y={y + H / 2} class="value-label" dominant-baseline="middle">
                    {num(totals[i]!)}
                  </text>
                </g>
              );
            })}
          </svg>
        </>
      )}
      <DataTable
        caption={title}
        head={['', ...keys.map(labelOf), 'total']}
        rows={rows.map((r, i) => [r.label, ...keys.map((k) => num(r.parts[k] ?? 0)), num(totals[i]!)])}
      />
    </figure>
  );
}

export interface ColumnPoint {
  readonly label: string;
  readonly sublabel?: string;
  readonly parts: Readonly<Record<string, number>>;
  /** A second figure written under the column (claims per document), with its name in `noteLabel`. */
  readonly note?: number;
}

/** A step of 1, 2 or 5 × 10^k giving about `n` whole-number ticks up to `max`. */
function tickStep(max: number, n = 4): number {
  const raw = Math.max(1, max / n);
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return Math.max(1, m * p);
  return 10 * p;
}

/** Stacked columns over time (one per document, in date order), each with an optional figure under it. */
export function TimelineChart({ title, points, keys, id, noteLabel }: { title: string; points: readonly ColumnPoint[]; keys: readonly string[]; id: string; noteLabel?: string }) {
  const W = 640;
  const H = 250;
  const L = 36;
  const R = 12;
  const T = 14;
  const B = noteLabel ? 58 : 44;
  const colors = colorsFor(keys);
  const totals = points.map((p) => keys.reduce((n, k) => n + (p.parts[k] ?? 0), 0));
  const step = tickStep(Math.max(1, ...totals));
  const max = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const plotW = W - L - R;
  const plotH = H - T - B;
  const slot = points.length ? plotW / points.length : plotW;
  const bw = Math.min(56, slot * 0.6);
  const yOf = (v: number) => T + plotH - (plotH * v) / max;
  const showEvery = Math.max(1, Math.ceil(points.length / 8));
  const tickValues = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  return (
    <figure class="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      {points.length === 0 ? (
        <p class="empty">Nothing to show yet.</p>
      ) : (
        <>
          <Legend keys={keys} colors={colors} />
          <svg class="plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}, ${points.length} documents; the table below has the figures`}>
            {tickValues.map((t) => (
              <g key={t}>
                <line x1={L} x2={W - R} y1={yOf(t)} y2={yOf(t)} class="grid" />
                <text x={L - 6} y={yOf(t)} class="axis-label" text-anchor="end" dominant-baseline="middle">
                  {num(t)}
                </text>
              </g>
            ))}
            {points.map((p, i) => {
              const cx = L + slot * i + slot / 2;
              const x = cx - bw / 2;
              let acc = 0;
              return (
                <g key={`${p.label}-${i}`}>
                  {keys.map((k) => {
                    const v = p.parts[k] ?? 0;
                    if (!v) return null;
                    const y1 = yOf(acc + v);
                    const y0 = yOf(acc);
                    acc += v;
                    return (
                      <rect key={k} x={x} y={y1} width={bw} height={Math.max(0, y0 - y1)} fill={colors.get(k)} stroke="#fff" stroke-width="1">
                        <title>{`${p.label}${p.sublabel ? ` (${p.sublabel})` : ''} · ${pretty(k)}: ${num(v)}`}</title>
                      </rect>
                    );
                  })}
                  {totals[i]! > 0 && (
                    <text x={cx} y={yOf(totals[i]!) - 5} class="value-label" text-anchor="middle">
                      {num(totals[i]!)}
                    </text>
                  )}
                  {i % showEvery === 0 && (
                    <text x={cx} y={H - B + 18} class="axis-label" text-anchor="middle">
                      {p.label}
                    </text>
                  )}
                  {noteLabel && i % showEvery === 0 && (
                    <text x={cx} y={H - B + 36} class="axis-note" text-anchor="middle">
                      {`${num(p.note ?? 0)} ${noteLabel.toLowerCase()}`}
                    </text>
                  )}
                </g>
              );
            })}
            <line x1={L} x2={W - R} y1={yOf(0)} y2={yOf(0)} class="axis" />
          </svg>
        </>
      )}
      <DataTable
        caption={title}
        head={['document', ...keys.map(pretty), ...(noteLabel ? [noteLabel] : [])]}
        rows={points.map((p) => [`${p.label}${p.sublabel ? ` — ${p.sublabel}` : ''}`, ...keys.map((k) => num(p.parts[k] ?? 0)), ...(noteLabel ? [num(p.note ?? 0)] : [])])}
      />
    </figure>
  );
}

function DataTable({ caption, head, rows }: { caption: string; head: readonly string[]; rows: readonly (readonly string[])[] }) {
  if (!rows.length) return null;
  return (
    <details class="chart-data">
      <summary>Show the figures</summary>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j} class="num">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
