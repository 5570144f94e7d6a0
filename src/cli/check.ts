import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Doc } from '../doc.js';
import { SCHEMA } from '../doc.js';
import { ParleyError } from '../errors.js';
import { DiskCache } from '../stats/cache.js';
import { countryName, isCountry } from '../stats/geo.js';
import { loadIndicators } from '../stats/indicators.js';
import { checkDoc } from '../stats/index.js';
import { loadTable } from '../stats/providers/table.js';
import { fmt } from '../stats/suggest.js';
import { CHECK_SCHEMA, PROVIDERS, type CheckReport, type Fetcher, type ProviderId, type QuantityCheck } from '../stats/types.js';

const HELP = `parley check — compare the statistics of an interview with official figures

Usage:
  parley check <source> [options]

<source> is what "parley analyze" reads (a file, an http(s) URL, "-"), or an analysis
saved with "parley analyze --json" (a .json file). Each quantity that matches an indicator
of lexicon/indicators.json (debt, deficit, unemployment, inflation, defence spending,
bilateral trade…) gets a suggestion — consistent, close, inconsistent or no data — with
the official value, its period and source. A suggestion for the reviewer, not a verdict.

Options:
  --offline              use cached responses only; no network
  --json                 print the report as JSON (${CHECK_SCHEMA})
  --pretty               indent the JSON
  --provider <list>      providers to use, in order: eurostat, worldbank, imf
                         (comma-separated or repeated; default all, in the mapping's order)
  --table <file>         a CSV or JSON table of official figures, used before the providers
  --all                  also list the quantities that matched nothing, with the reason
  --timeout <seconds>    network timeout per request (default 20)
  --cache-dir <dir>      where responses are cached (default $PARLEY_DATA/stats-cache,
                         else $XDG_DATA_HOME/parley/stats-cache, else ~/.local/share/parley/stats-cache)
  --indicators <file>    an indicator mapping replacing lexicon/indicators.json
  -h, --help             show this help

Checking a corpus claim by id ("parley check <claim-id>") is not available yet.
Exit codes: 0 checked (whatever the suggestions say); 2 usage; 3-7 as for analyze.
`;

