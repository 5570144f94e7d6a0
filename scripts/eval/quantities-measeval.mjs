#!/usr/bin/env node
// How well parley's quantities stage finds MeasEval's Quantity spans (SemEval-2021 Task 8), and, where the gold
// span is a single number with a unit parley knows, whether the value and unit agree.
//
//   node scripts/eval/quantities-measeval.mjs                 # trial split (default), after `npm run build`
//   node scripts/eval/quantities-measeval.mjs --split train   # the training split, for comparison
//   PARLEY_DIST=/some/dir node scripts/eval/...               # another compiled tree
//
// Split: MeasEval's test split is held out of shared/datasets; its "trial" split (65 paragraphs, 281 Quantity
// spans) is the one used for evaluation here and was not used to tune parley. "train" (248 paragraphs) can be
// scored too. MeasEval is scientific text (geology, chemistry, medicine), far from interviews: read the
// figures as a test of span and unit handling, not of the layer's purpose.
//
// Span metric: each predicted quantity may match one gold Quantity span it overlaps (greedy, in text order);
// precision = matched / predicted, recall = matched / gold (the overlap rule of MeasEval's own scorer, without
// its partial-credit weighting). Years are Quantities in MeasEval but never in parley, so recall is also
// reported without gold spans that are bare years (1900–2100).
// Value metric: over matched pairs whose gold text is one number (no range, list or tolerance) with a unit in
// parley's vocabulary (src/lexicon/units.ts) or a count, the share where parley's value is within 0.5% of the
// number times the unit's factor, and the share where the unit is also the same.
// Prints human lines, then one JSON line of figures.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.PARLEY_DIST ?? join(here, '..', '..', 'dist');
const { quantities } = await import(pathToFileURL(join(dist, 'stages', 'quantities.js')).href);
const { UNIT_PHRASES } = await import(pathToFileURL(join(dist, 'lexicon', 'units.js')).href);
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'trial';
const verbose = args.includes('--verbose');
const root = process.env.MEASEVAL_DIR ?? join(here, '..', '..', '..', 'shared', 'datasets', 'measeval-semeval2021-t8');
const textDir = join(root, split, existsSync(join(root, split, 'txt')) ? 'txt' : 'text');
const tsvDir = join(root, split, 'tsv');

