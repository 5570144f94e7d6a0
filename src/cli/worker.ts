/**
 * `parley worker`: takes analysis jobs from the queue in the PostgreSQL corpus (DATABASE_URL) and
 * stores the documents, alongside any number of other workers on any machines. SIGINT/SIGTERM
 * stop claiming and let the jobs in flight finish (requeued after the grace period); a second
 * signal quits at once (the leases then expire and other workers take the jobs over).
 */
import { createRequire } from 'node:module';
import { availableParallelism, hostname } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParleyError } from '../errors.js';
import { defaultWorkerId } from '../queue/jobs.js';
import { runWorker } from '../queue/worker.js';
import { defaultDataDir, openDb, redact } from '../store/db.js';
import { createPool } from '../worker/pool.js';

const { version: VERSION } = createRequire(import.meta.url)('../../package.json') as { version: string };

export const WORKER_HELP = `parley worker [--concurrency n] [--lease <s>] [--poll <ms>] [--once] [options]
Takes analysis jobs from the queue in the PostgreSQL corpus named by DATABASE_URL (where
"parley serve" enqueues added documents), analyses and stores them. Run as many workers as you
like, on any machines: each job is done once; a worker that dies loses its jobs to the others
when its lease runs out. Logs one JSON object per line on stderr.
  --concurrency <n>      jobs at once, each on its own analysis thread (default 1)
  --lease <s>            lease on a job, renewed every third of it while working (default 60);
                         a crashed worker's job is taken over after at most this long
  --poll <ms>            wait between looks at an empty queue (default 1000)
  --once                 drain the queue and exit: wait until no job is queued or running
                         (retries and other workers' jobs included), then stop
  --grace <s>            after SIGINT/SIGTERM, time the jobs in flight get before they go
                         back to the queue (default 20); a second signal quits at once
  --allow-private        let URL jobs reach private and loopback addresses
  --max-bytes <n>        largest document fetched for a URL job (default 20971520)
  --timeout <seconds>    network timeout for URL jobs (default 20)
Needs PostgreSQL: the embedded corpus can be opened by one process only.`;

const OPTIONS = {
  concurrency: { type: 'string', short: 'c' },
  lease: { type: 'string' },
  poll: { type: 'string' },
  once: { type: 'boolean' },
  grace: { type: 'string' },
  'allow-private': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function usage(message: string): never {
  throw new ParleyError('usage', `worker: ${message} (see "parley worker --help")`);
}

function number(name: string, v: string | undefined, min: number, whole: boolean): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || (whole && !Number.isInteger(n))) usage(`--${name} takes a ${whole ? 'whole ' : ''}number ≥ ${min}, not "${v}"`);
  return n;
}

export async function runWorkerCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (err) {
    usage(err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err));
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${WORKER_HELP}\n`);
    return 0;
  }
  const concurrency = number('concurrency', values.concurrency, 1, true) ?? 1;
  const leaseMs = Math.round((number('lease', values.lease, 0.1, false) ?? 60) * 1000);
  const pollMs = number('poll', values.poll, 10, false) ?? 1000;
  const graceMs = Math.round((number('grace', values.grace, 0, false) ?? 20) * 1000);
  const maxBytes = number('max-bytes', values['max-bytes'], 1, true);
  const timeout = number('timeout', values.timeout, 1, false);

  const url = env.DATABASE_URL;
  if (!url) {
    usage(`workers need PostgreSQL: set DATABASE_URL=postgres://… (the corpus "parley serve" uses); the embedded corpus in ${defaultDataDir(env)} can be opened by one process only`);
  }
  const db = await openDb({ url, command: ['parley', 'worker', ...argv].join(' ').slice(0, 300) });
  const pool = createPool({ size: Math.min(concurrency, availableParallelism()) });

  const workerId = defaultWorkerId(hostname(), process.pid);
  const log = (level: string, msg: string) => process.stderr.write(`${JSON.stringify({ ts: new Date().toISOString(), level, msg, worker: workerId })}\n`);
  const ac = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (++signals > 1) process.exit(signal === 'SIGINT' ? 130 : 143);
    log('info', `${signal}: finishing the jobs in flight (again to quit at once)`);
    ac.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  log('info', `queue in ${redact(url)}`);
  try {
    await runWorker({
      db,
      pool,
      concurrency,
      leaseMs,
      pollMs,
      graceMs,
      workerId,
      signal: ac.signal,
      once: values.once === true,
      version: VERSION,
      fetch: {
        allowPrivate: values['allow-private'] === true,
        ...(maxBytes !== undefined && { maxBytes }),
        ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
      },
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool.close().catch(() => undefined);
    await db.destroy().catch(() => undefined);
  }
  return 0;
}
