/**
 * The corpus commands: add list show search speakers speaker claims review export stats.
 * Each parses its own options (node:util parseArgs, strict), opens the store (PGlite in the data
 * directory, locked; or PostgreSQL when DATABASE_URL is set), prints, and returns an exit code.
 * `--json` prints only JSON on stdout; messages go to stderr.
 */
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AnalyzeOptions } from '../analyze.js';
import { TECHNIQUES } from '../doc.js';
import { ParleyError } from '../errors.js';
import { outline } from '../export/outline.js';
import { openDb, storeLocation, type Store } from '../store/db.js';
import { findDocument, listDocuments } from '../store/documents.js';
import { repeatedClaims } from '../store/matching.js';
import { addReview, currentReviews, findClaim, listClaims, reviewHistory, VERDICTS, type Review } from '../store/reviews.js';
import { searchTurns, type LayerFilter } from '../store/search.js';
import { findOutlets, findSpeakers, listSpeakers, speakerProfile } from '../store/speakers.js';
import { corpusStats } from '../store/stats.js';

const { version: VERSION } = createRequire(import.meta.url)('../../package.json') as { version: string };

const COMMON = {
  json: { type: 'boolean' },
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const FILTERS = {
  speaker: { type: 'string' },
  outlet: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const STORE_NOTE = `The corpus lives in $PARLEY_DATA (default $XDG_DATA_HOME/parley or ~/.local/share/parley),
locked while a command runs, or on the PostgreSQL server named by $DATABASE_URL.
Common options: --json (JSON only on stdout), --data <dir> (instead of $PARLEY_DATA), -h/--help.`;

const HELP: Record<string, string> = {
  add: `parley add <path | folder | URL | ->... [options]
Analyse sources and store them in the corpus; folders are read recursively. The same bytes are
the same document: stored again by this version they are skipped, by another version replaced
(reviews are kept). Safe to interrupt and run again.
  -j, --jobs <n>          worker threads (default: the number of cores)
  --reanalyze             analyse and replace documents already stored by this version
  --dry-run               analyse only; store nothing (throughput check)
  -q, --quiet             no progress bar or summary
  --encoding <label>, --allow-private, --max-bytes <n>, --timeout <s>, --lexicon <dir>,
  --narratives <file>     as for "parley analyze"`,
  list: `parley list [--speaker <name>] [--outlet <name>] [--since <date>] [--until <date>] [--limit <n>]
The stored documents, newest first.`,
  show: `parley show <doc>
A document's outline, claims (with verdicts) and quantities. <doc> is its number, a prefix of its
sha256 or its URI. --json prints the export record (parley.corpus/1).`,
  search: `parley search "<query>" [filters] [--limit <n>] [--offset <n>]
Full-text search over turns, best first, with highlighted snippets. Query syntax: words,
"a phrase", or, -word.
  --speaker <name>  --outlet <name>  --since <date>  --until <date>  (dates YYYY, YYYY-MM or YYYY-MM-DD)
  --role <intro|question|answer>  --technique <name>  --narrative <id>  --has-quantity  --doc <doc>`,
  speakers: `parley speakers [--limit <n>]
Every speaker across the corpus: aliases, latest role, documents, words, claims.`,
  speaker: `parley speaker <name>
One speaker: roles over time, outlets, documents, techniques in their turns.`,
  claims: `parley claims [--repeated] [--doc <doc>] [--speaker <name>] [--reviewed | --unreviewed]
              [--verdict <v>] [--limit <n>]
Claims with their keys and current verdicts; --repeated groups the same claim made in several documents.`,
  review: `parley review <claim> --verdict <${VERDICTS.join('|')}> [--note <text>]
              [--source <URL>]... [--reviewer <name>]
Records a verdict (the history is kept; the latest is current). Without --verdict, prints the
claim's review history. <claim> is a claim key (or a prefix of 6+ digits) or <doc>#<index>.
The reviewer defaults to $PARLEY_REVIEWER, then the login name.`,
  export: `parley export --format <json|jsonl|csv|md|claimreview|w3c> [--doc <doc>]... [--reviewed]
Writes the corpus (or some documents) on stdout.
  json, jsonl    parley.corpus/1 records: the analysis, claims, verdicts, review history
  csv            one row per claim (UTF-8 with BOM, formula-safe); --layer <name> for another layer
  md             a readable report
  claimreview    schema.org ClaimReview JSON-LD per reviewed claim; needs --url <template with {key}>
                 (or $PARLEY_REVIEW_URL); --org <name> (or $PARLEY_ORG) and --org-url <URL> name the author
  w3c            W3C Web Annotation collection (TextQuote + TextPosition selectors in code points);
                 --layer <name> (default claims)
  --pretty       indent JSON`,
  stats: `parley stats [--top <n>]
Documents, words, claims, reviews, top speakers and outlets, techniques per speaker.`,
};

function usage(message: string): never {
  throw new ParleyError('usage', message);
}

function parse<O extends ParseArgsConfig['options']>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err);
    usage(`${command}: ${msg} (see "parley ${command} --help")`);
  }
}

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const json = (x: unknown) => process.stdout.write(`${JSON.stringify(x)}\n`);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const cut = (s: string, n: number) => ([...s].length <= n ? s : `${[...s].slice(0, n - 1).join('').trimEnd()}…`);
const num = (n: number) => n.toLocaleString('en');
/** "1 document", "2 documents". */
const count = (n: number, noun: string) => `${num(n)} ${noun}${n === 1 ? '' : 's'}`;

