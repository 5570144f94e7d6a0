/**
 * `parley serve`: the HTTP API and the web app over the corpus. Prints `listening on <url>` as its
 * first line on stdout (with --port 0 the port is the one the system chose). SIGINT/SIGTERM close
 * the listener, let requests in flight finish, stop the workers and close the database.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir, userInfo } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParleyError } from '../errors.js';
import { openDb, storeKind, storeLocation, redact } from '../store/db.js';
import { storeDocument } from '../store/documents.js';
import { createPool } from '../worker/pool.js';

const { version: VERSION } = createRequire(import.meta.url)('../../package.json') as { version: string };

export const SERVE_HELP = `parley serve [--host 127.0.0.1] [--port 7311] [--data <dir>] [--demo] [options]
Serves the HTTP API (/api, described at /api/openapi.json) and the web app over the corpus: the
embedded one in $PARLEY_DATA (locked while serving), or PostgreSQL when DATABASE_URL is set.
  --host <addr>          address to bind (default 127.0.0.1). On loopback, without --auth, no
                         login is needed (single user). Any other address requires accounts
                         ("parley user add"): every request then needs a session or a token
  --auth                 require accounts on loopback too
  --secure-cookies       the server is reached over https (behind a proxy): session cookies
                         get the __Host- prefix and Secure
  --port <n>             port (default 7311; 0 picks a free one)
  --data <dir>           embedded corpus directory instead of $PARLEY_DATA
  --demo                 a fresh temporary corpus loaded with the bundled example interviews
                         (removed on exit)
  -j, --jobs <n>         analysis worker threads for added documents (default 1)
  --allow-private        let URL ingest reach private and loopback addresses
  --max-bytes <n>        largest document accepted (default 20971520)
  --timeout <seconds>    network timeout for URL ingest (default 20)
  --reviewer <name>      reviewer recorded for reviews that name none (default $PARLEY_REVIEWER,
                         then the login name)
  --review-url <tmpl>    ClaimReview URL template with {key} (default $PARLEY_REVIEW_URL)
  --queue                PostgreSQL only: new documents become jobs for "parley worker"
                         processes (on any machine) instead of being analysed by the server
  --rate-limit <n>       requests per minute per client (token, session or address) before
                         429 (default 1200; 0 turns the limit off)
  --max-in-flight <n>    requests in progress before new ones get 503 (default 512)
  --no-web               the API only
  --log <text|json>      json: one JSON object per line on stderr for every request and event
                         (for a log collector); text (default): a few human lines
The first line on stdout is "listening on http://HOST:PORT".`;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  data: { type: 'string' },
  demo: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  'allow-private': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  reviewer: { type: 'string' },
  'review-url': { type: 'string' },
  'no-web': { type: 'boolean' },
  auth: { type: 'boolean' },
  'secure-cookies': { type: 'boolean' },
  log: { type: 'string' },
  queue: { type: 'boolean' },
  'rate-limit': { type: 'string' },
  'max-in-flight': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function usage(message: string): never {
  throw new ParleyError('usage', `serve: ${message} (see "parley serve --help")`);
}

function whole(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) usage(`--${name} takes a whole number ≥ ${min}, not "${v}"`);
  return n;
}

/** Loopback only: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The package's folder (dist/cli/serve.js → ../..). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * One copy of each example interview in examples/: the HTML page when there is one (it carries the
 * page's metadata), else Markdown, else text; the legacy-encoding copies are left out.
 */
export function exampleFiles(dir = join(PACKAGE_ROOT, 'examples')): string[] {
  const rank = { '.html': 0, '.md': 1, '.txt': 2 } as Record<string, number>;
  const best = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const ext = extname(name);
    if (!(ext in rank) || name === 'README.md' || !statSync(join(dir, name)).isFile()) continue;
    const stem = name.slice(0, -ext.length);
    if (stem.includes('.')) continue;
    const prev = best.get(stem);
    if (prev === undefined || rank[ext]! < rank[extname(prev)]!) best.set(stem, name);
  }
  return [...best.values()].sort().map((n) => join(dir, n));
}

