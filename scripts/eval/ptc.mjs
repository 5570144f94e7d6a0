#!/usr/bin/env node
// Scores the `techniques` stage on the Propaganda Techniques Corpus (SemEval-2020 Task 11, train part).
//
//   npm run build && node scripts/eval/ptc.mjs                 # held-out part
//   node scripts/eval/ptc.mjs --split tune --verbose          # the part cues may be tuned on
//   node scripts/eval/ptc.mjs --data DIR --dist DIR --lexicon DIR
//
// Split: the 371 train articles are divided by a hash of the article id (FNV-1a, 32 bit):
// hash % 10 < 3 is held out (~30%), the rest is the tuning part. The split was fixed before
// any held-out article was read; only the tuning part may be looked at when editing cues.
//
// SI (span identification) is scored as the task defines it (Da San Martino et al., EMNLP 2019,
// §5; SemEval-2020 Task 11 overview, §3): predicted spans S and gold spans T, per article,
//   P = Σ_{s∈S,t∈T} |s∩t|/|s| / |S|,   R = Σ_{s∈S,t∈T} |s∩t|/|t| / |T|,   F1 = 2PR/(P+R),
// summed over all articles before dividing. Overlapping predicted spans are merged first (the
// gold SI spans are merged the same way; the official scorer rejects overlapping submissions).
// Offsets are counted in code points, as the gold files are.
//
// TC (technique classification): for every gold technique span, predict one of the 14 PTC labels:
// the label of the predicted technique that overlaps the span most (ties: higher confidence);
// where no cue fires inside the span, the most frequent label of the tuning part. Micro-F1 over
// the gold spans, which equals accuracy because every span gets exactly one prediction.
//
// Prints human lines, then one JSON line.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));
const dataDir = resolve(args.data ?? '/work/shared/datasets/ptc-semeval2020-t11');
const distDir = resolve(args.dist ?? join(here, '..', '..', 'dist'));
const split = args.split ?? 'heldout';
const verbose = Boolean(args.verbose);
if (!['heldout', 'tune', 'all'].includes(split)) usage(`--split must be heldout, tune or all, not ${split}`);

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[a.slice(2)] = true;
    else { out[a.slice(2)] = next; i++; }
  }
  return out;
}
function usage(msg) {
  console.error(`ptc.mjs: ${msg}`);
  process.exit(2);
}

for (const f of ['stages/techniques.js', 'pipeline.js', 'lexicon/rhetoric.js']) {
  if (!existsSync(join(distDir, f))) usage(`${join(distDir, f)} is missing; run \`npm run build\` first or pass --dist`);
}
const { techniques } = await import(pathToFileURL(join(distDir, 'stages/techniques.js')).href);
const { runStages } = await import(pathToFileURL(join(distDir, 'pipeline.js')).href);
const { loadLexicon } = await import(pathToFileURL(join(distDir, 'lexicon/rhetoric.js')).href);

// parley label -> PTC label (PTC merges the rarer classes).
const TO_PTC = {
  loaded_language: 'Loaded_Language',
  name_calling: 'Name_Calling,Labeling',
  repetition: 'Repetition',
  exaggeration: 'Exaggeration,Minimisation',
  doubt: 'Doubt',
  appeal_to_fear: 'Appeal_to_fear-prejudice',
  flag_waving: 'Flag-Waving',
  causal_oversimplification: 'Causal_Oversimplification',
  slogans: 'Slogans',
  appeal_to_authority: 'Appeal_to_Authority',
  black_and_white: 'Black-and-White_Fallacy',
  thought_terminating_cliche: 'Thought-terminating_Cliches',
  whataboutism: 'Whataboutism,Straw_Men,Red_Herring',
  straw_man: 'Whataboutism,Straw_Men,Red_Herring',
  red_herring: 'Whataboutism,Straw_Men,Red_Herring',
  bandwagon: 'Bandwagon,Reductio_ad_hitlerum',
  reductio_ad_hitlerum: 'Bandwagon,Reductio_ad_hitlerum',
};