function positive(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) usage(`--${name} takes a positive whole number, not "${v}"`);
  return n;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as an inclusive lower or upper bound on YYYY-MM-DD. */
export function dateBound(name: string, v: string | undefined, upper: boolean): string | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m || (m[2] && (+m[2] < 1 || +m[2] > 12)) || (m[3] && (+m[3] < 1 || +m[3] > 31))) usage(`--${name} takes a date YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  if (m[3]) return v;
  if (m[2]) return upper ? `${v}-31` : `${v}-01`;
  return upper ? `${v}-12-31` : `${v}-01-01`;
}

async function openStore(command: string, argv: string[], data: string | undefined): Promise<Store> {
  const location = data !== undefined ? { dataDir: data } : storeLocation();
  return openDb({ ...location, command: ['parley', command, ...argv].join(' ').slice(0, 300) });
}

async function speakerKeys(db: Store, name: string | undefined): Promise<string[] | undefined> {
  if (name === undefined) return undefined;
  const found = await findSpeakers(db, name);
  if (!found.length) throw new ParleyError('unknown_ref', `no speaker "${name}" in the corpus (see "parley speakers")`);
  return found.flatMap((s) => s.keys);
}

async function outletKeys(db: Store, name: string | undefined): Promise<string[] | undefined> {
  if (name === undefined) return undefined;
  const found = await findOutlets(db, name);
  if (!found.length) throw new ParleyError('unknown_ref', `no outlet "${name}" in the corpus`);
  return found.flatMap((o) => o.keys);
}

/** Entry point: runs one corpus command with its arguments; returns the exit code. */
export async function run(command: string, argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${HELP[command] ?? ''}\n\n${STORE_NOTE}\n`);
    return 0;
  }
  switch (command) {
    case 'add':
      return add(argv);
    case 'list':
      return list(argv);
    case 'show':
      return show(argv);
    case 'search':
      return search(argv);
    case 'speakers':
      return speakers(argv);
    case 'speaker':
      return speaker(argv);
    case 'claims':
      return claims(argv);
    case 'review':
      return review(argv);
    case 'export':
      return exportCommand(argv);
    case 'stats':
      return stats(argv);
    default:
      return usage(`unknown command "${command}"`);
  }
}