const options = {
  offline: { type: 'boolean' },
  json: { type: 'boolean' },
  pretty: { type: 'boolean' },
  provider: { type: 'string', multiple: true },
  table: { type: 'string' },
  all: { type: 'boolean' },
  timeout: { type: 'string' },
  'cache-dir': { type: 'string' },
  indicators: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function usage(message: string): never {
  throw new ParleyError('usage', `${message} (see "parley check --help")`);
}

/** Test seams: where output goes and how URLs are fetched. */
export interface CheckIo {
  readonly stdout?: (s: string) => void;
  readonly stderr?: (s: string) => void;
  /** Replaces the safe network fetcher (tests). */
  readonly fetcher?: Fetcher;
  readonly now?: () => Date;
}

/** Entry point of `parley check`; returns the exit code. */
export async function run(command: string, argv: string[], io: CheckIo = {}): Promise<number> {
  const out = io.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => void process.stderr.write(s));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    usage(e instanceof Error ? e.message.replace(/\. To specify a positional.*$/s, '') : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(HELP);
    return 0;
  }
  if (positionals.length !== 1) usage(positionals.length ? `${command} takes one source, not ${positionals.length}` : `${command} needs a source: a file, a URL, "-" or an analysis .json`);
  const source = positionals[0]!;

  const providers: ProviderId[] = [];
  for (const p of (values.provider ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean)) {
    if (!(PROVIDERS as readonly string[]).includes(p) || p === 'table') usage(`--provider takes eurostat, worldbank or imf, not "${p}"`);
    if (!providers.includes(p as ProviderId)) providers.push(p as ProviderId);
  }
  let timeoutMs = 20_000;
  if (values.timeout !== undefined) {
    const n = Number(values.timeout);
    if (!Number.isFinite(n) || n <= 0) usage(`--timeout takes a positive number of seconds, not "${values.timeout}"`);
    timeoutMs = n * 1000;
  }
  let lexicon;
  if (values.indicators !== undefined) {
    try {
      lexicon = loadIndicators(values.indicators);
    } catch (e) {
      usage(`--indicators: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const table = values.table !== undefined ? loadTable(values.table) : null;

  const doc = await readDoc(source, timeoutMs);
  if (!doc.quantities) {
    err(`parley: ${source}: the analysis has no quantities layer, so there is nothing to check\n`);
  }
  let fetcher: Fetcher | null = null;
  if (!values.offline) {
    if (io.fetcher) fetcher = io.fetcher;
    else {
      const { safeFetcher } = await import('../stats/fetcher.js');
      fetcher = safeFetcher({ timeoutMs });
    }
  }
  const report = await checkDoc(doc, {
    offline: values.offline ?? false,
    fetcher,
    cache: new DiskCache(values['cache-dir'] ?? undefined),
    table,
    ...(providers.length && { providers }),
    ...(lexicon && { lexicon }),
    ...(io.now && { now: io.now }),
  });
  for (const n of report.notes) err(`parley: ${n}\n`);
  if (values.json) {
    const shown: CheckReport = values.all ? report : { ...report, checks: report.checks.filter((c) => c.match.ok) };
    out(`${JSON.stringify(shown, null, values.pretty ? 2 : undefined)}\n`);
  } else {
    out(formatReport(doc, report, values.all ?? false));
  }
  return 0;
}

/** A Doc from an analysis JSON file, or by analysing the source. */
async function readDoc(source: string, timeoutMs: number): Promise<Doc> {
  if (/\.json$/i.test(source) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    let raw: string;
    try {
      raw = readFileSync(source, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ParleyError(code === 'ENOENT' ? 'not_found' : 'unreadable', `${source}: ${code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      usage(`${source} is not valid JSON`);
    }
    const d = json as Partial<Doc> | null;
    if (!d || d.schema !== SCHEMA || typeof d.text !== 'string') usage(`${source} is not a parley analysis (expected "schema": "${SCHEMA}")`);
    return d as Doc;
  }
  if (source !== '-' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && /^(?:claim[:/#-])?[A-Za-z0-9_-]+[#:/]\d+$/.test(source)) {
    let exists = true;
    try {
      readFileSync(source);
    } catch {
      exists = false;
    }
    if (!exists) usage(`"${source}" looks like a claim id; checking corpus claims by id is not available yet — give the interview's file or URL`);
  }
  const { analyze } = await import('../analyze.js');
  return analyze(source, { allowPrivate: false, timeoutMs });
}

const STATUS_WORD: Record<string, string> = {
  consistent: 'consistent',
  close: 'close',
  inconsistent: 'INCONSISTENT',
  no_data: 'no data',
};

/** The human-readable report: one block per matched quantity. */
export function formatReport(doc: Doc, report: CheckReport, all: boolean): string {
  const lines: string[] = [];
  const total = doc.quantities?.length ?? 0;
  const matched = report.checks.filter((c) => c.match.ok);
  lines.push(`${report.source}: ${matched.length} of ${total} quantit${total === 1 ? 'y' : 'ies'} matched an official indicator`);
  lines.push('Suggestions for the reviewer to accept or reject, not verdicts.');
  for (const c of report.checks) {
    if (!c.match.ok && !all) continue;
    lines.push('', block(doc, c));
  }
  return `${lines.join('\n')}\n`;
}

function block(doc: Doc, c: QuantityCheck): string {
  const q = doc.quantities![c.quantity]!;
  const head = `"${c.text.replace(/\s+/g, ' ')}" (turn ${q.turn})`;
  if (!c.match.ok) {
    const p = c.match.partial;
    const decided = p?.indicator && p.geo ? ` [decided: ${p.indicator} · ${isCountry(p.geo) ? countryName(p.geo) : p.geo}${p.partner ? ` – ${countryName(p.partner)}` : ''}${p.period ? ` · ${p.period}` : ''}]` : '';
    return `${head}\n  no match: ${c.match.reason}${decided}`;
  }
  const m = c.match.match;
  const where = isCountry(m.geo) ? countryName(m.geo) : m.geo;
  const out = [head, `  ${m.label} · ${where}${m.partner ? ` – ${countryName(m.partner)}` : ''} · ${m.period === 'latest' ? 'latest' : m.period}`];
  const s = c.suggestion;
  if (s) {
    const rd = s.relative_difference === null ? '' : ` (${s.relative_difference > 0 ? '+' : ''}${(s.relative_difference * 100).toFixed(1)}%)`;
    out.push(`  ${STATUS_WORD[s.status]}${rd} — ${s.explanation}`);
    if (s.official) {
      const o = s.official;
      out.push(`  official: ${fmt(o.value, o.unit)}, ${o.period} · ${o.source_url}${o.page_url ? ` · ${o.page_url}` : ''}`);
      out.push(`  retrieved ${o.retrieved_at}${o.cached ? ' (from the cache)' : ''}`);
    }
  }
  out.push(`  why: ${m.explanation.join(' | ')}`);
  return out.join('\n');
}
