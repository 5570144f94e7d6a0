#!/usr/bin/env node
// HTTP API benchmark: a 1,000-document embedded corpus (the generated documents of
// scripts/bench/corpus.mjs, stored with `parley add`), served by `parley serve` on loopback, then
// autocannon against (1) GET /api/documents/{id} over random documents and (2) GET /api/search
// with random words from the corpus. Prints requests/s, latency p50/p99 and errors; a final JSON
// line. Run after `npm run build`.
// Options: --docs <n> (default 1000), --seconds <n> per run (default 10), --connections <n>
// (default 10), --keep (keep the corpus in .bench/api-corpus for another run).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(cli)) throw new Error('run "npm run build" first');
const { values } = parseArgs({ options: { docs: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' }, keep: { type: 'boolean' } } });
const N = Number(values.docs ?? 1000);
const SECONDS = Number(values.seconds ?? 10);
const CONNECTIONS = Number(values.connections ?? 10);
const env = { ...process.env, DATABASE_URL: '' };

const sources = join(root, '.bench', 'corpus');
if (!existsSync(sources) || readdirSync(sources).length < N) {
  const g = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'corpus.mjs'), '--docs', String(N), '--generate-only'], { stdio: 'inherit' });
  if (g.status !== 0) process.exit(1);
}
const data = join(root, '.bench', 'api-corpus');
if (!values.keep || !existsSync(data)) {
  rmSync(data, { recursive: true, force: true });
  const t0 = performance.now();
  const add = spawnSync(process.execPath, [cli, 'add', sources, '--data', data, '-q'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (add.status !== 0) throw new Error(`parley add exited ${add.status}`);
  console.log(`corpus: ${N} documents stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', data, '--no-web', '--rate-limit', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /^listening on (\S+)\n/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
});

const docs = (await (await fetch(`${url}/api/documents?limit=500`)).json()).total;
const words = ['gas', 'budget', 'sanctions', 'pipeline', 'inflation', 'harvest', 'border', 'transit', 'ministry', 'exports', 'percent', 'million', 'talks', 'energy', 'prices', 'railway', 'agreement', 'security'];
const rand = (n) => 1 + Math.floor(Math.random() * n);

function run(title, path, setup) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [{ method: 'GET', path, ...(setup && { setupRequest: setup }) }],
      },
      (err, r) => {
        if (err) return reject(err);
        const res = {
          requests_per_s: Math.round(r.requests.average),
          p50_ms: r.latency.p50,
          p99_ms: r.latency.p99,
          max_ms: r.latency.max,
          errors: r.errors + r.timeouts,
          non_2xx: r.non2xx,
          requests: r.requests.total,
        };
        console.log(
          `${title.padEnd(38)} ${String(res.requests_per_s).padStart(6)} req/s  p50 ${res.p50_ms} ms  p99 ${res.p99_ms} ms  errors ${res.errors}  non-2xx ${res.non_2xx}`,
        );
        if (res.non_2xx || res.errors) console.log(`  WARNING: ${res.non_2xx} answers were not 2xx and ${res.errors} failed: these figures do not measure reads`);
        resolve(res);
      },
    );
    instance.on('error', reject);
  });
}

const out = { docs, connections: CONNECTIONS, seconds: SECONDS };
// Warm-up: one pass over every document (fills the record cache, as a reading desk would).
const tw = performance.now();
for (let i = 1; i <= docs; i++) await (await fetch(`${url}/api/documents/${i}`)).arrayBuffer();
out.first_read_ms_avg = +((performance.now() - tw) / docs).toFixed(2);
console.log(`first read of each document (builds the record): ${out.first_read_ms_avg} ms on average`);
out.read = await run('GET /api/documents/{random id}', '/api/documents/1', (req) => ({ ...req, path: `/api/documents/${rand(docs)}` }));
out.search = await run('GET /api/search?q={random word}', '/api/search?q=gas', (req) => {
  const q = Math.random() < 0.3 ? `${words[rand(words.length) - 1]} ${words[rand(words.length) - 1]}` : words[rand(words.length) - 1];
  return { ...req, path: `/api/search?q=${encodeURIComponent(q)}&limit=20` };
});
// Distinct searches (two words and a start month: tens of thousands of combinations), so
// that almost none is answered from the search cache.
out.search_distinct = await run('GET /api/search distinct (uncached)', '/api/search?q=gas', (req) => {
  const q = `${words[rand(words.length) - 1]} ${words[rand(words.length) - 1]}`;
  const since = `${2018 + rand(7)}-${String(rand(12)).padStart(2, '0')}`;
  return { ...req, path: `/api/search?q=${encodeURIComponent(q)}&since=${since}&limit=20` };
});
out.list = await run('GET /api/documents?limit=50', '/api/documents?limit=50');

server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
if (!values.keep) rmSync(data, { recursive: true, force: true });
console.log(JSON.stringify({ api: out }));
