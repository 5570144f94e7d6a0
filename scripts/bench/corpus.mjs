#!/usr/bin/env node
// Corpus benchmark: `parley add` of 1,000 generated interview-sized documents end to end (spawning
// the real CLI), into an embedded store and, when PARLEY_BENCH_DATABASE_URL or
// PARLEY_TEST_DATABASE_URL is set, into PostgreSQL (a fresh database that is dropped afterwards);
// the analysis alone (`add --dry-run`) through the same worker pool, for the ratio; then `search`
// latency p50/p95 over the stored corpus, in-process. Run after `npm run build`.
// Options: --docs <n> (default 1000), --queries <n> (default 300), --keep (keep .bench/corpus),
// --generate-only (write .bench/corpus and stop), --reuse (use .bench/corpus as it is when it holds
// --docs documents), --only <dry-run,embedded,postgres> (a comma-separated subset; the ratios need
// dry-run), --no-postgres (skip PostgreSQL even when a URL is set), --runs <n> (run each `add` n
// times, alternating, and report the median run: the machine may be shared).
// Each `add` goes into an empty corpus created just before by `parley list` (timed apart: on
// PGlite that is initdb, about 2.5 s); the figures "into a new corpus" count that time too.
// Prints human lines (with the load average, since other jobs skew the figures) and a final JSON line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(cli)) throw new Error('run "npm run build" first');
const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    queries: { type: 'string' },
    keep: { type: 'boolean' },
    'generate-only': { type: 'boolean' },
    reuse: { type: 'boolean' },
    only: { type: 'string' },
    'no-postgres': { type: 'boolean' },
    runs: { type: 'string' },
  },
});
const N = Number(values.docs ?? 1000);
const Q = Number(values.queries ?? 300);
const RUNS = Math.max(1, Number(values.runs ?? 1));
const only = new Set((values.only ?? 'dry-run,embedded,postgres').split(',').map((s) => s.trim()));
for (const o of only) if (!['dry-run', 'embedded', 'postgres'].includes(o)) throw new Error(`--only: unknown part "${o}"`);
const { analyzeBytes } = await import(join(root, 'dist', 'analyze.js'));
const words = (s) => (s.match(/\S+/g) ?? []).length;

