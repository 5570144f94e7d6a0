#!/usr/bin/env node
// Value accuracy of parley's number reading on Microsoft Recognizers-Text's English number specs
// (shared/datasets/recognizers-text-number-specs-en; MIT; End is inclusive there).
//
//   node scripts/eval/quantities-recognizers.mjs            # after `npm run build`
//   PARLEY_DIST=/some/dir node scripts/eval/...             # another compiled tree
//
// The specs test a general number recogniser. parley reads the numbers that quantities in interviews are
// written with, so each model is scored on that subset (the rest is counted as out of scope, not as errors):
//   NumberModel       integers and decimals, non-negative, in digits (English separators) or English words,
//                     with scale words and abbreviations (thousand … trillion, k, M, bn, dozen, lakh, crore).
//                     Out of scope: fractions ("two thirds", "3/4", "half"), powers ("1e10", "1.1^23"),
//                     negatives, spoken decimals ("two hundred point five"), space-grouped digits ("1 234 567"),
//                     "N in M" / "N out of M" ratios, identifiers (IP addresses, phone numbers, "SCP-173": parley
//                     never reads ids or model numbers), "G" for giga ("5G" is a technology in news text), and
//                     cases the reference implementation itself marks NotSupported for .NET or NotSupportedByDesign.
//                     Scored with readNumbers(): each expected result must be found with the same value and an
//                     overlapping span.
//   PercentModel      "<number> percent/%", digits or words. Out of scope: "percent of 10" (the number after),
//                     negatives, URLs and bare "percent". Scored with readQuantities(): a percent quantity with
//                     the expected value.
//   NumberRangeModel  one-sided bounds ("more than 30" → over, "no less than 30" → at_least, "under 170" →
//                     under, "up to 700" → up_to) and two-ended ranges ("20 through 100", "1000-5000" → midpoint,
//                     about). Out of scope: two bounds joined by "and"/"but" ("greater than 100 and smaller than
//                     300"), ordinals, fractions and negatives as bounds, "N in M" ratios, "= 20" equalities. Scored with readNumbers():
//                     value and approx must both match.
//   OrdinalModel      every case contains an ordinal; we count the cases where readQuantities() reports no
//                     quantity overlapping an ordinal span (parley never reports ordinals as quantities).
// Prints human lines, then one JSON line of figures.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.PARLEY_DIST ?? join(here, '..', '..', 'dist');
const { readNumbers, readQuantities } = await import(pathToFileURL(join(dist, 'stages', 'quantities.js')).href);
const dataDir = process.env.RECOGNIZERS_DIR ?? join(here, '..', '..', '..', 'shared', 'datasets', 'recognizers-text-number-specs-en');
const load = (name) => JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8'));
const verbose = process.argv.includes('--verbose');
const same = (a, b) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const overlaps = (a0, a1, b0, b1) => a0 < b1 && b0 < a1;
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) : 'n/a');

// NumberModel ---------------------------------------------------------------------------------------------
const OUT_OF_SCOPE_TEXT = /[/^]|\d[eE][+-]?\d|\bpoint\b|\bnought\b|\bnaught\b|\bminus\b|\bnegative\b|\d \d{3}\b|\bout of\b|\bin\b|\bover\b|half|quarter|third|fourth|fifth|eighth|ninth|hundredth|thousandth|millionth|billionth|trillionth|\bdz|\bdoz/i;
let numIn = 0, numOk = 0, numCases = 0, numCasesOk = 0, numOut = 0;
const numOutWhy = { 'no number expected': 0, 'fraction/power/negative/spoken/ratio/space-grouped': 0, 'reference NotSupported': 0, identifier: 0 };
const numMissed = [];
for (const c of load('NumberModel')) {
  const results = c.Results ?? [];
  const inScope = results.length > 0 && results.every((r) => {
    const sub = r.Resolution?.subtype;
    const v = Number(r.Resolution?.value);
    return (sub === 'integer' || sub === 'decimal') && Number.isFinite(v) && v >= 0 && !OUT_OF_SCOPE_TEXT.test(r.Text);
  });
  const refFails = /dotnet/i.test(c.NotSupported ?? '') || c.NotSupportedByDesign;
  const identifier = /\d+\.\d+\.\d+|\+\d|\p{L}-\d|\dG\b|\d G\b/u.test(c.Input);
  if (!inScope || refFails || identifier) {
    numOut++;
    numOutWhy[!results.length ? 'no number expected' : !inScope ? 'fraction/power/negative/spoken/ratio/space-grouped' : refFails ? 'reference NotSupported' : 'identifier']++;
    continue;
  }
  numCases++;
  const got = readNumbers(c.Input);
  let all = true;
  for (const r of results) {
    numIn++;
    const want = Number(r.Resolution.value);
    const hit = got.find((g) => overlaps(g.start, g.end, r.Start, r.End + 1) && same(g.value, want));
    if (hit) numOk++;
    else {
      all = false;
      numMissed.push(`${JSON.stringify(c.Input)}: want ${want}, got ${JSON.stringify(got.map((g) => g.value))}`);
    }
  }
  if (all) numCasesOk++;
}