async function withStore<T>(command: string, argv: string[], data: string | undefined, fn: (db: Store) => Promise<T>): Promise<T> {
  const db = await openStore(command, argv, data);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

// ---------------------------------------------------------------------------------------------

async function add(argv: string[]): Promise<number> {
  const { values, positionals } = parse('add', argv, {
    jobs: { type: 'string', short: 'j' },
    reanalyze: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    encoding: { type: 'string' },
    'allow-private': { type: 'boolean' },
    'max-bytes': { type: 'string' },
    timeout: { type: 'string' },
    lexicon: { type: 'string' },
    narratives: { type: 'string' },
  });
  if (!positionals.length) usage('add needs sources: files, folders, URLs or "-" (see "parley add --help")');
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0 || jobs > 256) usage(`--jobs takes a whole number from 0 to 256, not "${values.jobs}"`);
  }
  const maxBytes = positive('max-bytes', values['max-bytes']);
  const timeout = positive('timeout', values.timeout);
  const analyzeOptions = {
    ...(values.encoding !== undefined && { encoding: values.encoding }),
    ...(values.lexicon !== undefined && { lexicon: values.lexicon }),
    ...(values.narratives !== undefined && { narratives: values.narratives }),
  } as AnalyzeOptions;
  const { runAdd } = await import('./corpus-add.js');
  const opts = {
    version: VERSION,
    ...(jobs !== undefined && { jobs }),
    force: values.reanalyze ?? false,
    dryRun: values['dry-run'] ?? false,
    quiet: values.quiet ?? false,
    json: values.json ?? false,
    analyzeOptions,
    allowPrivate: values['allow-private'] ?? false,
    ...(maxBytes !== undefined && { maxBytes }),
    ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
  };
  if (opts.dryRun) return runAdd(undefined, positionals, opts);
  return withStore('add', argv, values.data, (db) => runAdd(db, positionals, opts));
}

async function list(argv: string[]): Promise<number> {
  const { values, positionals } = parse('list', argv, { ...FILTERS, limit: { type: 'string' } });
  if (positionals.length) usage(`list takes no arguments, got "${positionals[0]}"`);
  const limit = positive('limit', values.limit);
  const since = dateBound('since', values.since, false);
  const until = dateBound('until', values.until, true);
  return withStore('list', argv, values.data, async (db) => {
    const speakerK = await speakerKeys(db, values.speaker);
    const outletK = await outletKeys(db, values.outlet);
    const docs = await listDocuments(db, {
      ...(speakerK && { speakerKeys: speakerK }),
      ...(outletK && { outletKeys: outletK }),
      ...(since && { since }),
      ...(until && { until }),
      ...(limit && { limit }),
    });
    if (values.json) {
      json(docs);
      return 0;
    }
    if (!docs.length) {
      process.stderr.write('parley: no documents (add some with "parley add <files>")\n');
      return 0;
    }
    const rows = docs.map((d) => [
      String(d.id), d.published ?? '', cut(d.outlet ?? '', 24), cut(d.interviewee ?? '', 24), num(d.words), String(d.claims), String(d.reviewed), cut(squash(d.title ?? d.uri), 60),
    ]);
    table(['#', 'published', 'outlet', 'interviewee', 'words', 'claims', 'reviewed', 'title'], rows, [0, 4, 5, 6]);
    return 0;
  });
}

function table(header: string[], rows: string[][], right: number[] = []): void {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  out(line(header));
  for (const r of rows) out(line(r));
}