// ---------------------------------------------------------------------------------------------
// Generate N documents from the English examples: each answer sentence splices the start of one
// example sentence onto the end of another, with most longer words swapped for others from the
// examples and every number changed, so that documents are distinct; each interviewee also repeats
// a few talking points word for word across their interviews (about 4% of sentences), so claim
// matching has real work. Questions come from the examples; names, outlets and dates vary.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.txt') && !f.includes('cyrillic'));
const questions = [];
const sentences = [];
for (const f of examples) {
  const doc = analyzeBytes({ uri: f, bytes: new Uint8Array(readFileSync(join(root, 'examples', f))) });
  const turns = doc.turns ?? [];
  for (const t of turns) if (t.role === 'question') questions.push(doc.text.slice(t.start, t.end).replace(/\s+/g, ' ').trim());
  for (const s of doc.sentences ?? []) {
    if (turns[s.turn]?.role !== 'answer') continue;
    const text = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    if (text.length > 30 && !/:\s/.test(text.slice(0, 40))) sentences.push(text);
  }
}
const vocabulary = [...new Set(sentences.join(' ').match(/\b[a-z]{5,}\b/g))];
const FIRST = ['Arvid', 'Beata', 'Casimir', 'Dagny', 'Emil', 'Freya', 'Goran', 'Hedda', 'Ivo', 'Jorunn', 'Kasper', 'Liv', 'Marek', 'Nora', 'Oskar', 'Petra', 'Rune', 'Sigrid', 'Tarmo', 'Ulla'];
const LAST = ['Aaltonen', 'Brandvold', 'Cerny', 'Dahlgren', 'Eskola', 'Falk', 'Grunwald', 'Holm', 'Ilves', 'Jansen', 'Kallas', 'Lindqvist', 'Moravec', 'Nyberg', 'Ostrowski'];
const OUTLETS = ['Northern Gazette', 'Baltic Courier', 'Harbour Ledger', 'Radio Norvik', 'Continental Review', 'Eastern Business Daily', 'The Morning Post of Tarsk', 'Vardanian Times', 'Lorvan Weekly', 'Kovaria Today', 'Eskeland Observer', 'Serravian Herald'];
const ROLES = ['Minister of Finance', 'Deputy Foreign Minister', 'Ambassador to Austria', 'Minister of Energy', 'Foreign Ministry spokesperson', 'Minister of Defence', 'Governor of the Central Bank', 'Trade Commissioner', 'Minister of Agriculture', 'Head of the Weather Service', 'Deputy Prime Minister', 'Minister of Transport'];
const CITIES = ['Tarsk', 'Velgrad', 'Solvik', 'Brenz', 'Vienna', 'Kaarnu', 'Dravnik', 'Vessby'];
const TOPICS = ['the budget', 'gas transit', 'sanctions', 'the grain harvest', 'the new pipeline', 'border talks', 'inflation', 'the fishing dispute', 'military exercises', 'the railway project'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function generate(i) {
  const rnd = mulberry32(i * 7919 + 17);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const interviewee = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const interviewer = `${pick(FIRST)} ${pick(LAST)}`;
  const outlet = OUTLETS[i % OUTLETS.length];
  const year = 2019 + (i % 7);
  const date = `${MONTHS[Math.floor(rnd() * 12)]} ${1 + Math.floor(rnd() * 28)}, ${year}`;
  const vary = (s) =>
    s
      .replace(/\d+(?:[.,]\d+)?/g, (m) => String(Math.max(1, Math.round(Number(m.replace(',', '')) * 10 ** (rnd() * 2 - 1) * (7 + rnd())))))
      .replace(/\b[a-z]{4,}\b/g, (w) => (rnd() < 0.45 ? pick(vocabulary) : w));
  const splice = () => {
    const a = pick(sentences).split(' ');
    const b = pick(sentences).split(' ');
    return [...a.slice(0, Math.ceil(a.length * (0.3 + rnd() * 0.3))), ...b.slice(Math.floor(b.length * (0.4 + rnd() * 0.2)))].join(' ');
  };
  // Each interviewee has a few talking points, repeated word for word across their interviews.
  const own = mulberry32(i % (FIRST.length * LAST.length));
  const points = Array.from({ length: 3 }, () => sentences[Math.floor(own() * sentences.length)]);
  const answer = () =>
    Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => (rnd() < 0.04 ? pick(points) : vary(splice()))).join(' ');
  const parts = [
    'Home | Politics | Interviews',
    `${interviewee}: “${vary(pick(sentences)).replace(/[“”"]/g, '').slice(0, 80)}”`,
    `By ${interviewer} | ${date}`,
    `${interviewee}, ${pick(ROLES)}, spoke to ${interviewer} of ${outlet} in ${pick(CITIES)} about ${pick(TOPICS)}. ${vary(splice())}`,
  ];
  let body = parts.join('\n\n');
  while (words(body) < 950) {
    body += `\n\n${interviewer}: ${vary(pick(questions)).replace(/^[^:]{1,30}:\s*/, '')}`;
    body += `\n\n${interviewee}: ${answer()}`;
  }
  body += `\n\nShare: Facebook | X | Telegram\n\n© ${year} ${outlet}. All rights reserved.\n`;
  return body;
}

const corpusDir = join(root, '.bench', 'corpus');
const existing = values.reuse && existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')) : [];
let totalWords = 0;
if (existing.length === N) {
  for (const f of existing) totalWords += words(readFileSync(join(corpusDir, f), 'utf8'));
  console.log(`reusing ${N} documents in ${corpusDir}, ${totalWords.toLocaleString('en')} words`);
} else {
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  for (let i = 0; i < N; i++) {
    const text = generate(i);
    totalWords += words(text);
    writeFileSync(join(corpusDir, `interview-${String(i).padStart(4, '0')}.txt`), text);
  }
  console.log(`generated ${N} documents, ${totalWords.toLocaleString('en')} words (${Math.round(totalWords / N)} per document), from ${sentences.length} sentences of ${examples.length} examples`);
}
if (values['generate-only']) process.exit(0);

// ---------------------------------------------------------------------------------------------

