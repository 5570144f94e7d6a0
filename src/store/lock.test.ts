import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireLock, LOCK_FILE } from './lock.js';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'parley-lock-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('lock', () => {
  test('lock: held by pid, host, start time and command; released on release()', () => {
    const dir = tmp();
    const lock = acquireLock(dir, 'parley add x/');
    const info = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: hostname(), command: 'parley add x/' });
    expect(typeof info.started).toBe('number');
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lock.release();
    acquireLock(dir).release();
  });

  test('lock: a second holder is refused with the holder named', async () => {
    const dir = tmp();
    // A live process of this host holds the lock.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      await new Promise((r) => child.once('spawn', r));
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: child.pid, host: hostname(), started: Date.now() - 100, since: '2025-01-01T00:00:00.000Z', command: 'parley add corpus/' }));
      expect(() => acquireLock(dir)).toThrow(new RegExp(`in use by pid ${child.pid} \\(parley add corpus/\\) on host`));
      try {
        acquireLock(dir);
      } catch (err) {
        expect(err).toMatchObject({ name: 'ParleyError', code: 'locked', exit: 8 });
      }
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('lock: the lock of a dead process on this host is taken over', async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    const pid = child.pid!;
    await new Promise((r) => child.once('exit', r));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), started: Date.now() - 5000, since: 'x', command: 'parley add' }));
    const lock = acquireLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  test('lock: a lock from another host is never taken over', () => {
    const dir = tmp();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 999999, host: 'elsewhere.example', started: 1, since: 'x', command: 'parley serve' }));
    expect(() => acquireLock(dir)).toThrow(/pid 999999 \(parley serve\) on host elsewhere.example/);
  });

  test('lock: a pid reused by a younger process does not keep a stale lock', () => {
    const dir = tmp();
    // Our own pid, but a holder that started long before this process: a previous process with this pid.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), started: 1000, since: 'x', command: 'old' }));
    const lock = acquireLock(dir);
    expect(lock.info.pid).toBe(process.pid);
    lock.release();
  });
});