async function show(argv: string[]): Promise<number> {
  const { values, positionals } = parse('show', argv, {});
  if (positionals.length !== 1) usage('show takes one document: its number, sha256 prefix or URI');
  return withStore('show', argv, values.data, async (db) => {
    const ref = await findDocument(db, positionals[0]!);
    const { buildRecords } = await import('./corpus-export.js');
    const [record] = await buildRecords(db, { docIds: [ref.id] });
    if (!record) throw new ParleyError('unknown_ref', `no document "${positionals[0]}"`);
    if (values.json) {
      json(record);
      return 0;
    }
    const doc = record.doc;
    out(`Document ${record.id} · sha256 ${record.sha256.slice(0, 12)} · ${record.uri} · parley ${record.parley_version}`);
    out(outline(doc));
    out('');
    if (doc.claims === undefined) out('Claims: this analysis has no claims layer.');
    else {
      out(`Claims (${record.claims.length})`);
      for (const c of record.claims) {
        const verdict = c.review ? ` [${c.review.verdict}]` : '';
        const who = c.speaker ? ` ${c.speaker}:` : '';
        out(`  ${c.key}  #${c.index}${verdict}${who} “${cut(squash(c.quote), 140)}”`);
      }
    }
    for (const o of record.orphaned_reviews) out(`  (review of words no longer a claim) [${o.verdict}] “${cut(squash(o.quote), 120)}”`);
    out('');
    if (doc.quantities === undefined) out('Quantities: this analysis has no quantities layer.');
    else {
      out(`Quantities (${doc.quantities.length})`);
      for (const q of doc.quantities) {
        const extra = [q.kind, q.approx !== 'exact' ? q.approx : '', q.when ?? '', q.of ? `of ${q.of}` : ''].filter(Boolean).join(', ');
        out(`  “${squash(doc.text.slice(q.start, q.end))}” = ${q.value} ${q.unit}${extra ? ` (${extra})` : ''}`);
      }
    }
    return 0;
  });
}

const ROLES = ['intro', 'question', 'answer'];

async function search(argv: string[]): Promise<number> {
  const { values, positionals } = parse('search', argv, {
    ...FILTERS,
    role: { type: 'string' },
    technique: { type: 'string' },
    narrative: { type: 'string' },
    'has-quantity': { type: 'boolean' },
    doc: { type: 'string', multiple: true },
    limit: { type: 'string' },
    offset: { type: 'string' },
  });
  const query = positionals.join(' ').trim();
  if (!query) usage('search needs a query, e.g. parley search "gas transit"');
  if (values.role !== undefined && !ROLES.includes(values.role)) usage(`--role takes ${ROLES.join(', ')}, not "${values.role}"`);
  if (values.technique !== undefined && !(TECHNIQUES as readonly string[]).includes(values.technique)) {
    usage(`--technique takes one of ${TECHNIQUES.join(', ')}, not "${values.technique}"`);
  }
  const limit = positive('limit', values.limit) ?? 20;
  const offset = values.offset === undefined ? 0 : Number(values.offset);
  if (!Number.isInteger(offset) || offset < 0) usage(`--offset takes a whole number, not "${values.offset}"`);
  const since = dateBound('since', values.since, false);
  const until = dateBound('until', values.until, true);
  const layers: LayerFilter[] = [];
  if (values.technique) layers.push({ layer: 'techniques', attr: 'technique', value: values.technique });
  if (values.narrative) layers.push({ layer: 'narratives', attr: 'narrative', value: values.narrative });
  if (values['has-quantity']) layers.push({ layer: 'quantities' });
  return withStore('search', argv, values.data, async (db) => {
    const docIds = values.doc ? await Promise.all(values.doc.map(async (d) => (await findDocument(db, d)).id)) : undefined;
    const speakerK = await speakerKeys(db, values.speaker);
    const outletK = await outletKeys(db, values.outlet);
    const hits = await searchTurns(db, query, {
      ...(speakerK && { speakerKeys: speakerK }),
      ...(outletK && { outletKeys: outletK }),
      ...(since && { since }),
      ...(until && { until }),
      ...(values.role && { role: values.role }),
      ...(docIds && { docIds }),
      layers,
      limit,
      offset,
    });
    if (values.json) {
      json(hits);
      return 0;
    }
    if (!hits.length) {
      process.stderr.write(`parley: no turn matches "${query}"\n`);
      return 0;
    }
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    const [on, off] = color ? ['\x1b[1m', '\x1b[22m'] : ['**', '**'];
    hits.forEach((h, i) => {
      const who = [h.role, h.speaker].filter(Boolean).join(' · ');
      const where = [h.outlet, h.published].filter(Boolean).join(', ');
      out(`${offset + i + 1}. [doc ${h.doc} · turn ${h.turn}${who ? ` · ${who}` : ''}] ${cut(squash(h.title ?? h.uri), 70)}${where ? ` — ${where}` : ''}`);
      let s = '';
      let at = 0;
      for (const [a, b] of h.highlights) {
        s += h.snippet.slice(at, a) + on + h.snippet.slice(a, b) + off;
        at = b;
      }
      out(`   ${s + h.snippet.slice(at)}`);
    });
    return 0;
  });
}

