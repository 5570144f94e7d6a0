/**
 * End-to-end helpers: a `parley serve` on a free port over a fresh data folder, and Debian's
 * Chromium driven by playwright-core. Without /usr/bin/chromium the suites are skipped with a
 * message, except in CI (CI=true), where they fail.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const FIXTURES = join(ROOT, 'test/fixtures/web');
export const SCREENSHOTS = join(ROOT, 'screenshots');
const CLI = join(ROOT, 'dist/cli/main.js');
const WEB = join(ROOT, 'dist/web/index.html');

export const inCI = /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** Why the browser suites cannot run here, or null when they can. */
export function missing(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install -y chromium)`;
  return null;
}

/** Reports a missing prerequisite: a skip with a message locally, a failure in CI. */
export function availability(): { run: boolean; reason: string | null } {
  const reason = missing();
  if (reason && !inCI) {
    console.warn(`[e2e] skipped: ${reason}`);
    return { run: false, reason };
  }
  return { run: true, reason };
}

/** Fails with a clear message when the built server or web app is absent. */
export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  if (!existsSync(WEB)) throw new Error(`${WEB} is missing: build the web app first (vite build --config web/vite.config.ts)`);
}

export interface Server {
  readonly url: string;
  readonly data: string;
  readonly proc: ChildProcess;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Cheap password hashing for tests (the server reads each hash's own cost when checking). */
export const TEST_ENV = { PARLEY_SCRYPT_N: '16384' } as const;

/** Runs the CLI on a data folder (accounts, tokens) before a server holds it; answers stdout. */
export function cli(args: readonly string[], options: { data: string; input?: string }): string {
  assertBuilt();
  return execFileSync(process.execPath, [CLI, ...args, '--data', options.data], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_ENV },
    input: options.input ?? '',
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** `parley user add <name> --role <role> --password-stdin`. */
export function addUser(data: string, name: string, role: 'reader' | 'reviewer' | 'admin', password: string): void {
  cli(['user', 'add', name, '--role', role, '--password-stdin'], { data, input: `${password}\n` });
}

export interface StartOptions {
  /** More environment for the server (DATABASE_URL, say). */
  readonly env?: Readonly<Record<string, string>>;
  /** Pass `--data <fresh dir>` (default true); false for a server on the corpus DATABASE_URL names. */
  readonly data?: boolean;
}

/**
 * Starts `parley serve --port 0 --data <fresh dir>` and waits for "listening on http://HOST:PORT".
 * `setup` runs on the fresh folder first (to create accounts with the CLI, say).
 */
export async function startServer(extra: readonly string[] = [], setup?: (data: string) => void, options: StartOptions = {}): Promise<Server> {
  assertBuilt();
  const data = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  try {
    setup?.(data);
  } catch (err) {
    rmSync(data, { recursive: true, force: true });
    throw err;
  }
  const proc = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...(options.data === false ? [] : ['--data', data]), ...extra], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_ENV, PARLEY_REVIEWER: 'e2e reviewer', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`parley serve did not report its address within 60 s; stdout: ${out} stderr: ${err}`));
    }, 60_000);
    proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      const m = /^listening on (http:\/\/\S+?)\/?$/.exec(out.slice(0, nl).trim());
      if (m) resolveUrl(m[1]!);
      else reject(new Error(`unexpected first line from parley serve: ${JSON.stringify(out.slice(0, nl))}`));
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`parley serve exited with ${code}: ${err}`));
    });
  });
  return {
    url,
    data,
    proc,
    stderr: () => err,
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) {
        const gone = new Promise<void>((r) => proc.once('exit', () => r()));
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Adds a file to the corpus through the API (multipart), as the CLI or a script would (with a token when accounts are on). */
export async function addFile(server: Server, path: string, token?: string): Promise<{ id: number; status: string }> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(path)]), basename(path));
  const res = await fetch(`${server.url}/api/documents`, { method: 'POST', body: form, ...(token && { headers: { authorization: `Bearer ${token}` } }) });
  if (res.status >= 300) throw new Error(`adding ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number; status: string };
}

export async function getJson<T>(server: Server, path: string, token?: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