// Published test-set figures of SemEval-2020 Task 11 (Da San Martino et al., 2020, the task
// overview, results tables: SI ranked by F1, TC by micro-F1). They are on the official test set,
// which is not available here, so they frame our numbers rather than compare with them exactly.
// The team ranks are confirmed by the teams' own papers; the decimals were written down from the
// overview and could not be re-checked offline: verify them before quoting.
const PUBLISHED = {
  si_f1_best: { value: 0.5155, who: 'Hitachi (1st of 35 teams)' },
  si_f1_baseline: { value: 0.0035, who: 'organisers\' baseline' },
  tc_f1_best: { value: 0.6207, who: 'ApplicaAI (1st of 31 teams)' },
  tc_f1_baseline: { value: 0.2520, who: 'organisers\' baseline' },
};

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
const partOf = (id) => (fnv1a(id) % 10 < 3 ? 'heldout' : 'tune');

function readLabels(file, withTechnique) {
  const rows = [];
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = line.split('\t');
    rows.push(withTechnique
      ? { id: c[0], label: c[1], start: Number(c[2]), end: Number(c[3]) }
      : { id: c[0], start: Number(c[1]), end: Number(c[2]) });
  }
  return rows;
}

/** UTF-16 index -> code-point index, for texts with characters above U+FFFF. */
function codePointIndex(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { map[i + 1] = cp; i++; }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

function docOf(text) {
  const sentences = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length, turn: 0 });
  }
  return {
    schema: 'parley.analysis/1',
    source: { uri: 'ptc', sha256: '', bytes: text.length, encoding: 'utf-8', format: 'text' },
    meta: { title: null, interviewee: null, interviewee_role: null, interviewer: null, outlet: null, published: null, language: 'en', turn_convention: null },
    text, removed: [], diagnostics: [],
    turns: [{ role: 'answer', speaker: null, start: 0, end: text.length }],
    sentences,
  };
}

function merge(spans) {
  const s = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}
const inter = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const si = readLabels('train-task1-SI.labels', false);
const tc = readLabels('train-task2-TC.labels', true);
const articleIds = [...new Set([...si.map((r) => r.id), ...tc.map((r) => r.id)])];
// Articles without any annotation are in the folder too; take the ids from the file names.
for (const f of readdirSync(join(dataDir, 'train-articles'))) {
  const m = /^article(\d+)\.txt$/.exec(f);
  if (m && !articleIds.includes(m[1])) articleIds.push(m[1]);
}
articleIds.sort();
const ids = articleIds.filter((id) => split === 'all' || partOf(id) === split);

// Most frequent class of the tuning part: the fallback for spans where no cue fires.
const tuneCounts = new Map();
for (const r of tc) if (partOf(r.id) === 'tune') tuneCounts.set(r.label, (tuneCounts.get(r.label) ?? 0) + 1);
const mfc = [...tuneCounts].sort((a, b) => b[1] - a[1])[0][0];

const stage = techniques(args.lexicon ? { lexicon: loadLexicon(resolve(args.lexicon)) } : {});
let siPrecNum = 0, siRecNum = 0, siPred = 0, siGold = 0;
let tcN = 0, tcOk = 0, tcCovered = 0, tcCoveredOk = 0, mfcOk = 0;
let words = 0, ms = 0, flags = 0;
const perLabel = new Map(); // gold label -> { n, covered, ok }
const confusion = new Map();
const examples = [];
const byArticleSI = group(si);
const byArticleTC = group(tc);
function group(rows) {
  const m = new Map();
  for (const r of rows) { if (!m.has(r.id)) m.set(r.id, []); m.get(r.id).push(r); }
  return m;
}