async function speakers(argv: string[]): Promise<number> {
  const { values, positionals } = parse('speakers', argv, { limit: { type: 'string' } });
  if (positionals.length) usage(`speakers takes no arguments (did you mean "parley speaker ${positionals.join(' ')}"?)`);
  const limit = positive('limit', values.limit);
  return withStore('speakers', argv, values.data, async (db) => {
    const list = await listSpeakers(db, limit ? { limit } : {});
    if (values.json) {
      json(list);
      return 0;
    }
    for (const s of list) {
      const aka = s.aliases.length ? ` (also ${s.aliases.join(', ')})` : '';
      const role = s.role ? ` — ${s.role}` : '';
      const span = s.first ? ` · ${s.first}${s.last && s.last !== s.first ? `…${s.last}` : ''}` : '';
      out(`${s.name}${aka}${role} · ${count(s.documents, 'document')} · ${count(s.words, 'word')} · ${count(s.claims, 'claim')}${span}`);
    }
    return 0;
  });
}

async function speaker(argv: string[]): Promise<number> {
  const { values, positionals } = parse('speaker', argv, {});
  const name = positionals.join(' ').trim();
  if (!name) usage('speaker needs a name, e.g. parley speaker "Viktor Dremov"');
  return withStore('speaker', argv, values.data, async (db) => {
    const found = await findSpeakers(db, name);
    if (!found.length) throw new ParleyError('unknown_ref', `no speaker "${name}" in the corpus (see "parley speakers")`);
    if (found.length > 1) usage(`several speakers match "${name}": ${found.map((s) => s.name).join(', ')}; give the full name`);
    const p = await speakerProfile(db, found[0]!.id);
    if (!p) throw new ParleyError('unknown_ref', `no speaker "${name}"`);
    if (values.json) {
      json(p);
      return 0;
    }
    out(`${p.name}${p.aliases.length ? ` (also ${p.aliases.join(', ')})` : ''}`);
    out(`${count(p.documents, 'document')} · ${count(p.turns, 'turn')} · ${count(p.words, 'word')} · ${count(p.claims, 'claim')}`);
    if (p.roles.length) {
      out('Roles:');
      for (const r of p.roles) out(`  ${r.role}: ${r.from ?? '?'}${r.to && r.to !== r.from ? ` to ${r.to}` : ''} (${r.documents} document${r.documents === 1 ? '' : 's'})`);
    }
    if (p.outlets.length) out(`Outlets: ${p.outlets.map((o) => `${o.name} (${o.documents})`).join(', ')}`);
    if (p.techniques.length) out(`Techniques: ${p.techniques.map((t) => `${t.technique} ${t.count}`).join(', ')}`);
    out('Documents:');
    for (const d of p.documentList) out(`  ${d.id}  ${d.published ?? '          '}  ${cut(squash(d.title ?? ''), 70)}${d.outlet ? ` — ${d.outlet}` : ''}`);
    return 0;
  });
}

