/**
 * The corpus commands against a running `parley serve` (`--server URL`, or $PARLEY_SERVER) with an
 * API token (`--token`, or $PARLEY_TOKEN): add, list, search, review and export go over HTTP, so
 * no second process ever opens an embedded data directory the server holds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParleyError, type ErrorCode } from '../errors.js';

export const REMOTE_COMMANDS = ['add', 'list', 'search', 'review', 'export'] as const;

const OPTIONS = {
  server: { type: 'string' },
  token: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  // search
  speaker: { type: 'string' },
  outlet: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  role: { type: 'string' },
  technique: { type: 'string' },
  narrative: { type: 'string' },
  'has-quantity': { type: 'boolean' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  // review
  verdict: { type: 'string' },
  note: { type: 'string' },
  source: { type: 'string', multiple: true },
  // export
  format: { type: 'string' },
  doc: { type: 'string', multiple: true },
  reviewed: { type: 'boolean' },
  layer: { type: 'string' },
  url: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The API's error codes as the CLI's exit codes. */
const CODES: Record<string, ErrorCode> = {
  bad_request: 'usage',
  not_found: 'unknown_ref',
  empty_input: 'empty',
  binary_input: 'binary',
  undecodable_input: 'undecodable',
  payload_too_large: 'too_large',
  refused: 'refused',
  network: 'unreachable',
  unavailable: 'database',
  too_many_requests: 'unreachable',
  unauthorized: 'usage',
  forbidden: 'usage',
};

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

class Client {
  constructor(
    private readonly base: string,
    private readonly token: string | undefined,
  ) {}

  async request(method: string, path: string, body?: string | FormData, type?: string): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (type) headers['content-type'] = type;
    let res: Response;
    try {
      res = await fetch(new URL(path, this.base), { method, headers, ...(body !== undefined && { body }), redirect: 'error' });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      throw new ParleyError('unreachable', `cannot reach the server at ${this.base}${cause ? ` (${cause})` : ''}`);
    }
    if (!res.ok) {
      let code = 'internal';
      let message = `${res.status} ${res.statusText}`;
      try {
        const e = (await res.json()) as { error?: { code?: string; message?: string } };
        code = e.error?.code ?? code;
        message = e.error?.message ?? message;
      } catch {
        // not JSON: keep the status line
      }
      const hint = res.status === 401 ? ' (give --token or $PARLEY_TOKEN; see "parley token create")' : '';
      throw new ParleyError(CODES[code] ?? 'unreachable', `server: ${message}${hint}`);
    }
    return res;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? undefined : 'application/json');
    return (await res.json()) as T;
  }
}

function files(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new ParleyError('not_found', `no such file or folder: ${path}`);
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(path, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (EXTENSIONS.has(extname(name).toLowerCase())) out.push(p);
  }
  return out;
}

const print = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

export function wantsRemote(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.some((a) => a === '--server' || a.startsWith('--server=')) || Boolean(env.PARLEY_SERVER);
}

