/**
 * An exclusive lock on an embedded data directory. PGlite has no cross-process lock, and two
 * processes on one data directory silently lose acknowledged rows, so parley holds `parley.lock`
 * for as long as the store is open: created with O_EXCL, holding pid, host, process start time and
 * command. A lock whose pid is dead (or reused by a younger process) on this host is stale and is
 * taken over; any other lock is refused with an error naming its holder.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ParleyError } from '../errors.js';

export const LOCK_FILE = 'parley.lock';

/** What a lock file holds. */
export interface LockInfo {
  readonly pid: number;
  readonly host: string;
  /** When the holding process started, ms since the epoch. */
  readonly started: number;
  /** When the lock was taken, ISO 8601. */
  readonly since: string;
  readonly command: string;
}

/** A held lock; `release()` is idempotent. */
export interface Lock {
  readonly path: string;
  readonly info: LockInfo;
  release(): void;
}

function processStart(): number {
  return Math.round(Date.now() - process.uptime() * 1000);
}

/** Start time (ms since the epoch) of another process on this host, from /proc; undefined when unknown. */
function startOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, clock ticks since boot) comes after the parenthesised command name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return undefined;
    return btime * 1000 + (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** True when `info` names a process that is certainly gone: same host, and dead or a younger process under a reused pid. */
export function isStale(info: LockInfo): boolean {
  if (info.host !== hostname()) return false;
  if (info.pid === process.pid) return info.started < processStart() - 2000;
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const started = startOf(info.pid);
  // A live pid that started well after the lock's holder is a different process.
  return started !== undefined && Number.isFinite(info.started) && started > info.started + 2000;
}

function readLock(path: string): LockInfo | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number') return undefined;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ''),
      started: Number(parsed.started ?? 0),
      since: String(parsed.since ?? ''),
      command: String(parsed.command ?? ''),
    };
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${JSON.stringify(info)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Describes a holder for an error message: "pid 123 (parley add x/) on host h since …". */
export function describeHolder(info: LockInfo): string {
  const cmd = info.command ? ` (${info.command})` : '';
  return `pid ${info.pid}${cmd} on host ${info.host || '?'} since ${info.since || '?'}`;
}

/**
 * Takes the lock of `dir` (which must exist) or throws ParleyError('locked') naming the holder.
 * @example
 * const lock = acquireLock(dataDir, 'parley add');
 * try { … } finally { lock.release(); }
 */
export function acquireLock(dir: string, command = process.argv.slice(1).join(' ')): Lock {
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    started: processStart(),
    since: new Date().toISOString(),
    command,
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, info)) return held(path, info);
    const holder = readLock(path);
    if (holder === undefined) {
      // Being written right now, or left empty by a crash between create and write.
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (age < 2000) {
        sleep(50);
        continue;
      }
    } else if (!isStale(holder)) {
      throw new ParleyError('locked', `the data directory ${dir} is in use by ${describeHolder(holder)}`);
    }
    takeOver(dir, path, holder);
  }
  const holder = readLock(path);
  throw new ParleyError('locked', `the data directory ${dir} is in use${holder ? ` by ${describeHolder(holder)}` : ''}`);
}

/**
 * Moves a stale lock aside under a second O_EXCL guard, so that two processes starting at once
 * after a crash cannot both remove it and both believe they hold the new one.
 */
function takeOver(dir: string, path: string, stale: LockInfo | undefined): void {
  const guard = join(dir, `${LOCK_FILE}.takeover`);
  let fd: number;
  try {
    fd = openSync(guard, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    try {
      // A guard older than 10 s belongs to a process that died during a takeover.
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { force: true });
    } catch {
      // gone already
    }
    sleep(50);
    return;
  }
  closeSync(fd);
  try {
    const now = readLock(path);
    const same = now === undefined ? stale === undefined : stale !== undefined && now.pid === stale.pid && now.started === stale.started;
    if (same) renameSync(path, `${path}.stale`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  } finally {
    rmSync(guard, { force: true });
  }
}

function held(path: string, info: LockInfo): Lock {
  let released = false;
  return {
    path,
    info,
    release() {
      if (released) return;
      released = true;
      const now = readLock(path);
      if (now && now.pid === info.pid && now.started === info.started) rmSync(path, { force: true });
    },
  };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