async function claims(argv: string[]): Promise<number> {
  const { values, positionals } = parse('claims', argv, {
    repeated: { type: 'boolean' },
    doc: { type: 'string', multiple: true },
    speaker: { type: 'string' },
    reviewed: { type: 'boolean' },
    unreviewed: { type: 'boolean' },
    verdict: { type: 'string' },
    limit: { type: 'string' },
  });
  if (positionals.length) usage(`claims takes no arguments, got "${positionals[0]}"`);
  if (values.reviewed && values.unreviewed) usage('--reviewed and --unreviewed exclude each other');
  if (values.verdict !== undefined && !(VERDICTS as readonly string[]).includes(values.verdict)) usage(`--verdict takes ${VERDICTS.join(', ')}, not "${values.verdict}"`);
  const limit = positive('limit', values.limit);
  return withStore('claims', argv, values.data, async (db) => {
    const docIds = values.doc ? await Promise.all(values.doc.map(async (d) => (await findDocument(db, d)).id)) : undefined;
    const speakerK = await speakerKeys(db, values.speaker);
    if (values.repeated) {
      let groups = await repeatedClaims(db, speakerK ? { speakerKeys: speakerK } : {});
      if (docIds) groups = groups.filter((g) => g.claims.some((c) => docIds.includes(c.doc)));
      if (limit) groups = groups.slice(0, limit);
      if (values.json) {
        json(groups);
        return 0;
      }
      if (!groups.length) process.stderr.write('parley: no claim is made in more than one document\n');
      for (const g of groups) {
        out(`Group ${g.id} — ${count(g.documents, 'document')}, ${count(g.claims.length, 'claim')}`);
        for (const c of g.claims) out(`  ${c.published ?? '????-??-??'}  ${c.key}  doc ${c.doc}  ${c.speaker ?? '?'}: “${cut(squash(c.quote), 110)}”`);
      }
      return 0;
    }
    const current = await currentReviews(db, docIds ? { docIds } : {});
    const verdictOf = new Map(current.filter((c) => c.claim).map((c) => [c.claim!.key, c.review]));
    let list = await listClaims(db, { ...(docIds && { docIds }), ...(speakerK && { speakerKeys: speakerK }) });
    if (values.reviewed || values.verdict) list = list.filter((c) => verdictOf.has(c.key));
    if (values.unreviewed) list = list.filter((c) => !verdictOf.has(c.key));
    if (values.verdict) list = list.filter((c) => verdictOf.get(c.key)?.verdict === values.verdict);
    if (limit) list = list.slice(0, limit);
    if (values.json) {
      json(list.map((c) => ({ ...c, review: verdictOf.get(c.key) ?? null })));
      return 0;
    }
    for (const c of list) {
      const v = verdictOf.get(c.key);
      out(`${c.key}  doc ${c.doc} #${c.idx}${v ? `  [${v.verdict}]` : ''}  ${c.speaker ?? '?'}: “${cut(squash(c.quote), 120)}”`);
    }
    return 0;
  });
}

function reviewLine(r: Review): string {
  const extra = [r.note ? `“${squash(r.note)}”` : '', ...r.sources].filter(Boolean).join(' · ');
  return `${r.created_at}  ${r.verdict.padEnd(12)} ${r.reviewer}${extra ? ` — ${extra}` : ''}`;
}