// PercentModel --------------------------------------------------------------------------------------------
let pctIn = 0, pctOk = 0, pctOut = 0;
const pctMissed = [];
for (const c of load('PercentModel')) {
  const r = c.Results?.[0];
  const raw = r?.Resolution?.value;
  if (!r || raw == null || !Number.isFinite(Number(String(raw).replace('%', ''))) || /^\s*per|minus|negative|http/i.test(r.Text)
    || c.Results.length !== 1) { pctOut++; continue; }
  pctIn++;
  const want = Number(String(raw).replace('%', ''));
  const got = readQuantities(c.Input).filter((q) => q.unit === 'percent');
  if (got.some((q) => same(q.value, want) && overlaps(q.start, q.end, r.Start, r.End + 1))) pctOk++;
  else pctMissed.push(`${JSON.stringify(c.Input)}: want ${want}%, got ${JSON.stringify(got.map((q) => q.value))}`);
}

// NumberRangeModel ----------------------------------------------------------------------------------------
function expectation(interval) {
  // "(30,)" over, "[30,)" at_least, "(,170)" under, "(,100]" up_to, "[20,30)" / "[a,b]" about midpoint
  const m = /^([[(])\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*([\])])$/.exec(interval);
  if (!m) return null;
  const [, open, lo, hi, close] = m;
  if (lo && !hi) return { value: Number(lo), approx: open === '(' ? 'over' : 'at_least' };
  if (!lo && hi) return { value: Number(hi), approx: close === ')' ? 'under' : 'up_to' };
  if (lo && hi && Number(lo) !== Number(hi)) return { value: (Number(lo) + Number(hi)) / 2, approx: 'about', two: true };
  return null;
}
let rngIn = 0, rngOk = 0, rngOut = 0;
const rngMissed = [];
for (const c of load('NumberRangeModel')) {
  const results = c.Results ?? [];
  if (results.length !== 1) { rngOut++; continue; }
  const r = results[0];
  const want = expectation(String(r.Resolution?.value ?? ''));
  const twoBounds = /\b(and|but)\b|,/.test(r.Text) && !/^between\b/i.test(r.Text.trim());
  if (!want || twoBounds || /th\b|\/|quarter|half|=|negative|minus|\bin\b/.test(r.Text) || /-\d/.test(String(r.Resolution?.value))) { rngOut++; continue; }
  rngIn++;
  const got = readNumbers(c.Input).filter((g) => overlaps(g.start, g.end, r.Start, r.End + 1));
  if (got.some((g) => same(g.value, want.value) && g.approx === want.approx)) rngOk++;
  else rngMissed.push(`${JSON.stringify(c.Input)}: want ${want.value} ${want.approx}, got ${JSON.stringify(got.map((g) => [g.value, g.approx]))}`);
}

// OrdinalModel --------------------------------------------------------------------------------------------
let ordIn = 0, ordOk = 0;
const ordWrong = [];
for (const c of load('OrdinalModel')) {
  const spans = (c.Results ?? []).filter((r) => r.TypeName === 'ordinal' || String(r.Resolution?.subtype ?? '').startsWith('ordinal'));
  if (!spans.length) continue;
  ordIn++;
  const got = readQuantities(c.Input);
  const bad = got.filter((q) => spans.some((r) => overlaps(q.start, q.end, r.Start, r.End + 1)));
  if (!bad.length) ordOk++;
  else ordWrong.push(`${JSON.stringify(c.Input)}: reported ${JSON.stringify(bad.map((q) => c.Input.slice(q.start, q.end)))}`);
}

console.log('Recognizers-Text English number specs (Microsoft, MIT), scored on the subset parley reads');
console.log(`  NumberModel       ${numOk}/${numIn} values right (${pct(numOk, numIn)}%), ${numCasesOk}/${numCases} cases fully right; ${numOut} cases out of scope`);
console.log(`                    out of scope: ${Object.entries(numOutWhy).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  PercentModel      ${pctOk}/${pctIn} right (${pct(pctOk, pctIn)}%); ${pctOut} out of scope`);
console.log(`  NumberRangeModel  ${rngOk}/${rngIn} value and approx right (${pct(rngOk, rngIn)}%); ${rngOut} out of scope`);
console.log(`  OrdinalModel      ${ordOk}/${ordIn} ordinal cases with no quantity reported on the ordinal (${pct(ordOk, ordIn)}%)`);
console.log('  Reference: these are Recognizers-Text\'s own unit tests; its .NET implementation passes them by');
console.log('  construction (cases it does not pass are marked NotSupported). No published figure applies to parley.');
if (verbose) {
  for (const [name, list] of [['number', numMissed], ['percent', pctMissed], ['range', rngMissed], ['ordinal', ordWrong]]) {
    for (const line of list) console.log(`    ${name} miss: ${line}`);
  }
}
console.log(JSON.stringify({
  dataset: 'recognizers-text-number-specs-en',
  number_value_acc: numIn ? +(numOk / numIn).toFixed(4) : null, number_n: numIn, number_cases_acc: numCases ? +(numCasesOk / numCases).toFixed(4) : null, number_out_of_scope: numOut,
  percent_acc: pctIn ? +(pctOk / pctIn).toFixed(4) : null, percent_n: pctIn,
  range_acc: rngIn ? +(rngOk / rngIn).toFixed(4) : null, range_n: rngIn,
  ordinal_not_reported: ordIn ? +(ordOk / ordIn).toFixed(4) : null, ordinal_n: ordIn,
}));
