#!/usr/bin/env node
// npm run bench: throughput of the analysis in-process, cold start of the CLI, peak memory on a
// 20 MB document, and wink-nlp reading the same text as a yardstick. Prints human lines and a
// final JSON line. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBytes } from '../../dist/analyze.js';
import { turns } from '../../dist/stages/turns.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = join(root, 'examples');
const files = readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).map((f) => join(examples, f));
const inputs = files.map((f) => ({ uri: f, bytes: new Uint8Array(readFileSync(f)) }));
const words = (s) => (s.match(/\S+/g) ?? []).length;
const out = {};

function throughput(label, stagesFor, seconds = 3) {
  // Warm up, then run over all examples until `seconds` have passed.
  for (const i of inputs) analyzeBytes(i, stagesFor());
  let bytes = 0, w = 0, n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (const i of inputs) {
      const doc = analyzeBytes(i, stagesFor());
      bytes += i.bytes.byteLength;
      w += words(doc.text);
      n++;
    }
  }
  const s = (performance.now() - t0) / 1000;
  const r = { mb_per_s: +(bytes / 1e6 / s).toFixed(2), words_per_s: Math.round(w / s), docs: n };
  console.log(`${label.padEnd(34)} ${r.mb_per_s.toFixed(2)} MB/s  ${r.words_per_s.toLocaleString('en')} words/s  (${n} documents)`);
  return r;
}

out.structure = throughput('ingest+clean+structure', () => ({ stages: [turns()] }));
out.full = throughput('full analysis (all layers)', () => ({}));

// Cold start of the CLI on a ~5,000-word HTML page.
const tmp = mkdtempSync(join(tmpdir(), 'parley-bench-'));
try {
  const para = readFileSync(join(examples, 'dash-ambassador.txt'), 'utf8')
    .split(/\n\s*\n/).filter((p) => p.length > 200).slice(0, 6);
  let body = '';
  let q = 0;
  while (words(body) < 5000) body += `<p><strong>Question ${++q}: how do you see it?</strong></p>\n` + para.map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><title>Bench interview</title></head><body><article><h1>Bench interview</h1>${body}</article></body></html>`;
  const page = join(tmp, 'page.html');
  writeFileSync(page, html);
  const cli = join(root, 'dist', 'cli', 'main.js');
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'analyze', '--json', page], { encoding: 'utf8', maxBuffer: 64 << 20 });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`cold start run failed: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  out.cold_start = { words: words(html.replace(/<[^>]+>/g, ' ')), median_ms: Math.round(times[3]), min_ms: Math.round(times[0]) };
  console.log(`cold start, parley analyze (${out.cold_start.words} words HTML)  median ${out.cold_start.median_ms} ms, best ${out.cold_start.min_ms} ms`);

  // Peak memory and time on a 20 MB plain-text interview (just under the default cap).
  const unit = readFileSync(join(examples, 'dash-ambassador.txt'), 'utf8');
  const big = join(tmp, 'big.txt');
  let s = unit;
  while (Buffer.byteLength(s) < 19.5e6) s += `\n\n${unit}`;
  writeFileSync(big, s);
  const probe = `import { analyze } from ${JSON.stringify(join(root, 'dist', 'index.js'))};
    const t0 = performance.now();
    const doc = await analyze(${JSON.stringify(big)});
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, turns: doc.turns?.length ?? 0, chars: doc.text.length }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`20 MB run failed: ${r.stderr}`);
  const m = JSON.parse(r.stdout.trim().split('\n').at(-1));
  out.big_document = { mb: +(Buffer.byteLength(s) / 1e6).toFixed(1), seconds: +(m.ms / 1000).toFixed(2), peak_rss_mb: Math.round(m.rss / 1e6), turns: m.turns };
  console.log(`20 MB document: ${out.big_document.seconds} s, peak RSS ${out.big_document.peak_rss_mb} MB, ${m.turns} turns`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Yardstick: wink-nlp reading the same text (tokens and entities), per document, warm.
try {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const texts = inputs.map((i) => analyzeBytes(i, { stages: [turns()] }).text);
  for (const t of texts) nlp.readDoc(t).entities().out();
  let w = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) for (const t of texts) { const d = nlp.readDoc(t); d.tokens().out(); d.entities().out(); w += words(t); }
  const wps = Math.round(w / ((performance.now() - t0) / 1000));
  out.wink = { words_per_s: wps, parley_ratio: +(out.full.words_per_s / wps).toFixed(2) };
  console.log(`wink-nlp tokens+entities          ${wps.toLocaleString('en')} words/s  (parley full analysis is ${out.wink.parley_ratio}× that)`);
} catch (err) {
  console.log(`wink-nlp yardstick skipped: ${err.message}`);
}

console.log(JSON.stringify({ bench: 'analysis', ...out }));

// The corpus benchmark (1,000 documents through `parley add`, then search), the HTTP API over
// that corpus, and the team-mode load test (PostgreSQL only), unless asked not to.
if (!process.argv.includes('--no-corpus')) {
  const run = (script) => spawnSync(process.execPath, [join(root, 'scripts', 'bench', script)], { stdio: 'inherit' }).status ?? 1;
  let status = run('corpus.mjs');
  status ||= run('api.mjs');
  if (process.env.PARLEY_BENCH_DATABASE_URL || process.env.PARLEY_TEST_DATABASE_URL) status ||= run('load.mjs');
  else console.log('load.mjs skipped: no PostgreSQL (eval "$(scripts/ci/postgres.sh)" first)');
  process.exitCode = status;
}
