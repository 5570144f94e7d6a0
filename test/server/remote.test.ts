/**
 * The CLI against a running server (--server, --token): while `parley serve --auth` holds the
 * embedded corpus, add, list, search, review and export work over HTTP with the caller's role.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/server/', import.meta.url));
const env = { ...process.env, DATABASE_URL: '', PARLEY_SERVER: '', PARLEY_TOKEN: '', PARLEY_SCRYPT_N: String(2 ** 14) };

describe('parley --server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-remote-'));
  let child: ChildProcess;
  let url = '';
  let reviewer = '';
  let reader = '';
  const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  const remote = (token: string, args: string[]) => cli([...args, '--server', url, '--token', token]);

  beforeAll(async () => {
    for (const [name, role] of [['rex', 'reviewer'], ['rita', 'reader']]) {
      expect(cli(['user', 'add', name!, '--role', role!, '--no-password', '--data', dir]).status).toBe(0);
    }
    reviewer = cli(['token', 'create', 'rex', '--data', dir]).stdout.trim();
    reader = cli(['token', 'create', 'rita', '--data', dir]).stdout.trim();
    child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data', dir, '--auth', '--no-web'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^listening on (\S+)\n/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
  });
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('add a folder, list, search, review and export while the server holds the corpus', () => {
    const add = remote(reviewer, ['add', FIXTURES]);
    expect(add.status).toBe(0);
    expect(add.stdout.match(/^added/gm)).toHaveLength(2);
    expect(remote(reviewer, ['add', FIXTURES]).stdout.match(/^unchanged/gm)).toHaveLength(2);

    const list = remote(reader, ['list', '--json']);
    expect(list.stdout.trim().split('\n').map((l) => JSON.parse(l).interviewee).sort()).toEqual(['Alda Verrin', 'Peder Holm']);

    const search = remote(reader, ['search', 'unemployment', '--json']);
    expect(search.status).toBe(0);
    const hit = JSON.parse(search.stdout.split('\n')[0]!) as { doc: number };

    const claims = spawnSync(process.execPath, ['-e', `fetch(${JSON.stringify(`${url}/api/claims?doc=${hit.doc}`)}, { headers: { authorization: 'Bearer ${reader}' } }).then(r => r.json()).then(j => console.log(j.items[0].key))`], { encoding: 'utf8' });
    const key = claims.stdout.trim();
    expect(key).toMatch(/^[0-9a-f]{6,}/);

    const denied = remote(reader, ['review', key, '--verdict', 'false']);
    expect(denied.status).toBe(2);
    expect(denied.stderr).toMatch(/needs the reviewer role/);
    const review = remote(reviewer, ['review', key, '--verdict', 'mostly_true', '--note', 'checked against the port authority']);
    expect(review.status).toBe(0);
    expect(review.stdout).toMatch(/recorded mostly_true by rex/);
    expect(remote(reader, ['review', key]).stdout).toMatch(/mostly_true\s+rex/);

    const csv = spawnSync(process.execPath, [CLI, 'export', '--format', 'csv', '--reviewed', '--server', url, '--token', reader], { env });
    expect(csv.status).toBe(0);
    expect([...csv.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.stdout.toString('utf8')).toContain('mostly_true');
  });

  test('no token, a bad token and an unreachable server are clear errors', () => {
    const none = cli(['list', '--server', url]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--token/);
    const bad = remote('prl_notarealtokennotarealtoken', ['list']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not valid/);
    const down = cli(['list', '--server', 'http://127.0.0.1:9', '--token', reader]);
    expect(down.status).toBe(6);
    expect(down.stderr).toMatch(/cannot reach the server/);
    expect(down.stderr).not.toMatch(/\n\s+at /);
  });
});
