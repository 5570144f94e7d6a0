/**
 * The database thread of an embedded store opened with `thread: true` (pglite-thread.ts): owns the
 * PGlite instance and runs the statements it is sent, in the order they arrive, so that the
 * calling thread can parse requests, build snippets and write answers while a statement runs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { openPGlite, SERIALIZERS } from './pglite-params.js';

interface Query {
  readonly id: number;
  readonly sql: string;
  readonly params: unknown[];
}

const port = parentPort!;
const { dir } = workerData as { dir: string | undefined };

/** What a PostgreSQL error carries, as plain data (an Error's own fields do not cross threads). */
function errorData(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const out: Record<string, unknown> = { name: err.name, message: err.message };
  for (const k of ['code', 'severity', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'constraint', 'routine']) {
    const v = (err as unknown as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

let pg: PGlite;
try {
  pg = await openPGlite(dir);
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ failed: errorData(err) });
  process.exit(1);
}

port.on('message', (m: Query | { close: true }) => {
  if ('close' in m) {
    pg.close().then(
      () => port.postMessage({ closed: true }),
      (err: unknown) => port.postMessage({ closed: true, error: errorData(err) }),
    );
    return;
  }
  // PGlite runs its queries one at a time, in the order they are called.
  pg.query(m.sql, m.params, { rowMode: 'object', serializers: SERIALIZERS }).then(
    (r) => port.postMessage({ id: m.id, rows: r.rows, affectedRows: r.affectedRows }),
    (err: unknown) => port.postMessage({ id: m.id, error: errorData(err) }),
  );
});
