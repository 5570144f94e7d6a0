#!/usr/bin/env node
// Team-mode load test on PostgreSQL: `parley serve --queue` on loopback, N generated documents
// queued through the API, two `parley worker` processes draining the queue while autocannon
// keeps reading (documents, records, search) for the whole time; then an overload burst far past
// --max-in-flight. Reports p50/p99 latency, error and timeout counts, and status codes: overload
// must be answered 429/503, never by a timeout. Needs PARLEY_BENCH_DATABASE_URL or
// PARLEY_TEST_DATABASE_URL (eval "$(scripts/ci/postgres.sh)"); works in a fresh schema it drops.
// Options: --docs <n> (default 200), --connections <n> (default 8), --burst <n> connections
// (default 400), --max-in-flight <n> for the server (default 64). Run after `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const { values } = parseArgs({ options: { docs: { type: 'string' }, connections: { type: 'string' }, burst: { type: 'string' }, 'max-in-flight': { type: 'string' } } });
const N = Number(values.docs ?? 200);
const CONNECTIONS = Number(values.connections ?? 8);
const BURST = Number(values.burst ?? 400);
const MAX_IN_FLIGHT = Number(values['max-in-flight'] ?? 64);
const PG = process.env.PARLEY_BENCH_DATABASE_URL ?? process.env.PARLEY_TEST_DATABASE_URL;
if (!PG) {
  console.error('load.mjs: set PARLEY_BENCH_DATABASE_URL or PARLEY_TEST_DATABASE_URL (eval "$(scripts/ci/postgres.sh)")');
  process.exit(2);
}

const sources = join(root, '.bench', 'corpus');
if (!existsSync(sources) || readdirSync(sources).length < N) {
  const g = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'corpus.mjs'), '--docs', String(Math.max(N, 1000)), '--generate-only'], { stdio: 'inherit' });
  if (g.status !== 0) process.exit(1);
}
const files = readdirSync(sources).sort().slice(0, N);

const { openDb } = await import(join(root, 'dist', 'store', 'db.js'));
const { sql } = await import('kysely');
const schema = `parley_load_${process.pid}`;
const admin = await openDb({ url: PG, schema });
const url = `${PG}${PG.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
const env = { ...process.env, DATABASE_URL: url };

const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--no-web', '--queue', '--rate-limit', '0', '--max-in-flight', String(MAX_IN_FLIGHT)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /^listening on (\S+)\n/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
});

// A few documents first, so that reads have something to read.
async function add(file) {
  const res = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: readFileSync(join(sources, file), 'utf8'), name: file }),
  });
  if (res.status !== 202) throw new Error(`enqueue ${file}: ${res.status}`);
}
const t0 = performance.now();
for (const f of files) await add(f);
console.log(`queued ${N} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const workers = [0, 1].map(() => spawn(process.execPath, [cli, 'worker', '--once', '--poll', '200'], { env, stdio: ['ignore', 'ignore', 'ignore'] }));
const drained = Promise.all(workers.map((w) => new Promise((r) => w.on('exit', r))));
const tWork = performance.now();
let drainedAt;
drained.then(() => (drainedAt = performance.now()));

// Wait for the first documents, then read while the workers ingest.
for (;;) {
  const j = await (await fetch(`${base}/api/jobs?limit=1`)).json();
  if (j.counts.done >= 5) break;
  await new Promise((r) => setTimeout(r, 200));
}
const words = ['gas', 'budget', 'sanctions', 'pipeline', 'inflation', 'harvest', 'border', 'transit', 'energy', 'prices'];
const pick = (a) => a[Math.floor(Math.random() * a.length)];

function cannon(title, opts) {
  return new Promise((resolve, reject) => {
    const codes = {};
    const inst = autocannon({ url: base, timeout: 10, ...opts }, (err, r) => {
      if (err) return reject(err);
      const res = {
        requests_per_s: Math.round(r.requests.average),
        p50_ms: r.latency.p50,
        p99_ms: r.latency.p99,
        requests: r.requests.total,
        errors: r.errors,
        timeouts: r.timeouts,
        status: codes,
      };
      console.log(`${title.padEnd(40)} ${res.requests_per_s} req/s  p50 ${res.p50_ms} ms  p99 ${res.p99_ms} ms  errors ${res.errors}  timeouts ${res.timeouts}  codes ${JSON.stringify(codes)}`);
      resolve(res);
    });
    inst.on('response', (_client, status) => (codes[status] = (codes[status] ?? 0) + 1));
  });
}

const out = { docs: N, connections: CONNECTIONS, max_in_flight: MAX_IN_FLIGHT };
// Sustained: reads of random documents, the list and searches, until the queue is drained.
const duration = 20;
out.sustained = await cannon(`mixed reads for ${duration} s while 2 workers ingest`, {
  connections: CONNECTIONS,
  duration,
  requests: [
    {
      method: 'GET',
      setupRequest: (req) => {
        const r = Math.random();
        const path = r < 0.5 ? `/api/documents/${1 + Math.floor(Math.random() * 5)}` : r < 0.8 ? `/api/search?q=${pick(words)}` : '/api/documents?limit=20';
        return { ...req, path };
      },
    },
  ],
});
const counts = (await (await fetch(`${base}/api/jobs?limit=1`)).json()).counts;
out.jobs_during_reads = counts;
console.log(`jobs after the sustained phase: ${JSON.stringify(counts)}`);

// Overload: far more connections than the server will take at once.
out.overload = await cannon(`overload burst, ${BURST} connections`, {
  connections: BURST,
  duration: 8,
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/search?q=${pick(words)}%20${pick(words)}&since=20${10 + Math.floor(Math.random() * 16)}` }) }],
});

await drained;
out.ingest_docs_per_s = +(N / ((drainedAt - tWork) / 1000)).toFixed(1);
const final = (await (await fetch(`${base}/api/jobs?limit=1`)).json()).counts;
out.jobs = final;
console.log(`two workers drained ${N} jobs at ${out.ingest_docs_per_s} documents/s: ${JSON.stringify(final)}`);
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
await admin.destroy();
console.log(JSON.stringify({ load: out }));
