#!/usr/bin/env node
// Check-worthiness of the `claims` stage against CLEF CheckThat! data.
//
//   node scripts/eval/checkworthy.mjs          report on the held-out sets
//   node scripts/eval/checkworthy.mjs --fit    also refit the weights on the fit split and print them
//
// Fit split (the only data any weight or the threshold was chosen on):
//   CT24 English train (22,500 sentences).
// Reported, never tuned on:
//   CT24 English dev (1,032 sentences): F1 of the positive class, the official CT24 metric.
//   CT20-T5 held-out: the 10 latest of the 50 training debates (2017-04-30 … 2018-11-12), the
//     split the organisers' own baselines were scored on; MAP per debate, the official metric.
//   CT20-T5 no-overlap: the 46 debates whose sentences are not in CT24 train (the 2012/2016
//     presidential debates are, 20-75 %), as a larger second view.
// Each sentence is analysed alone: a Doc with one answer turn and one sentence. The quantities
// and entities stages run when dist/ has them (the lead's `npm run build`); otherwise their
// layers are empty and only the stage's own surface cues (digits, number words, capitals) fire.
// Human lines go to stdout, the last line is one JSON object with the figures.

import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = process.env.PARLEY_DATASETS ?? resolve(ROOT, '../shared/datasets');
const FIT = process.argv.includes('--fit');

// Published figures, for context. Only the CT20 baselines are on a split we also score.
const PUBLISHED = {
  ct24_dev: [
    { who: 'best system on the CT24 English *test* set (FactFinders, fine-tuned Llama-2); recalled from the CT24 overview (CEUR-WS Vol-3740 paper 24), not re-checked', f1: 0.802 },
  ],
  ct20_heldout: [
    { who: 'organisers\' n-gram baseline, same 10 latest debates (sshaar/clef2020-factchecking-task5 README)', map: 0.0946 },
    { who: 'organisers\' random baseline, same 10 latest debates (same README)', map: 0.0210 },
    { who: 'best system on the CT20-T5 *test* debates (NLP&IR@UNED, Bi-LSTM); recalled from the CT20 overview, not re-checked', map: 0.087 },
  ],
};

// ---------------------------------------------------------------- modules

const SRC_FILES = ['doc.ts', 'pipeline.ts', 'lexicon/claim-cues.ts', 'stages/claims.ts'];

/** claims from dist/ when it is newer than the sources, else transpiled from src/ into a temp dir. */
async function loadClaims() {
  const dist = join(ROOT, 'dist');
  const fresh = SRC_FILES.every((f) => {
    const js = join(dist, f.replace(/\.ts$/, '.js'));
    return existsSync(js) && statSync(js).mtimeMs >= statSync(join(ROOT, 'src', f)).mtimeMs;
  });
  if (fresh) {
    return { from: 'dist', ...(await importAll(dist)) };
  }
  const ts = (await import('typescript')).default;
  const out = mkdtempSync(join(tmpdir(), 'parley-checkworthy-'));
  try {
    for (const f of SRC_FILES) {
      const { outputText } = ts.transpileModule(readFileSync(join(ROOT, 'src', f), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: f,
      });
      const js = join(out, f.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(js), { recursive: true });
      writeFileSync(js, outputText);
    }
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    return { from: 'src (transpiled; dist/ missing or older)', ...(await importAll(out)) };
  } finally {
    // The modules are loaded; the files are no longer needed.
    rmSync(out, { recursive: true, force: true });
  }
}

async function importAll(dir) {
  const load = (f) => import(pathToFileURL(join(dir, f)).href);
  const [doc, pipeline, cues, stage] = await Promise.all(SRC_FILES.map((f) => load(f.replace(/\.ts$/, '.js'))));
  return { SCHEMA: doc.SCHEMA, runStages: pipeline.runStages, cues, stage };
}

/** A colleague's stage factory from dist/, or null when it is not built yet. */
async function loadDistStage(name) {
  const file = join(ROOT, 'dist/stages', `${name}.js`);
  if (!existsSync(file)) return null;
  try {
    const mod = await import(pathToFileURL(file).href);
    const factory = mod[name] ?? mod.default;
    return typeof factory === 'function' ? factory() : null;
  } catch (err) {
    console.log(`  ${name}: dist/stages/${name}.js failed to load (${err.message}); using an empty layer`);
    return null;
  }
}

// ---------------------------------------------------------------- data

function readCt24(file) {
  const lines = readFileSync(join(DATA, 'checkthat2024-t1-checkworthy-en', file), 'utf8').split('\n');
  const rows = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const [id, raw, label] = line.split('\t');
    const text = raw.length > 1 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
    rows.push({ id, text, gold: label.trim() === 'Yes' ? 1 : 0 });
  }
  return rows;
}

function readCt20() {
  const dir = join(DATA, 'checkthat2020-t5-debates-en/training');
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => ({
    debate: f.replace(/\.tsv$/, ''),
    rows: readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const [line, speaker, text, label] = l.split('\t');
      return { line: Number(line), speaker, text, gold: Number(label) === 1 ? 1 : 0 };
    }),
  }));
}

