#!/usr/bin/env node
// How often the statistics check finds the right indicator, geography and period for a quantity
// (src/stats/match.ts with lexicon/indicators.json). No network: matching only.
//
//   node scripts/eval/stats-matching.mjs              # after `npm run build`
//   PARLEY_DIST=/some/dir node scripts/eval/...       # another compiled tree
//   node scripts/eval/stats-matching.mjs --verbose    # every item with its explanation or reason
//   node scripts/eval/stats-matching.mjs --pipeline   # also the seeds through the whole analysis
//
// Three sets:
// 1. examples: hand-written sentences in test/fixtures/stats/matching-examples.json (ours, written
//    for this check and used while developing it), each with the expected indicator/geo/period or
//    "none"; holdout: test/fixtures/stats/matching-holdout.json, the same kind of sentences written
//    after the matcher was finished and not used to tune it.
// 2. seeds: the quantities of the gold files in ../shared/gold (the seed interviews in
//    ../shared/corpus/seeds). Each gold quantity keeps its text/value/unit/approx/kind/of/when; its
//    span and turn are found in the seed text at run time (no seed text is stored in the project),
//    sentences are split naively, and the gold meta gives the publication date and the interviewee's
//    role. The checkable statistics and their expected matches are listed by gold index in
//    test/fixtures/stats/seed-expectations.json; every other gold quantity should get no match.
//    The seeds are scored twice: with the gold `of` (what is measured, as an annotator wrote it) and
//    with `of` removed (the sentence alone), since the quantities stage's own `of` is shorter.
// A checkable item is right when indicator, geography (and trade partner) and period all agree; a
// non-match that still decided them (no provider covers the pair) counts for matching, and
// "with a provider" says how many could also be fetched. Trade totals accept the two countries in
// either order.
// Prints human lines, then one JSON line of figures.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = process.env.PARLEY_DIST ?? join(root, 'dist');
const { matchQuantity } = await import(pathToFileURL(join(dist, 'stats', 'match.js')).href);
const { parseIndicators } = await import(pathToFileURL(join(dist, 'stats', 'indicators.js')).href);
const verbose = process.argv.includes('--verbose');
const shared = process.env.PARLEY_SHARED ?? join(root, '..', 'shared');
const lexicon = parseIndicators(JSON.parse(readFileSync(join(root, 'lexicon', 'indicators.json'), 'utf8')), 'lexicon/indicators.json');
const fixtures = join(root, 'test', 'fixtures', 'stats');

const SCHEMA = 'parley.analysis/1';
const emptyMeta = { title: null, interviewee: null, interviewee_role: null, interviewer: null, outlet: null, published: null, language: 'en', turn_convention: null };

function makeDoc(text, quantities, meta, turns) {
  return {
    schema: SCHEMA,
    source: { uri: 'eval', sha256: '', bytes: text.length, encoding: 'utf-8', format: 'text' },
    meta: { ...emptyMeta, ...meta },
    text,
    removed: [],
    diagnostics: [],
    turns: turns ?? [{ role: 'answer', speaker: null, start: 0, end: text.length }],
    quantities,
  };
}