const load = () => loadavg().map((x) => +x.toFixed(2));
const out = { cores: availableParallelism(), documents: N, words: totalWords, load_before: load() };
console.log(`load average ${out.load_before.join(' ')} on ${out.cores} cores`);

/** Creates the corpus (the first command on a new store: PGlite's initdb, the migrations) with `parley list`; returns seconds. */
function createStore(env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'list', '--json'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`parley list exited ${r.status}: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

function addOnce(env, extra, create) {
  const createS = create ? createStore(env) : 0;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'add', '--json', '--quiet', ...extra, corpusDir], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`parley add exited ${r.status}: ${r.stderr}`);
  const s = JSON.parse(r.stdout.trim().split('\n').at(-1));
  const docs = s.added + s.replaced + s.analysed;
  return {
    // `parley add` into an existing (empty) corpus, end to end: process start, opening the store, closing it.
    wall_s: +wall.toFixed(2),
    docs_per_s: +(docs / wall).toFixed(1),
    words_per_s: Math.round(s.words / wall),
    // The command's own timing, without process start and store opening.
    inner_docs_per_s: s.documents_per_s,
    inner_words_per_s: s.words_per_s,
    // Into a new corpus: creating it first (measured apart, with `parley list`) counts too.
    ...(create && {
      create_s: +createS.toFixed(2),
      new_corpus_docs_per_s: +(docs / (wall + createS)).toFixed(1),
      new_corpus_words_per_s: Math.round(s.words / (wall + createS)),
    }),
  };
}

function report(label, res) {
  const runs = res.runs ? `; median of ${res.runs.length} runs: ${res.runs.map((r) => r.docs_per_s).join(', ')} documents/s` : '';
  const created = res.create_s !== undefined ? `; into a new corpus ${res.new_corpus_docs_per_s} documents/s, creating it took ${res.create_s.toFixed(1)} s` : '';
  console.log(`${label.padEnd(30)} ${res.docs_per_s} documents/s  ${res.words_per_s.toLocaleString('en')} words/s  (${res.wall_s.toFixed(1)} s end to end; inside the command ${res.inner_docs_per_s} documents/s${created}${runs})`);
}

/** Runs each part RUNS times, round-robin (so a burst of load elsewhere hits all parts alike); keeps the median run of each. */
function addAll(parts) {
  const results = new Map(parts.map((p) => [p.label, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const p of parts) {
      const env = p.env();
      try {
        results.get(p.label).push(addOnce(env, p.extra, p.create));
      } finally {
        p.cleanup?.(env);
      }
    }
  }
  const out = {};
  for (const p of parts) {
    const runs = results.get(p.label).sort((a, b) => a.docs_per_s - b.docs_per_s);
    const res = { ...runs[Math.floor((runs.length - 1) / 2)] };
    if (runs.length > 1) res.runs = runs;
    report(p.label, res);
    out[p.key] = res;
  }
  return out;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function searchLatency(label, location) {
  const { openDb } = await import(join(root, 'dist', 'store', 'db.js'));
  const { searchTurns } = await import(join(root, 'dist', 'store', 'search.js'));
  const { findSpeakers } = await import(join(root, 'dist', 'store', 'speakers.js'));
  const db = await openDb(location);
  try {
    const rnd = mulberry32(42);
    const pick = (a) => a[Math.floor(rnd() * a.length)];
    const speakers = await findSpeakers(db, FIRST[0]);
    const queries = Array.from({ length: Q }, (_, i) => {
      const kind = i % 5;
      if (kind === 0) return [pick(vocabulary), {}];
      if (kind === 1) return [`${pick(vocabulary)} ${pick(vocabulary)}`, {}];
      if (kind === 2) return [`"${pick(sentences).split(' ').slice(2, 4).join(' ')}"`, {}];
      if (kind === 3) return [pick(vocabulary), { role: 'answer', since: '2021-01-01', layers: [{ layer: 'quantities' }] }];
      return [pick(vocabulary), { speakerKeys: speakers.flatMap((s) => s.keys) }];
    });
    for (const [q, o] of queries.slice(0, 20)) await searchTurns(db, q, o);
    const times = [];
    let hits = 0;
    for (const [q, o] of queries) {
      const t0 = performance.now();
      hits += (await searchTurns(db, q, { ...o, limit: 20 })).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const res = { queries: Q, p50_ms: +percentile(times, 50).toFixed(1), p95_ms: +percentile(times, 95).toFixed(1), max_ms: +times.at(-1).toFixed(1), mean_hits: +(hits / Q).toFixed(1) };
    console.log(`${label.padEnd(30)} p50 ${res.p50_ms} ms  p95 ${res.p95_ms} ms  max ${res.max_ms} ms  (${Q} queries, ${res.mean_hits} hits each on average)`);
    return res;
  } finally {
    await db.destroy();
  }
}

// The PostgreSQL database of a run: created fresh, dropped afterwards.
const serverUrl = values['no-postgres'] ? undefined : (process.env.PARLEY_BENCH_DATABASE_URL ?? process.env.PARLEY_TEST_DATABASE_URL);
const pg = serverUrl && only.has('postgres') ? (await import('pg')).default : undefined;
let admin;
if (pg) {
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
}
const dbName = (i) => `parley_bench_${process.pid}_${i}`;
const dbUrl = (name) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};
// spawnSync blocks this thread, so databases are created ahead and dropped afterwards.
let dbCount = 0;
const made = [];
if (pg) for (let i = 0; i < RUNS; i++) {
  await admin.query(`create database ${dbName(i)}`);
  made.push(dbName(i));
}
const dataDirs = [];
const parts = [];
if (only.has('dry-run')) parts.push({ key: 'analysis_only', label: 'analysis only (--dry-run)', extra: ['--dry-run'], env: () => ({}) });
if (only.has('embedded')) {
  parts.push({
    key: 'embedded',
    label: 'add, embedded (PGlite)',
    extra: [],
    create: true,
    env: () => {
      const dir = mkdtempSync(join(tmpdir(), 'parley-bench-data-'));
      dataDirs.push(dir);
      return { PARLEY_DATA: dir, DATABASE_URL: '' };
    },
    // The last one is kept for the search latency.
    cleanup: (env) => (dataDirs.length < RUNS ? rmSync(env.PARLEY_DATA, { recursive: true, force: true }) : undefined),
  });
}
if (pg) parts.push({ key: 'postgres', label: 'add, PostgreSQL', extra: [], create: true, env: () => ({ DATABASE_URL: dbUrl(dbName(dbCount++)) }) });
else if (only.has('postgres')) console.log('PostgreSQL skipped: set PARLEY_BENCH_DATABASE_URL (or PARLEY_TEST_DATABASE_URL)');

try {
  Object.assign(out, addAll(parts));
  out.load_after = load();
  console.log(`load average ${out.load_after.join(' ')}`);
  for (const key of ['embedded', 'postgres']) {
    if (!out[key] || !out.analysis_only) continue;
    const r = out[key];
    const a = out.analysis_only;
    r.ratio_to_analysis = +(r.words_per_s / a.words_per_s).toFixed(2);
    r.inner_ratio_to_analysis = +(r.inner_words_per_s / a.inner_words_per_s).toFixed(2);
    if (r.create_s !== undefined) r.new_corpus_ratio_to_analysis = +(r.new_corpus_words_per_s / a.words_per_s).toFixed(2);
    const pct = (x) => `${Math.round(x * 100)}%`;
    console.log(
      `${key.padEnd(30)} ${pct(r.ratio_to_analysis)} of the analysis alone end to end, ${pct(r.inner_ratio_to_analysis)} inside the command` +
        (r.create_s !== undefined ? `, ${pct(r.new_corpus_ratio_to_analysis)} into a new corpus` : ''),
    );
  }
  if (out.embedded) out.embedded_search = await searchLatency('search, embedded', { dataDir: dataDirs.at(-1) });
  if (out.postgres) out.postgres_search = await searchLatency('search, PostgreSQL', { url: dbUrl(dbName(RUNS - 1)) });
} finally {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  for (const name of made) await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
  await admin?.end();
}
if (!values.keep) rmSync(join(root, '.bench', 'corpus'), { recursive: true, force: true });
console.log(JSON.stringify({ bench: 'corpus', ...out }));