// ---------------------------------------------------------------- scoring

let upstreamFailures = 0;

function makeScorer({ SCHEMA, runStages, stage }, upstream, options) {
  const claimStage = stage.claims({ ...options, threshold: 0 });
  const featurize = stage.claimFeaturizer();
  const base = {
    schema: SCHEMA,
    source: { uri: 'eval', sha256: '', bytes: 0, encoding: 'utf-8', format: 'text' },
    meta: { title: null, interviewee: null, interviewee_role: null, interviewer: null, outlet: null, published: null, language: 'en', turn_convention: null },
    removed: [],
    diagnostics: [],
  };
  /** The bare-sentence Doc with whatever upstream layers could be computed (empty otherwise). */
  const prepare = (text) => {
    let doc = {
      ...base,
      text,
      turns: [{ role: 'answer', speaker: null, start: 0, end: text.length }],
      sentences: [{ start: 0, end: text.length, turn: 0 }],
    };
    if (upstream.length) doc = runStages(doc, upstream);
    if (upstream.length && doc.diagnostics.some((d) => d.severity === 'error')) upstreamFailures++;
    return { ...doc, quantities: doc.quantities ?? [], entities: doc.entities ?? [] };
  };
  return {
    score(text) {
      const doc = prepare(text);
      return claimStage.run(doc, { warn() {}, info() {}, error() {} })[0]?.score ?? 0;
    },
    features(text) {
      const doc = prepare(text);
      return featurize(text, { quantities: doc.quantities, entities: doc.entities, offset: 0 });
    },
  };
}

function f1At(items, threshold) {
  let tp = 0, fp = 0, fn = 0;
  for (const { score, gold } of items) {
    if (score >= threshold) gold ? tp++ : fp++;
    else if (gold) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, precision: p, recall: r };
}

