#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParleyError } from '../errors.js';

const VERSION = '0.1.0';

/** Commands implemented in ./corpus.ts: they parse their own options. */
const CORPUS_COMMANDS = ['add', 'list', 'show', 'search', 'speakers', 'speaker', 'claims', 'review', 'export', 'stats'] as const;
/** Commands implemented in ./check.ts. */
const CHECK_COMMANDS = ['check'] as const;

const HELP = `parley ${VERSION} — turn a published interview into a structured, checkable record

Usage:
  parley analyze <source>... [options]   analyse files, folders, URLs or "-" (stdin)
  parley check <source> [options]        compare its statistics with official figures
  parley add <source>...                 analyse and store in the corpus
  parley list | show <doc> | stats       what the corpus holds
  parley search "<query>"                full-text search over turns, with filters
  parley speakers | speaker <name>       people across documents
  parley claims [--repeated]             claims, and the same claim in several documents
  parley review <claim> --verdict <v>    record a verdict (true, mostly_true, misleading, false, unverifiable)
  parley export --format <f>             json, jsonl, csv, md, claimreview or w3c
  parley serve [--demo]                  the HTTP API and web app on 127.0.0.1:7311
  parley worker [--once]                 take analysis jobs from the PostgreSQL queue (DATABASE_URL)
  parley user add|list|disable           accounts for a shared server (roles admin, reviewer, reader)
  parley token create|list|revoke        API tokens for scripts and --server
  add, list, search, review and export also talk to a running server: --server <URL>
  (or $PARLEY_SERVER) with --token <token> (or $PARLEY_TOKEN)
                                         (each command has --help)
  parley help                            this text

Sources: a path (.txt, .md, .html), a folder (its interviews, recursively), an
http(s) URL, or "-" for standard input.

Options for analyze:
  --json                 print the analysis as JSON (parley.analysis/1); one object,
                         or one object per line when several sources are given
  --format <f>           outline (default), json, or md (a Markdown transcript)
  --pretty               indent JSON
  --encoding <label>     decode with this encoding instead of detecting it (e.g. windows-1251)
  --allow-private        allow URLs that resolve to private or loopback addresses
  --max-bytes <n>        refuse documents larger than n bytes (default 20971520)
  --timeout <seconds>    network timeout for URLs (default 20)
  --lexicon <dir>        rhetoric lexicon folder replacing the default
  --narratives <file>    narrative taxonomy replacing the default
  -h, --help             show this help
  -v, --version          print the version

Exit codes: 0 ok (warnings allowed); 1 the analysis reported an error; 2 usage;
3 file, document or claim not found; 4 empty, binary or undecodable input;
5 input too large; 6 network failure; 7 address refused; 8 corpus locked by
another process; 9 database failure.
`;

const options = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  pretty: { type: 'boolean' },
  encoding: { type: 'string' },
  'allow-private': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  lexicon: { type: 'string' },
  narratives: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

export type CliValues = {
  [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'boolean' ? boolean : string;
};

function usage(message: string): never {
  throw new ParleyError('usage', `${message} (see "parley --help")`);
}

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) usage(`--${name} takes a positive number, not "${v}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first === 'user' || first === 'token') {
    const { runAccounts } = await import('./accounts.js');
    return runAccounts(first, argv.slice(argv.indexOf(first) + 1));
  }
  if (first === 'serve') {
    const { runServe } = await import('./serve.js');
    return runServe(argv.slice(argv.indexOf(first) + 1));
  }
  if (first === 'worker') {
    const { runWorkerCommand } = await import('./worker.js');
    return runWorkerCommand(argv.slice(argv.indexOf(first) + 1));
  }
  if (first && (CORPUS_COMMANDS as readonly string[]).includes(first)) {
    const remote = await import('./remote.js');
    if (remote.wantsRemote(argv)) return remote.runRemote(first, argv.slice(argv.indexOf(first) + 1));
  }
  if (first && (CORPUS_COMMANDS as readonly string[]).concat(CHECK_COMMANDS).includes(first)) {
    const mod = first === 'check' ? await import('./check.js') : await import('./corpus.js');
    return mod.run(first, argv.slice(argv.indexOf(first) + 1));
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    usage(err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'analyze':
    case 'analyse': {
      if (!rest.length) usage('analyze needs a source: a file, a folder, a URL or "-"');
      const format = values.json ? 'json' : (values.format ?? 'outline');
      if (!['outline', 'json', 'md'].includes(format)) usage(`--format takes outline, json or md, not "${format}"`);
      const maxBytes = positiveInt('max-bytes', values['max-bytes']);
      const timeout = positiveInt('timeout', values.timeout);
      const { runAnalyze } = await import('./analyze.js');
      return runAnalyze(rest, {
        format: format as 'outline' | 'json' | 'md',
        pretty: values.pretty ?? false,
        ...(values.encoding !== undefined && { encoding: values.encoding }),
        allowPrivate: values['allow-private'] ?? false,
        ...(maxBytes !== undefined && { maxBytes }),
        ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
        ...(values.lexicon !== undefined && { lexicon: values.lexicon }),
        ...(values.narratives !== undefined && { narratives: values.narratives }),
      });
    }
    default:
      usage(`unknown command "${command}"`);
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ParleyError) {
      process.stderr.write(`parley: ${err.message}\n`);
      process.exitCode = err.exit;
      return;
    }
    // A bug, not the user's mistake: say so briefly; the stack only on request.
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`parley: internal error: ${msg}\n`);
    if (process.env.PARLEY_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 70;
  },
);