/** Whitespace-tolerant search: the words of `needle` separated by any whitespace. */
function findLoose(text, needle, from = 0) {
  const words = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(words.join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Compares a result with an expectation; returns { ok, fields, provider, matched }. */
function score(result, exp) {
  const got = result.ok ? result.match : result.partial ?? {};
  if (exp === null) return { ok: !result.ok, matched: result.ok };
  const pairOk =
    exp.indicator === 'trade_goods_total' && exp.partner
      ? new Set([got.geo, got.partner]).size === 2 && [got.geo, got.partner].sort().join() === [exp.geo, exp.partner].sort().join()
      : got.geo === exp.geo && (got.partner ?? null) === (exp.partner ?? null);
  const fields = { indicator: got.indicator === exp.indicator, geo: pairOk, period: got.period === exp.period };
  return { ok: fields.indicator && fields.geo && fields.period, fields, provider: result.ok, matched: result.ok };
}

function describe(result) {
  if (result.ok) {
    const m = result.match;
    return `${m.indicator} ${m.geo}${m.partner ? `/${m.partner}` : ''} ${m.period} via ${m.provider}`;
  }
  const p = result.partial;
  return `no match: ${result.reason}${p?.indicator ? ` [decided ${p.indicator} ${p.geo ?? '?'}${p.partner ? `/${p.partner}` : ''} ${p.period ?? '?'}]` : ''}`;
}

function summarize(name, rows) {
  const checkable = rows.filter((r) => r.exp !== null);
  const others = rows.filter((r) => r.exp === null);
  const right = checkable.filter((r) => r.s.ok).length;
  const field = (f) => checkable.filter((r) => r.s.fields[f]).length;
  const withProvider = checkable.filter((r) => r.s.ok && r.s.provider).length;
  const falseMatches = others.filter((r) => r.s.matched).length;
  const out = {
    checkable: checkable.length,
    right,
    indicator: field('indicator'),
    geo: field('geo'),
    period: field('period'),
    with_provider: withProvider,
    others: others.length,
    false_matches: falseMatches,
  };
  console.log(
    `${name}: ${right}/${checkable.length} checkable statistics right (indicator ${out.indicator}, geography ${out.geo}, period ${out.period}; ${withProvider} with a provider that has them); ` +
      `${falseMatches} of ${others.length} other quantities wrongly matched`,
  );
  return out;
}

// ---------------------------------------------------------------------------
// 1. our examples

function runExamples(file, name) {
  const examples = JSON.parse(readFileSync(join(fixtures, file), 'utf8')).examples;
  const rows = [];
  for (const ex of examples) {
    const at = ex.text.indexOf(ex.quantity.text);
    if (at < 0) throw new Error(`${file}: "${ex.quantity.text}" is not in "${ex.text}"`);
    const q = {
      start: at, end: at + ex.quantity.text.length, turn: 0, sentence: -1,
      value: ex.quantity.value, unit: ex.quantity.unit, approx: ex.quantity.approx ?? 'exact',
      kind: ex.quantity.kind ?? 'level', of: ex.quantity.of ?? null, when: ex.quantity.when ?? null,
    };
    const doc = makeDoc(ex.text, [q], ex.meta ?? {});
    const result = matchQuantity(doc, 0, { lexicon });
    const exp = ex.expect === 'none' ? null : ex.expect;
    const s = score(result, exp);
    rows.push({ exp, s });
    if (verbose || !s.ok) console.log(`${s.ok ? '  ok ' : '  XX '} [${name}] ${ex.quantity.text} in "${ex.text}" — ${describe(result)}${exp ? ` (expected ${exp.indicator} ${exp.geo}${exp.partner ? `/${exp.partner}` : ''} ${exp.period})` : ' (expected none)'}`);
  }
  return summarize(name, rows);
}
const exSummary = runExamples('matching-examples.json', 'examples');
const holdoutSummary = runExamples('matching-holdout.json', 'holdout');

// ---------------------------------------------------------------------------
// 2. the seeds

const goldDir = join(shared, 'gold');
const corpusDir = join(shared, 'corpus');
const expectations = JSON.parse(readFileSync(join(fixtures, 'seed-expectations.json'), 'utf8')).seeds;
const seedRows = { with_of: [], sentence_only: [] };
if (!existsSync(goldDir)) {
  console.log(`seeds: skipped (${goldDir} not found)`);
} else {
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    const id = file.replace(/\.gold\.json$/, '');
    const text = readFileSync(join(corpusDir, gold.doc), 'utf8');
    // Turns: from each gold turn's first and last words, in order.
    const turns = [];
    let pos = 0;
    for (const t of gold.turns) {
      const a = findLoose(text, t.first, pos);
      if (!a) throw new Error(`${id}: turn start not found`);
      const b = findLoose(text, t.last, a.start) ?? a;
      turns.push({ role: t.role, speaker: t.speaker, start: a.start, end: b.end });
      pos = b.end;
    }
    const expected = new Map((expectations[id] ?? []).map((e) => [e.index, e]));
    for (const [i, e] of expected) {
      const g = gold.quantities[i];
      if (!g || g.value !== e.value || g.unit !== e.unit) throw new Error(`${id}: gold quantity ${i} is not the expected one (${e.value} ${e.unit}); update seed-expectations.json`);
    }
    // Place each gold quantity in its turn (searching after the previous one in the same turn).
    const placed = [];
    const after = new Map();
    for (const [i, g] of gold.quantities.entries()) {
      const turn = turns[g.turn];
      const from = Math.max(turn?.start ?? 0, after.get(g.turn) ?? 0);
      const span = findLoose(text, g.text, from) ?? findLoose(text, g.text, 0);
      if (!span) throw new Error(`${id}: quantity ${i} not found in the text`);
      after.set(g.turn, span.end);
      placed.push({ i, g, span });
    }
    placed.sort((a, b) => a.span.start - b.span.start || a.i - b.i);
    for (const mode of ['with_of', 'sentence_only']) {
      const quantities = placed.map(({ g, span }) => ({
        start: span.start, end: span.end, turn: g.turn, sentence: -1, value: g.value, unit: g.unit,
        approx: g.approx, kind: g.kind, of: mode === 'with_of' ? g.of : null, when: g.when,
      }));
      const doc = makeDoc(text, quantities, gold.meta, turns);
      for (const [k, { i }] of placed.entries()) {
        const result = matchQuantity(doc, k, { lexicon });
        const e = expected.get(i);
        const exp = e ? { indicator: e.indicator, geo: e.geo, partner: e.partner, period: e.period } : null;
        const s = score(result, exp);
        seedRows[mode].push({ exp, s });
        if (verbose || !s.ok) {
          console.log(`${s.ok ? '  ok ' : '  XX '} [${mode}] ${id}#${i} ${exp ? `expected ${exp.indicator} ${exp.geo}${exp.partner ? `/${exp.partner}` : ''} ${exp.period}` : '(not checkable)'} — ${describe(result)}`);
          if (verbose && result.ok) console.log(`        ${result.match.explanation.join(' | ')}`);
        }
      }
    }
  }
}
// 3. optional: the seeds through the whole pipeline (--pipeline): the quantities and entities stages
//    find the quantities, `of` and `when`; each checkable gold quantity is paired with the pipeline
//    quantity that overlaps it. Depends on those stages, so it is not the headline figure.
const pipelineRows = [];
if (process.argv.includes('--pipeline') && existsSync(goldDir)) {
  const { analyze } = await import(pathToFileURL(join(dist, 'analyze.js')).href);
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    const id = file.replace(/\.gold\.json$/, '');
    const doc = await analyze(join(corpusDir, gold.doc));
    const used = new Set();
    for (const e of expectations[id] ?? []) {
      const g = gold.quantities[e.index];
      // The gold text, searched in the pipeline's cleaned text (whitespace-tolerant), in order.
      let span = null;
      let from = 0;
      for (;;) {
        const hit = findLoose(doc.text, g.text, from);
        if (!hit) break;
        span = hit;
        const k = (doc.quantities ?? []).findIndex((q) => q.start < hit.end && hit.start < q.end && !used.has(q));
        if (k >= 0) break;
        from = hit.end;
      }
      const k = span ? (doc.quantities ?? []).findIndex((q) => q.start < span.end && span.start < q.end && !used.has(q)) : -1;
      const exp = { indicator: e.indicator, geo: e.geo, partner: e.partner, period: e.period };
      if (k < 0) {
        pipelineRows.push({ exp, s: { ok: false, fields: { indicator: false, geo: false, period: false }, provider: false, matched: false } });
        console.log(`  XX  [pipeline] ${id}#${e.index} — the quantities stage did not find it`);
        continue;
      }
      used.add(doc.quantities[k]);
      const result = matchQuantity(doc, k, { lexicon });
      const s = score(result, exp);
      pipelineRows.push({ exp, s });
      if (verbose || !s.ok) console.log(`${s.ok ? '  ok ' : '  XX '} [pipeline] ${id}#${e.index} expected ${exp.indicator} ${exp.geo}${exp.partner ? `/${exp.partner}` : ''} ${exp.period} — ${describe(result)}`);
    }
    for (const [k, q] of (doc.quantities ?? []).entries()) {
      if (used.has(q)) continue;
      const result = matchQuantity(doc, k, { lexicon });
      pipelineRows.push({ exp: null, s: score(result, null) });
      if (result.ok) console.log(`  XX  [pipeline] ${id} "${doc.text.slice(q.start, q.end)}" (not checkable) — ${describe(result)}`);
    }
  }
}
const pipeline = pipelineRows.length ? summarize('seeds, whole pipeline', pipelineRows) : undefined;

const seedWithOf = summarize('seeds, gold "of"', seedRows.with_of);
const seedSentence = summarize('seeds, sentence only', seedRows.sentence_only);

console.log(JSON.stringify({ eval: 'stats-matching', examples: exSummary, holdout: holdoutSummary, seeds_with_of: seedWithOf, seeds_sentence_only: seedSentence, ...(pipeline && { seeds_pipeline: pipeline }) }));
