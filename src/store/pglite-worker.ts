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

/** Sends an answer; one that cannot cross to the other thread becomes an error for its statement. */
function reply(message: object, id: number): void {
  try {
    port.postMessage(message);
  } catch (err) {
    port.postMessage({ id, error: { message: `the answer could not be sent: ${err instanceof Error ? err.message : String(err)}` } });
  }
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
    (r) => reply({ id: m.id, rows: r.rows, affectedRows: r.affectedRows }, m.id),
    (err: unknown) => reply({ id: m.id, error: errorData(err) }, m.id),
  );
});