export async function runRemote(command: string, argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new ParleyError('usage', `${command} --server: ${err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err)}`);
  }
  const { values: v, positionals } = parsed;
  const server = v.server ?? process.env.PARLEY_SERVER;
  if (!server || !/^https?:\/\/[^\s/]+/.test(server)) throw new ParleyError('usage', `--server takes the server's http(s) URL, not "${server ?? ''}"`);
  const client = new Client(server.endsWith('/') ? server : `${server}/`, v.token ?? process.env.PARLEY_TOKEN);

  switch (command) {
    case 'add': {
      if (!positionals.length) throw new ParleyError('usage', 'add needs a file, a folder, a URL or "-"');
      let failed = 0;
      for (const source of positionals) {
        const items: { label: string; send: () => Promise<Response> }[] = [];
        if (/^https?:\/\//i.test(source)) {
          items.push({ label: source, send: () => client.request('POST', 'api/documents', JSON.stringify({ url: source }), 'application/json') });
        } else if (source === '-') {
          const text = readFileSync(0, 'utf8');
          items.push({ label: 'standard input', send: () => client.request('POST', 'api/documents', JSON.stringify({ text, name: 'stdin' }), 'application/json') });
        } else {
          for (const file of files(source)) {
            items.push({
              label: file,
              send: () => {
                const form = new FormData();
                form.set('file', new File([readFileSync(file)], basename(file)));
                return client.request('POST', 'api/documents', form);
              },
            });
          }
        }
        for (const item of items) {
          try {
            const r = (await (await item.send()).json()) as { id: number; status: string; words: number; claims: number };
            if (v.json) print(JSON.stringify({ source: item.label, ...r }));
            else if (!v.quiet) print(`${r.status.padEnd(9)} #${r.id} ${item.label} (${r.words} words)`);
          } catch (err) {
            if (!(err instanceof ParleyError) || ['unreachable', 'usage'].includes(err.code)) throw err;
            failed += 1;
            process.stderr.write(`parley: ${item.label}: ${err.message}\n`);
          }
        }
      }
      return failed ? 1 : 0;
    }
    case 'list': {
      const q = new URLSearchParams({ limit: v.limit ?? '500' });
      for (const k of ['speaker', 'outlet', 'since', 'until'] as const) if (v[k]) q.set(k, v[k]!);
      const r = await client.json<{ items: { id: number; published: string | null; interviewee: string | null; outlet: string | null; title: string | null; claims: number }[] }>('GET', `api/documents?${q}`);
      for (const d of r.items) print(v.json ? JSON.stringify(d) : `#${d.id}  ${d.published ?? '----------'}  ${d.interviewee ?? '?'} — ${d.outlet ?? '?'}  (${d.claims} claims)  ${d.title ?? ''}`);
      return 0;
    }
    case 'search': {
      const query = positionals.join(' ').trim();
      if (!query) throw new ParleyError('usage', 'search needs a query');
      const q = new URLSearchParams({ q: query, limit: v.limit ?? '20' });
      for (const k of ['speaker', 'outlet', 'since', 'until', 'role', 'technique', 'narrative', 'offset'] as const) if (v[k]) q.set(k, v[k]!);
      if (v['has-quantity']) q.set('has_quantity', 'true');
      const r = await client.json<{ items: { doc: number; turn: number; speaker: string | null; published: string | null; snippet: string }[] }>('GET', `api/search?${q}`);
      for (const h of r.items) print(v.json ? JSON.stringify(h) : `#${h.doc} turn ${h.turn}  ${h.speaker ?? ''} ${h.published ?? ''}\n  ${h.snippet.replace(/\s+/g, ' ')}`);
      if (!r.items.length && !v.json) process.stderr.write('parley: no matches\n');
      return 0;
    }
    case 'review': {
      const key = positionals[0];
      if (!key) throw new ParleyError('usage', 'review needs a claim key');
      if (!v.verdict) {
        const history = await client.json<{ verdict: string; reviewer: string; created_at: string; note: string | null }[]>('GET', `api/claims/${encodeURIComponent(key)}/reviews`);
        for (const r of history) print(v.json ? JSON.stringify(r) : `${r.created_at}  ${r.verdict.padEnd(12)} ${r.reviewer}${r.note ? `  ${r.note}` : ''}`);
        return 0;
      }
      const r = await client.json<{ id: number; verdict: string; reviewer: string }>('POST', `api/claims/${encodeURIComponent(key)}/reviews`, {
        verdict: v.verdict,
        ...(v.note !== undefined && { note: v.note }),
        ...(v.source && { sources: v.source }),
      });
      print(v.json ? JSON.stringify(r) : `recorded ${r.verdict} by ${r.reviewer} (review ${r.id})`);
      return 0;
    }
    case 'export': {
      if (!v.format) throw new ParleyError('usage', 'export needs --format json, jsonl, csv, md, claimreview or w3c');
      const q = new URLSearchParams({ format: v.format });
      for (const d of v.doc ?? []) q.append('doc', d);
      if (v.reviewed) q.set('reviewed', 'true');
      if (v.layer) q.set('layer', v.layer);
      const url = v.url ?? process.env.PARLEY_REVIEW_URL;
      if (url) q.set('url', url);
      const res = await client.request('GET', `api/export?${q}`);
      process.stdout.write(Buffer.from(await res.arrayBuffer()));
      return 0;
    }
    default:
      throw new ParleyError('usage', `"${command}" does not work with --server yet; it works with ${REMOTE_COMMANDS.join(', ')}`);
  }
}
