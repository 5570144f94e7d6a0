/**
 * `parley user add | list | disable` and `parley token create | list | revoke`: accounts for a
 * shared server. They open the corpus directly (PostgreSQL through DATABASE_URL, or the embedded
 * directory while no server holds it). Passwords are read from standard input (one line) or
 * PARLEY_PASSWORD, never from the command line, where other users could see them.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParleyError } from '../errors.js';
import { addAccount, createToken, disableAccount, listAccounts, listTokens, revokeToken } from '../server/auth.js';
import { openDb, storeLocation, type Store } from '../store/db.js';

export const ACCOUNTS_HELP = {
  user: `parley user add <name> --role <admin|reviewer|reader> [--password-stdin | --no-password]
parley user list [--json]
parley user disable <name>
Accounts for "parley serve" with --auth or on a non-loopback address. The password is read from
standard input (--password-stdin, one line) or $PARLEY_PASSWORD; at least 12 characters.
--no-password makes an account that can only use API tokens. Disabling ends its sessions and
revokes its tokens. Common: --data <dir> (the embedded corpus), --json.`,
  token: `parley token create <account> [--name <label>]
parley token list [--json]
parley token revoke <id | prefix>
API tokens for scripts and "parley --server": the token is printed once (keep it; only its hash
is stored) and is sent as "Authorization: Bearer <token>".`,
};

const OPTIONS = {
  role: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  'no-password': { type: 'boolean' },
  name: { type: 'string' },
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function usage(command: string, message: string): never {
  throw new ParleyError('usage', `${command}: ${message} (see "parley ${command} --help")`);
}

async function withStore<T>(command: string, data: string | undefined, fn: (db: Store) => Promise<T>): Promise<T> {
  const location = data !== undefined ? { dataDir: data } : storeLocation();
  const db = await openDb({ ...location, command: `parley ${command}` });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

function readPassword(fromStdin: boolean): string {
  if (fromStdin) {
    const line = readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '';
    if (!line) throw new ParleyError('usage', 'user add: no password on standard input');
    return line;
  }
  const env = process.env.PARLEY_PASSWORD;
  if (!env) throw new ParleyError('usage', 'user add: give the password on standard input with --password-stdin, or in $PARLEY_PASSWORD (or --no-password)');
  return env;
}

const print = (s: string) => process.stdout.write(`${s}\n`);

export async function runAccounts(command: 'user' | 'token', argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    usage(command, err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help || !positionals.length) {
    print(ACCOUNTS_HELP[command]);
    return values.help ? 0 : 2;
  }
  const [verb, arg] = positionals;
  const need = () => arg ?? usage(command, `${verb} needs a name`);
  if (command === 'user') {
    switch (verb) {
      case 'add': {
        const name = need();
        if (!values.role) usage(command, 'add needs --role admin, reviewer or reader');
        const password = values['no-password'] ? null : readPassword(values['password-stdin'] ?? false);
        const account = await withStore('user add', values.data, (db) => addAccount(db, name, values.role!, password));
        if (values.json) print(JSON.stringify(account));
        else print(`added ${account.role} "${account.name}"`);
        return 0;
      }
      case 'list': {
        const accounts = await withStore('user list', values.data, listAccounts);
        if (values.json) for (const a of accounts) print(JSON.stringify(a));
        else for (const a of accounts) print(`${a.name.padEnd(24)} ${a.role.padEnd(9)} ${a.disabled ? 'disabled' : 'active  '} since ${a.created_at.slice(0, 10)}`);
        if (!values.json && !accounts.length) process.stderr.write('parley: no accounts\n');
        return 0;
      }
      case 'disable': {
        const name = need();
        await withStore('user disable', values.data, (db) => disableAccount(db, name));
        print(`disabled "${name}"; its sessions ended and its tokens were revoked`);
        return 0;
      }
      default:
        usage(command, `unknown "${verb ?? ''}": add, list or disable`);
    }
  }
  switch (verb) {
    case 'create': {
      const account = need();
      const { token, info } = await withStore('token create', values.data, (db) => createToken(db, account, values.name ?? 'cli'));
      if (values.json) print(JSON.stringify({ ...info, token }));
      else {
        print(token);
        process.stderr.write(`parley: token ${info.id} (${info.prefix}…) for "${account}"; it is shown only now\n`);
      }
      return 0;
    }
    case 'list': {
      const tokens = await withStore('token list', values.data, listTokens);
      if (values.json) for (const t of tokens) print(JSON.stringify(t));
      else for (const t of tokens) print(`${String(t.id).padStart(4)} ${t.prefix}…  ${t.account.padEnd(20)} ${t.name.padEnd(16)} ${t.revoked_at ? `revoked ${t.revoked_at.slice(0, 10)}` : 'active'}`);
      return 0;
    }
    case 'revoke': {
      const ref = need();
      await withStore('token revoke', values.data, (db) => revokeToken(db, ref));
      print(`revoked token ${ref}`);
      return 0;
    }
    default:
      usage(command, `unknown "${verb ?? ''}": create, list or revoke`);
  }
}