async function review(argv: string[]): Promise<number> {
  const { values, positionals } = parse('review', argv, {
    verdict: { type: 'string' },
    note: { type: 'string' },
    source: { type: 'string', multiple: true },
    reviewer: { type: 'string' },
  });
  if (positionals.length !== 1) usage('review takes one claim: its key (or 6+ leading digits) or <doc>#<index>');
  if (values.verdict === undefined && (values.note !== undefined || values.source !== undefined)) usage('--note and --source need --verdict');
  if (values.verdict !== undefined && !(VERDICTS as readonly string[]).includes(values.verdict)) usage(`--verdict takes ${VERDICTS.join(', ')}, not "${values.verdict}"`);
  const reviewer = values.reviewer ?? process.env.PARLEY_REVIEWER ?? safeUser();
  return withStore('review', argv, values.data, async (db) => {
    const claim = await findClaim(db, positionals[0]!);
    if (values.verdict !== undefined) {
      const r = await addReview(db, claim, { verdict: values.verdict, note: values.note ?? null, sources: values.source ?? [], reviewer });
      if (values.json) json({ claim, review: r });
      else out(`${claim.key}: ${r.verdict} (${r.reviewer}, ${r.created_at}) — “${cut(squash(claim.quote), 100)}”`);
      return 0;
    }
    const history = await reviewHistory(db, claim.key);
    if (values.json) {
      json({ claim, history });
      return 0;
    }
    out(`${claim.key}  doc ${claim.doc} #${claim.idx}  ${claim.speaker ?? '?'}: “${squash(claim.quote)}”`);
    if (!history.length) out('  not reviewed');
    for (const r of history) out(`  ${reviewLine(r)}`);
    return 0;
  });
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse('export', argv, {
    format: { type: 'string' },
    doc: { type: 'string', multiple: true },
    reviewed: { type: 'boolean' },
    layer: { type: 'string' },
    url: { type: 'string' },
    org: { type: 'string' },
    'org-url': { type: 'string' },
    pretty: { type: 'boolean' },
  });
  if (positionals.length) usage(`export takes no arguments (use --doc <doc>), got "${positionals[0]}"`);
  const { EXPORT_FORMATS, runExport } = await import('./corpus-export.js');
  const format = values.format ?? (values.json ? 'json' : undefined);
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) usage(`--format takes ${EXPORT_FORMATS.join(', ')}${format ? `, not "${format}"` : ''}`);
  if (values.layer !== undefined && !/^[a-z_]+$/.test(values.layer)) usage(`--layer takes a layer name such as claims or quantities, not "${values.layer}"`);
  const urlTemplate = values.url ?? process.env.PARLEY_REVIEW_URL;
  if (urlTemplate !== undefined && !/^https?:\/\/\S+$/i.test(urlTemplate)) usage(`--url takes an http(s) URL template, not "${urlTemplate}"`);
  const organisation = values.org ?? process.env.PARLEY_ORG;
  return withStore('export', argv, values.data, async (db) => {
    const docIds = values.doc ? await Promise.all(values.doc.map(async (d) => (await findDocument(db, d)).id)) : undefined;
    return runExport(db, {
      format: format as (typeof EXPORT_FORMATS)[number],
      ...(docIds && { docIds }),
      reviewed: values.reviewed ?? false,
      ...(values.layer !== undefined && { layer: values.layer }),
      ...(urlTemplate !== undefined && { urlTemplate }),
      ...(organisation !== undefined && { organisation }),
      ...(values['org-url'] !== undefined && { organisationUrl: values['org-url'] }),
      pretty: values.pretty ?? false,
    });
  });
}

async function stats(argv: string[]): Promise<number> {
  const { values, positionals } = parse('stats', argv, { top: { type: 'string' } });
  if (positionals.length) usage(`stats takes no arguments, got "${positionals[0]}"`);
  const top = positive('top', values.top) ?? 10;
  return withStore('stats', argv, values.data, async (db) => {
    const s = await corpusStats(db, { top });
    if (values.json) {
      json(s);
      return 0;
    }
    out(`${count(s.documents, 'document')} · ${count(s.words, 'word')} · ${count(s.turns, 'turn')} · ${count(s.claims, 'claim')} (${num(s.repeated_claims)} repeated across documents)`);
    out(`${count(s.reviews, 'review')} of ${count(s.reviewed_claims, 'claim')}: ${Object.entries(s.verdicts).filter(([, n]) => n).map(([v, n]) => `${v} ${n}`).join(', ') || 'none'}`);
    out(`${count(s.speakers, 'speaker')} · ${count(s.outlets, 'outlet')}${s.first_published ? ` · published ${s.first_published} to ${s.last_published}` : ''}`);
    const layers = Object.entries(s.layers);
    if (layers.length) out(`Layers: ${layers.map(([l, n]) => `${l} ${num(n)}`).join(', ')}`);
    if (s.top_speakers.length) {
      out('Top speakers:');
      for (const t of s.top_speakers) out(`  ${t.name} — ${count(t.documents, 'document')}, ${count(t.words, 'word')}, ${count(t.claims, 'claim')}`);
    }
    if (s.top_outlets.length) out(`Top outlets: ${s.top_outlets.map((o) => `${o.name} (${o.documents})`).join(', ')}`);
    if (s.techniques_by_speaker.length) {
      out('Techniques per speaker:');
      for (const t of s.techniques_by_speaker) out(`  ${t.name}: ${t.techniques.map((x) => `${x.technique} ${x.count}`).join(', ')}`);
    }
    return 0;
  });
}