for (const id of ids) {
  const text = readFileSync(join(dataDir, 'train-articles', `article${id}.txt`), 'utf8');
  const cp = codePointIndex(text);
  words += (text.match(/\S+/g) ?? []).length;
  const t0 = process.hrtime.bigint();
  const out = runStages(docOf(text), [stage]);
  ms += Number(process.hrtime.bigint() - t0) / 1e6;
  const crashed = out.diagnostics.find((d) => d.code.endsWith('/crashed'));
  if (crashed) throw new Error(`article ${id}: ${crashed.message}`);
  const pred = (out.techniques ?? []).map((t) => ({ start: cp(t.start), end: cp(t.end), label: TO_PTC[t.technique], technique: t.technique, confidence: t.confidence, rule: t.rule }));
  flags += pred.length;

  // SI
  const S = merge(pred);
  const T = (byArticleSI.get(id) ?? []).map((r) => ({ start: r.start, end: r.end }));
  siPred += S.length;
  siGold += T.length;
  for (const s of S) for (const t of T) {
    const x = inter(s, t);
    if (!x) continue;
    siPrecNum += x / (s.end - s.start);
    siRecNum += x / (t.end - t.start);
  }

  // TC
  for (const g of byArticleTC.get(id) ?? []) {
    tcN++;
    let best = null;
    let bestX = 0;
    for (const p of pred) {
      const x = inter(p, g);
      if (x > bestX || (x === bestX && x > 0 && p.confidence > best.confidence)) { best = p; bestX = x; }
    }
    const label = best ? best.label : mfc;
    const ok = label === g.label;
    const pl = perLabel.get(g.label) ?? { n: 0, covered: 0, ok: 0 };
    pl.n++;
    if (best) { pl.covered++; tcCovered++; if (ok) tcCoveredOk++; }
    if (ok) { pl.ok++; tcOk++; }
    if (g.label === mfc) mfcOk++;
    perLabel.set(g.label, pl);
    if (best) {
      const k = `${g.label} <- ${best.label}`;
      confusion.set(k, (confusion.get(k) ?? 0) + 1);
      if (verbose && !ok && examples.length < 20000) examples.push(`  wrong  ${g.label.padEnd(34)} got ${best.rule.padEnd(40)} «${[...text].slice(g.start, g.end).join('').replace(/\s+/g, ' ').slice(0, 100)}»`);
    } else if (verbose && examples.length < 20000) {
      examples.push(`  missed ${g.label.padEnd(34)} «${[...text].slice(g.start, g.end).join('').replace(/\s+/g, ' ').slice(0, 100)}»`);
    }
  }
}

const prf = (pn, pd, rn, rd) => {
  const p = pd ? pn / pd : 0;
  const r = rd ? rn / rd : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const SI = prf(siPrecNum, siPred, siRecNum, siGold);
const tcF1 = tcN ? tcOk / tcN : 0;
const f = (x) => x.toFixed(4);

console.log(`PTC SemEval-2020 T11 train, ${split} part: ${ids.length} articles, ${words} words, ${tcN} technique spans, ${siGold} SI spans`);
console.log(`  split: FNV-1a(article id) % 10 < 3 is held out; fallback class (most frequent in the tuning part): ${mfc}`);
console.log(`SI  span identification   P ${f(SI.p)}  R ${f(SI.r)}  F1 ${f(SI.f1)}   (${siPred} merged predicted spans from ${flags} flags)`);
console.log(`    published (test set): best ${PUBLISHED.si_f1_best.value} ${PUBLISHED.si_f1_best.who}; baseline ${PUBLISHED.si_f1_baseline.value}`);
console.log(`TC  technique classification micro-F1 ${f(tcF1)}   (cue fired on ${tcCovered}/${tcN} spans = ${f(tcCovered / (tcN || 1))}; accuracy where a cue fired ${f(tcCoveredOk / (tcCovered || 1))}; the rest get ${mfc})`);
console.log(`    most-frequent-class only on the same spans: ${f(mfcOk / (tcN || 1))}`);
console.log(`    published (test set): best ${PUBLISHED.tc_f1_best.value} ${PUBLISHED.tc_f1_best.who}; baseline ${PUBLISHED.tc_f1_baseline.value}`);
console.log('    per gold label: n, cue fired, correct');
for (const [label, v] of [...perLabel].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`      ${label.padEnd(36)} ${String(v.n).padStart(5)} ${String(v.covered).padStart(5)} ${String(v.ok).padStart(5)}`);
}
if (verbose) {
  console.log('    most frequent confusions (gold <- predicted), where a cue fired:');
  for (const [k, v] of [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`      ${String(v).padStart(4)}  ${k}`);
  for (const e of examples) console.log(e);
}
console.log(`speed: ${Math.round(words / (ms / 1000))} words/s through the techniques stage (${ms.toFixed(0)} ms)`);
console.log(JSON.stringify({
  dataset: 'ptc-semeval2020-t11/train', split, articles: ids.length, words,
  si_p: +f(SI.p), si_r: +f(SI.r), si_f1: +f(SI.f1),
  tc_micro_f1: +f(tcF1), tc_coverage: +f(tcCovered / (tcN || 1)), tc_acc_covered: +f(tcCoveredOk / (tcCovered || 1)),
  tc_mfc_only: +f(mfcOk / (tcN || 1)), tc_fallback: mfc,
  published_test: { si_f1_best: PUBLISHED.si_f1_best.value, si_f1_baseline: PUBLISHED.si_f1_baseline.value, tc_f1_best: PUBLISHED.tc_f1_best.value, tc_f1_baseline: PUBLISHED.tc_f1_baseline.value },
  words_per_s: Math.round(words / (ms / 1000)),
}));
