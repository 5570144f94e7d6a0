/**
 * An embedded store whose PGlite runs in a thread of its own (pglite-worker.ts): `parley serve`
 * opens it so, and the HTTP work of one request (parsing, validation, search snippets, JSON)
 * overlaps with the statements of the next instead of waiting for them on one thread.
 */
import { Worker } from 'node:worker_threads';
import { builtFile } from '../built.js';
import type { PGliteLike } from './pglite-params.js';

type Reply = { id: number; rows?: unknown[]; affectedRows?: number; error?: Record<string, unknown> };

/** How long closing may take (PGlite writes its last pages) before the thread is ended anyway. */
const CLOSE_MS = 30_000;


/** An Error with the fields of the PostgreSQL error the database thread reported. */
function rebuild(data: Record<string, unknown>): Error {
  const err = new Error(String(data.message ?? 'database error'));
  Object.assign(err, data);
  return err;
}

/** Opens PGlite on `dir` (memory when undefined) in a database thread; undefined when no built worker script exists. */
export async function openThreadedPGlite(dir: string | undefined): Promise<PGliteLike | undefined> {
  const url = builtFile('./pglite-worker.js', import.meta.url);
  if (!url) return undefined;
  const worker = new Worker(url, { workerData: { dir } });
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let stopped: Error | undefined;
  const stop = (err: Error) => {
    stopped ??= err;
    for (const p of pending.values()) p.reject(stopped);
    pending.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (m: { ready?: true; failed?: Record<string, unknown> }) => (m.ready ? resolve() : reject(rebuild(m.failed ?? {}))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the database thread exited with code ${code}`)));
  });
  worker.removeAllListeners('error').removeAllListeners('exit');
  worker.on('message', (m: Reply & { closed?: true }) => {
    if (m.closed) {
      closing?.settle(m.error ? rebuild(m.error) : undefined);
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error) p.reject(rebuild(m.error));
    else p.resolve(m);
  });
  // A reply that cannot be read, an error or an exit leaves the store unusable: every statement
  // waiting, and every later one, fails with the reason, and a close in progress ends.
  worker.on('messageerror', (err) => stop(new Error(`the database thread sent an unreadable answer: ${err.message}`)));
  worker.on('error', (err) => stop(new Error(`the database thread failed: ${err.message}`)));
  worker.on('exit', (code) => {
    if (!closing) process.stderr.write(`parley: the database thread stopped (exit code ${code}); the corpus cannot be reached until restart\n`);
    stop(new Error(`the database thread exited with code ${code}`));
    closing?.settle(undefined);
  });

  let closing: { done: Promise<void>; settle: (err: Error | undefined) => void } | undefined;
  return {
    query<T>(sql: string, params: unknown[] = []): Promise<{ rows: T[]; affectedRows?: number }> {
      if (stopped) return Promise.reject(stopped);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        pending.set(id, {
          resolve: (r) => resolve({ rows: (r.rows ?? []) as T[], ...(r.affectedRows !== undefined && { affectedRows: r.affectedRows }) }),
          reject,
        });
        worker.postMessage({ id, sql, params });
      });
    },
    /** Closes PGlite in its thread (at most CLOSE_MS), then ends the thread; a second call waits for the first. */
    close(): Promise<void> {
      if (closing) return closing.done;
      let settle!: (err: Error | undefined) => void;
      const settled = new Promise<Error | undefined>((resolve) => (settle = resolve));
      closing = {
        settle,
        done: (async () => {
          if (!stopped) worker.postMessage({ close: true });
          const timer = setTimeout(() => settle(new Error(`the database thread did not close within ${CLOSE_MS} ms`)), CLOSE_MS);
          const err = await settled;
          clearTimeout(timer);
          stop(new Error('the database is closed'));
          await worker.terminate();
          if (err) throw err;
        })(),
      };
      return closing.done;
    },
  };
}