// Naive sentence split that survives "Fig. 4", "et al.", "e.g." (parley's own sentences stage is not used here).
const ABBREV = /(?:\bFigs?|\bal|\be\.g|\bi\.e|\bca|\bapprox|\bNo|\bvs|\bEq|\bEqs|\bRef|\bref|\bc|\bcf|\bSect|\bTab|\bwt|\bvol|\bp|\bpp)\.$/;
function sentencesOf(text) {
  const out = [];
  let start = 0;
  const re = /[.!?]\s+(?=[A-Z(\[])/g;
  let m;
  while ((m = re.exec(text))) {
    if (ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    out.push({ start, end: m.index + 1, turn: 0 });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, turn: 0 });
  return out;
}

function readTsv(file) {
  const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const seen = new Map();
  for (const r of rows) {
    if (r[2] !== 'Quantity') continue;
    const key = `${r[3]}-${r[4]}`;
    if (seen.has(key)) continue;
    let other = {};
    try { other = r[7] ? JSON.parse(r[7]) : {}; } catch { /* malformed row: keep the span */ }
    seen.set(key, { start: Number(r[3]), end: Number(r[4]), text: r[6], unit: other.unit ?? null, mods: other.mods ?? [] });
  }
  return [...seen.values()];
}

// Gold unit → parley unit and factor, through parley's own phrase table (plus the count and percent cases).
function parleyUnit(goldUnit) {
  if (goldUnit === null) return { unit: 'count', factor: 1 };
  if (goldUnit === '%') return { unit: 'percent', factor: 1 };
  const words = goldUnit.trim().split(/\s+/);
  for (const p of UNIT_PHRASES) {
    const same = p.words.length === words.length && p.words.every((w, i) => (p.exact ? w === words[i] : w.toLowerCase() === words[i].toLowerCase()));
    if (same) return { unit: p.unit, factor: p.factor };
  }
  return null;
}
const NUMBER = /^[~∼≈]?\s*(\d[\d,]*(?:\.\d+)?)\s*(\S.*)?$/;
const sameValue = (a, b) => a === b || Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
const isYear = (q) => /^(?:1[89]|20)\d\d$/.test(q.text.trim());

const stage = quantities();
const reporter = { warn() {}, info() {}, error() {} };
let nGold = 0, nGoldNoYears = 0, nPred = 0, tp = 0, tpNoYears = 0, valN = 0, valOk = 0, unitOk = 0;
const misses = [], extras = [], wrongValues = [];
const files = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
for (const f of files) {
  const id = f.replace(/\.txt$/, '');
  const text = readFileSync(join(textDir, f), 'utf8');
  const gold = existsSync(join(tsvDir, `${id}.tsv`)) ? readTsv(join(tsvDir, `${id}.tsv`)) : [];
  const doc = {
    schema: 'parley.analysis/1', text, removed: [], diagnostics: [],
    source: { uri: f, sha256: '', bytes: text.length, encoding: 'utf-8', format: 'text' },
    meta: { title: null, interviewee: null, interviewee_role: null, interviewer: null, outlet: null, published: null, language: 'en', turn_convention: null },
    turns: [{ role: 'answer', speaker: null, start: 0, end: text.length }],
    sentences: sentencesOf(text),
  };
  const pred = stage.run(doc, reporter);
  nGold += gold.length;
  nGoldNoYears += gold.filter((g) => !isYear(g)).length;
  nPred += pred.length;
  const used = new Set();
  for (const g of gold) {
    const hit = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (hit < 0) {
      misses.push(`${id}: ${g.text}`);
      continue;
    }
    used.add(hit);
    tp++;
    if (!isYear(g)) tpNoYears++;
    const p = pred[hit];
    const m = NUMBER.exec(g.text.trim());
    const simple = m && !g.mods.some((x) => /IsRange|IsList|HasTolerance/.test(x)) && !/\d\s*[–—-]\s*\d|\band\b|\bto\b|±/.test(g.text);
    const target = simple ? parleyUnit(g.unit ?? (m[2] ? m[2] : null)) : null;
    if (simple && target && !(m[2] && g.unit === null)) {
      valN++;
      const want = Number(m[1].replace(/,/g, '')) * target.factor;
      if (sameValue(p.value, want)) {
        valOk++;
        if (p.unit === target.unit) unitOk++;
      } else wrongValues.push(`${id}: gold "${g.text}" = ${want} ${target.unit}; parley "${text.slice(p.start, p.end)}" = ${p.value} ${p.unit}`);
    }
  }
  pred.forEach((p, i) => { if (!used.has(i)) extras.push(`${id}: ${text.slice(p.start, p.end)}`); });
}

const prf = (t, np, ng) => {
  const p = np ? t / np : 0, r = ng ? t / ng : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const all = prf(tp, nPred, nGold);
const rNoYears = nGoldNoYears ? tpNoYears / nGoldNoYears : 0;
const f = (x) => (100 * x).toFixed(1);
console.log(`MeasEval (SemEval-2021 Task 8), ${split} split: ${files.length} paragraphs, ${nGold} gold Quantity spans, ${nPred} predicted`);
console.log(`  Quantity spans (overlap)   P ${f(all.p)}  R ${f(all.r)}  F1 ${f(all.f1)}   (recall without bare-year gold spans: ${f(rNoYears)})`);
console.log(`  value right                ${valOk}/${valN} (${valN ? f(valOk / valN) : 'n/a'}%) of matched single-number spans with a known unit; value and unit right ${unitOk}/${valN}`);
console.log('  Reference (not in shared/datasets/README.md, which gives no MeasEval figures): the task overview');
console.log('  (Harper et al., SemEval-2021) ranks systems by an overall overlap F1 over all span and relation types,');
console.log('  which is not comparable with a Quantity-only figure; e.g. UPB (arXiv 2104.04549) reports 36.91% overall on test.');
if (verbose) {
  for (const m of misses) console.log(`    missed: ${m}`);
  for (const e of extras) console.log(`    extra: ${e}`);
  for (const w of wrongValues) console.log(`    value: ${w}`);
}
console.log(JSON.stringify({
  dataset: 'measeval-semeval2021-t8', split, paragraphs: files.length, gold: nGold, predicted: nPred,
  span_p: +all.p.toFixed(4), span_r: +all.r.toFixed(4), span_f1: +all.f1.toFixed(4), span_r_without_years: +rNoYears.toFixed(4),
  value_n: valN, value_acc: valN ? +(valOk / valN).toFixed(4) : null, value_unit_acc: valN ? +(unitOk / valN).toFixed(4) : null,
}));