export async function runServe(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (err) {
    usage(err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err));
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${SERVE_HELP}\n`);
    return 0;
  }
  const host = values.host ?? '127.0.0.1';
  const auth = values.auth || !isLoopbackHost(host) ? 'required' : 'none';
  const logFormat = values.log ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') usage(`--log takes text or json, not "${logFormat}"`);
  const jsonLog = (entry: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ ts: new Date().toISOString(), ...entry })}\n`);
  const say = (msg: string, extra: Record<string, unknown> = {}) =>
    logFormat === 'json' ? jsonLog({ level: 'info', msg, ...extra }) : process.stderr.write(`parley: ${msg}\n`);
  let draining = false;
  const port = whole('port', values.port, 0) ?? 7311;
  if (port > 65535) usage(`--port takes 0 to 65535, not ${port}`);
  const jobs = whole('jobs', values.jobs, 0) ?? 1;
  const rateLimit = whole('rate-limit', values['rate-limit'], 0) ?? 1200;
  const maxInFlight = whole('max-in-flight', values['max-in-flight'], 1) ?? 512;
  const maxBytes = whole('max-bytes', values['max-bytes'], 1) ?? 20 * 1024 * 1024;
  const timeoutMs = (whole('timeout', values.timeout, 1) ?? 20) * 1000;
  if (values.demo && values.data !== undefined) usage('--demo makes its own corpus; leave out --data');
  if (values.queue && !process.env.DATABASE_URL) usage('--queue needs a PostgreSQL corpus (DATABASE_URL): workers on other machines share it');

  let webRoot: string | undefined;
  if (!values['no-web']) {
    const built = join(PACKAGE_ROOT, 'dist', 'web');
    if (existsSync(join(built, 'index.html'))) webRoot = built;
    else process.stderr.write('parley: the web app is not built (npm run build); serving the API only\n');
  }

  const demoDir = values.demo ? mkdtempSync(join(tmpdir(), 'parley-demo-')) : undefined;
  const location = demoDir ? { dataDir: demoDir } : values.data !== undefined ? { dataDir: values.data } : storeLocation();
  const db = await openDb({ ...location, thread: true, command: ['parley', 'serve', ...argv].join(' ').slice(0, 300) });
  const pool = createPool({ size: Math.min(jobs, availableParallelism()) });
  const cleanup = async () => {
    await pool.close().catch(() => undefined);
    await db.destroy().catch(() => undefined);
    if (demoDir) rmSync(demoDir, { recursive: true, force: true });
  };

  try {
    if (auth === 'required') {
      const { countAccounts } = await import('../server/auth.js');
      if ((await countAccounts(db)) === 0) {
        throw new ParleyError(
          'usage',
          `serve: ${isLoopbackHost(host) ? '--auth' : `binding ${host}`} needs accounts and the corpus has none: create one with "parley user add <name> --role admin"`,
        );
      }
    }
    if (demoDir) {
      const files = exampleFiles();
      for (const file of files) {
        const prepared = await pool.analyzeAndPrepare({ uri: `examples/${basename(file)}`, bytes: readFileSync(file) });
        await storeDocument(db, prepared, { version: VERSION });
      }
      say(`demo corpus with ${files.length} example interviews in ${demoDir}`);
    }
  } catch (err) {
    await cleanup();
    throw err;
  }

  const [{ createApp }, { serve }] = await Promise.all([import('../server/app.js'), import('@hono/node-server')]);
  const reviewUrl = values['review-url'] ?? process.env.PARLEY_REVIEW_URL;
  const app = createApp({
    db,
    kind: storeKind(db),
    version: VERSION,
    pool,
    maxBytes,
    allowPrivate: values['allow-private'] ?? false,
    timeoutMs,
    reviewer: values.reviewer ?? process.env.PARLEY_REVIEWER ?? safeUser(),
    ...(webRoot && { webRoot }),
    ...(reviewUrl && { reviewUrl }),
    auth,
    secureCookies: values['secure-cookies'] ?? false,
    draining: () => draining,
    queue: values.queue ?? false,
    rateLimit: rateLimit === 0 ? Number.POSITIVE_INFINITY : rateLimit,
    maxInFlight,
    ...(logFormat === 'json' && { log: jsonLog }),
  });

  return new Promise<number>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      process.stdout.write(`listening on http://${shown}:${info.port}\n`);
      const where = 'url' in location ? redact(location.url) : location.dataDir;
      say(`serving ${where}${webRoot ? '' : ' (API only)'}, ${auth === 'required' ? 'accounts required' : 'single user, no login'}; Ctrl-C stops`, {
        url: `http://${shown}:${info.port}`,
        auth,
      });
    });
    server.on('error', async (err: NodeJS.ErrnoException) => {
      await cleanup();
      if (err.code === 'EADDRINUSE') reject(new ParleyError('usage', `port ${port} on ${host} is in use (try --port 0)`));
      else if (err.code === 'EACCES') reject(new ParleyError('usage', `not allowed to listen on ${host}:${port}`));
      else reject(err);
    });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      draining = true;
      say(`${signal}: finishing requests in flight, then stopping`, { signal });
      const force = setTimeout(() => (server as { closeAllConnections?: () => void }).closeAllConnections?.(), 10_000);
      force.unref();
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      server.close(async () => {
        await cleanup();
        resolve(0);
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

function safeUser(): string {
  try {
    return userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}