/** Average precision as the CheckThat! scorer computes it: rank by score, ties in transcript order. */
function averagePrecision(items) {
  const ranked = items.map((it, i) => ({ ...it, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  const positives = ranked.reduce((n, it) => n + it.gold, 0);
  if (!positives) return 0;
  let hits = 0, sum = 0;
  ranked.forEach((it, k) => {
    if (it.gold) sum += ++hits / (k + 1);
  });
  return sum / positives;
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const r3 = (x) => Math.round(x * 1000) / 1000;

// ---------------------------------------------------------------- fitting

/** L2-regularised logistic regression by Newton's method; returns { bias, weights }. */
function fitLogistic(X, y, names, lambda = 1) {
  const d = names.length + 1;
  let w = new Array(d).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const g = new Array(d).fill(0);
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    for (let n = 0; n < X.length; n++) {
      const x = [1, ...X[n]];
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * x[j];
      const p = 1 / (1 + Math.exp(-z));
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        if (!x[j]) continue;
        g[j] += (p - y[n]) * x[j];
        for (let k = 0; k < d; k++) if (x[k]) H[j][k] += s * x[j] * x[k];
      }
    }
    for (let j = 1; j < d; j++) {
      g[j] += lambda * w[j];
      H[j][j] += lambda;
    }
    const step = solve(H, g);
    w = w.map((v, j) => v - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return { bias: w[0], weights: Object.fromEntries(names.map((k, j) => [k, w[j + 1]])) };
}

function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    if (Math.abs(M[c][c]) < 1e-12) M[c][c] = 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = M[r][c] / M[c][c];
      for (let j = c; j <= n; j++) M[r][j] -= k * M[c][j];
    }
  }
  return M.map((row, i) => row[n] / row[i]);
}

// ---------------------------------------------------------------- main

const mods = await loadClaims();
const { cues } = mods;
const quantities = await loadDistStage('quantities');
const entities = await loadDistStage('entities');
const upstream = [quantities, entities].filter(Boolean);
const layersUsed = {
  quantities: quantities ? 'dist/stages/quantities.js' : 'empty (stage not built); surface cues only',
  entities: entities ? 'dist/stages/entities.js' : 'empty (stage not built); surface cues only',
};
console.log(`claims stage: ${mods.from}`);
console.log(`quantities layer: ${layersUsed.quantities}`);
console.log(`entities layer: ${layersUsed.entities}`);

const ct24train = readCt24('CT24_checkworthy_english_train.tsv');
const ct24dev = readCt24('CT24_checkworthy_english_dev.tsv');
const ct20 = readCt20();
const trainTexts = new Set(ct24train.map((r) => r.text));
const overlap = (d) => d.rows.filter((r) => trainTexts.has(r.text)).length / d.rows.length;
const heldOut = ct20.slice(-10);
const noOverlap = ct20.filter((d) => overlap(d) < 0.05);

let options = {};
let threshold = cues.CLAIM_THRESHOLD;
let fitted = null;
if (FIT) {
  const scorer = makeScorer(mods, upstream, {});
  const names = [...cues.CLAIM_FEATURES];
  const X = ct24train.map((r) => {
    const f = scorer.features(r.text);
    return names.map((k) => f[k]);
  });
  const y = ct24train.map((r) => r.gold);
  // Entity types cannot be fitted without an entities layer: keep the hand-set weight.
  const handSet = entities ? [] : ['person', 'place'];
  const fitNames = names.filter((k) => !handSet.includes(k));
  const fitX = X.map((row) => row.filter((_, j) => !handSet.includes(names[j])));
  const { bias, weights } = fitLogistic(fitX, y, fitNames);
  const rounded = Object.fromEntries(names.map((k) => [k, handSet.includes(k) ? cues.CLAIM_WEIGHTS[k] : Math.round(weights[k] * 10) / 10]));
  options = { weights: rounded, bias: Math.round(bias * 10) / 10 };
  const fitScorer = makeScorer(mods, upstream, options);
  const trainScored = ct24train.map((r) => ({ score: fitScorer.score(r.text), gold: r.gold }));
  let best = { t: 0.5, f1: 0 };
  for (let t = 0.1; t <= 0.9001; t += 0.05) {
    const { f1 } = f1At(trainScored, t);
    if (f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1 };
  }
  threshold = best.t;
  fitted = { bias: options.bias, weights: rounded, threshold, train_f1: r3(best.f1), hand_set: handSet };
  console.log('\nfitted on CT24 train (paste into src/lexicon/claim-cues.ts):');
  for (const k of names) console.log(`  ${k}: ${rounded[k]},${handSet.includes(k) ? ' // hand-set' : ''}`);
  console.log(`  CLAIM_BIAS = ${options.bias}; CLAIM_THRESHOLD = ${threshold} (train F1 ${r3(best.f1)})`);
}

const scorer = makeScorer(mods, upstream, options);
const t0 = performance.now();
let words = 0;
const scoreRows = (rows) => rows.map((r) => {
  words += r.text.split(/\s+/).length;
  return { score: scorer.score(r.text), gold: r.gold };
});

const train = f1At(scoreRows(ct24train), threshold);
const dev = f1At(scoreRows(ct24dev), threshold);
const ct20Scored = ct20.map((d) => ({ debate: d.debate, items: scoreRows(d.rows) }));
const elapsed = (performance.now() - t0) / 1000;
const byName = new Map(ct20Scored.map((d) => [d.debate, d.items]));
const mapOf = (ds) => mean(ds.map((d) => averagePrecision(byName.get(d.debate))));
const f1Of = (ds) => f1At(ds.flatMap((d) => byName.get(d.debate)), threshold);

const heldMap = mapOf(heldOut);
const heldF1 = f1Of(heldOut);
const noOverlapMap = mapOf(noOverlap);

console.log(`\nthreshold ${threshold}${FIT ? ' (refitted)' : ' (src/lexicon/claim-cues.ts)'}`);
console.log(`CT24 train (fit split, for reference)  F1+ ${r3(train.f1)}  P ${r3(train.precision)}  R ${r3(train.recall)}`);
console.log(`CT24 dev   (held out)                  F1+ ${r3(dev.f1)}  P ${r3(dev.precision)}  R ${r3(dev.recall)}`);
for (const p of PUBLISHED.ct24_dev) console.log(`    published: F1+ ${p.f1}  ${p.who}`);
console.log(`CT20-T5 held-out, ${heldOut.length} debates          MAP ${r3(heldMap)}  F1+ ${r3(heldF1.f1)}  P ${r3(heldF1.precision)}  R ${r3(heldF1.recall)}`);
for (const p of PUBLISHED.ct20_heldout) console.log(`    published: MAP ${p.map}  ${p.who}`);
for (const d of heldOut) console.log(`    ${d.debate.padEnd(36)} AP ${r3(averagePrecision(byName.get(d.debate)))}  (${d.rows.filter((r) => r.gold).length} positive of ${d.rows.length})`);
console.log(`CT20-T5 no CT24 overlap, ${noOverlap.length} debates  MAP ${r3(noOverlapMap)}`);
if (upstreamFailures) console.log(`upstream stages reported errors on ${upstreamFailures} sentences (their layers were left empty there)`);
console.log(`speed: ${Math.round(words / elapsed).toLocaleString('en')} words/s (claims stage${upstream.length ? ' plus upstream stages' : ' alone'})`);

console.log(JSON.stringify({
  eval: 'checkworthy',
  claims_from: mods.from,
  layers: layersUsed,
  fit_on: 'CT24 English train',
  threshold,
  ct24_dev: { f1_pos: r3(dev.f1), precision: r3(dev.precision), recall: r3(dev.recall), n: ct24dev.length, published: PUBLISHED.ct24_dev },
  ct24_train: { f1_pos: r3(train.f1), note: 'fit split' },
  ct20_heldout: {
    debates: heldOut.map((d) => d.debate), map: r3(heldMap), f1_pos: r3(heldF1.f1),
    precision: r3(heldF1.precision), recall: r3(heldF1.recall), published: PUBLISHED.ct20_heldout,
  },
  ct20_no_overlap: { debates: noOverlap.length, map: r3(noOverlapMap) },
  words_per_second: Math.round(words / elapsed),
  upstream_failures: upstreamFailures,
  ...(fitted ? { fitted } : {}),
}));
