/**
 * Opens the corpus: embedded PGlite in a data directory (default), in memory (tests), or a
 * PostgreSQL server through `pg` when a URL is given. This is the only file that knows which;
 * everything else receives a `Kysely<Database>` and writes one SQL dialect.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import { ParleyError } from '../errors.js';
import { acquireLock, type Lock } from './lock.js';
import { MIGRATIONS } from './migrations/index.js';
import { openPGlite, SERIALIZERS, type PGliteLike } from './pglite-params.js';
import { openThreadedPGlite } from './pglite-thread.js';
import type { Database } from './schema.js';

export type Store = Kysely<Database>;
export type StoreKind = 'pglite' | 'postgres';

export interface OpenDbOptions {
  /** A postgres:// URL: use that PostgreSQL server. */
  readonly url?: string;
  /** An embedded data directory (created if missing); PGlite files live in `<dataDir>/pgdata`. */
  readonly dataDir?: string;
  /** An in-memory PGlite database (tests). */
  readonly memory?: boolean;
  /** Server only: work in this schema (created if missing), e.g. one per test run. */
  readonly schema?: string;
  /** Embedded only: the command recorded in the lock file; default the process's arguments. */
  readonly command?: string;
  /** Run pending migrations on open. Default true. */
  readonly migrate?: boolean;
  /**
   * Embedded only: run PGlite in a thread of its own, so that a server's other work overlaps with
   * its statements (`parley serve`). Default false.
   */
  readonly thread?: boolean;
}

/** Where the corpus lives: `DATABASE_URL` when set, else `PARLEY_DATA`, else the user's data directory. */
export function storeLocation(env: NodeJS.ProcessEnv = process.env): { url: string } | { dataDir: string } {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: defaultDataDir(env) };
}

/** `PARLEY_DATA`, else `$XDG_DATA_HOME/parley`, else `~/.local/share/parley`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PARLEY_DATA) return resolve(env.PARLEY_DATA);
  const base = env.XDG_DATA_HOME ? resolve(env.XDG_DATA_HOME) : join(homedir(), '.local', 'share');
  return join(base, 'parley');
}

const kinds = new WeakMap<object, StoreKind>();

/** Which backend `db` runs on (for maintenance statements only, never for query shape). */
export function storeKind(db: Store): StoreKind {
  return kinds.get(db) ?? 'postgres';
}

/**
 * Opens (and by default migrates) the corpus. Embedded directories are locked for the lifetime of
 * the returned Kysely; `db.destroy()` closes the database and releases the lock.
 * @example
 * const db = await openDb({ dataDir: '/tmp/corpus' });
 * try { console.log(await listDocuments(db)); } finally { await db.destroy(); }
 */
export async function openDb(options: OpenDbOptions = {}): Promise<Store> {
  let db: Store;
  let kind: StoreKind;
  let lock: Lock | undefined;
  if (options.url) {
    kind = 'postgres';
    db = await openServer(options.url, options.schema);
  } else {
    kind = 'pglite';
    let dataDir: string | undefined;
    if (!options.memory) {
      dataDir = options.dataDir !== undefined ? resolve(options.dataDir) : defaultDataDir();
      try {
        mkdirSync(dataDir, { recursive: true });
      } catch (err) {
        throw new ParleyError('database', `cannot create the data directory ${dataDir}: ${(err as Error).message}`);
      }
      lock = acquireLock(dataDir, options.command);
    }
    try {
      db = await openEmbedded(dataDir === undefined ? undefined : join(dataDir, 'pgdata'), lock, options.thread === true);
    } catch (err) {
      lock?.release();
      throw err;
    }
  }
  kinds.set(db, kind);
  if (options.migrate !== false) {
    try {
      await migrate(db, options.schema);
    } catch (err) {
      await db.destroy();
      if (err instanceof ParleyError) throw err;
      throw new ParleyError('database', `cannot migrate the corpus: ${(err as Error).message}`);
    }
  }
  return db;
}

/** Runs every pending migration; throws when one fails. */
export async function migrate(db: Store, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new ParleyError('database', `migration ${failed ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A migration that rewrote every row of a table leaves its old versions behind, and PGlite has
  // no autovacuum: without this, every search walked the dead turns and the text index's pending list.
  const rewrote = new Set((results ?? []).filter((r) => r.status === 'Success').flatMap((r) => REWRITES[r.migrationName] ?? []));
  for (const table of rewrote) await sql`vacuum ${sql.table(table)}`.execute(db);
}

/** The tables a migration rewrites row by row, by migration name. */
const REWRITES: Record<string, readonly string[]> = { '0004-turn-published': ['turn'] };

/** Reverts every migration (tests of `down`). */
export async function migrateDown(db: Store, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error) throw error;
    if (!results?.length) return;
  }
}

async function openServer(url: string, schema: string | undefined): Promise<Store> {
  const pg = await import('pg');
  const Pool = pg.default?.Pool ?? pg.Pool;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new ParleyError('usage', `bad schema name "${schema}"`);
  const pool = new Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 10_000,
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
  });
  pool.on('error', () => {
    // An idle client lost its connection; the next query reports the problem.
  });
  try {
    const client = await pool.connect();
    try {
      if (schema !== undefined) await client.query(`create schema if not exists ${schema}`);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new ParleyError('database', `cannot connect to the database at ${redact(url)}: ${(err as Error).message}`);
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

async function openEmbedded(dir: string | undefined, lock: Lock | undefined, thread: boolean): Promise<Store> {
  let pg: PGliteLike | undefined;
  try {
    if (thread) pg = await openThreadedPGlite(dir);
    pg ??= await openPGlite(dir);
  } catch (err) {
    throw new ParleyError('database', `cannot open the embedded database in ${dir ?? 'memory'}: ${(err as Error).message}`);
  }
  return new Kysely<Database>({ dialect: new PGliteDialect(pg, lock) });
}


/** Kysely 0.28 has no PGlite dialect: Postgres SQL over one PGlite session, serialised by a queue. */
class PGliteDialect implements Dialect {
  constructor(
    private readonly pg: PGliteLike,
    private readonly lock: Lock | undefined,
  ) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.lock);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: PGliteConnection;
  private destroyed = false;

  constructor(
    private readonly pg: PGliteLike,
    private readonly lock: Lock | undefined,
  ) {
    this.connection = new PGliteConnection(pg);
  }
  async init(): Promise<void> {}
  /** PGlite is one session: a connection (and so a transaction) is held exclusively until released. */
  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const prev = this.queue;
    this.queue = prev.then(() => next);
    await prev;
    this.connection.release = release;
    return this.connection;
  }
  async beginTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    (conn as PGliteConnection).release?.();
  }
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    await this.queue;
    try {
      await this.pg.close();
    } finally {
      this.lock?.release();
    }
  }
}

/** PARLEY_SLOW_SQL_MS=n: statements slower than n ms are logged on stderr (embedded store; for profiling). */
const SLOW_MS = Number(process.env.PARLEY_SLOW_SQL_MS ?? Infinity);

class PGliteConnection implements DatabaseConnection {
  release: (() => void) | undefined;
  constructor(private readonly pg: PGliteLike) {}
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const t0 = performance.now();
    const r = await this.pg.query<R>(query.sql, [...query.parameters], { rowMode: 'object', serializers: SERIALIZERS });
    const ms = performance.now() - t0;
    if (ms > SLOW_MS) process.stderr.write(`parley: sql ${ms.toFixed(1)} ms, ${r.rows.length} rows: ${query.sql.replace(/\s+/g, ' ').slice(0, 120)}\n`);
    const kind = query.query.kind;
    const writes = kind === 'InsertQueryNode' || kind === 'UpdateQueryNode' || kind === 'DeleteQueryNode' || kind === 'MergeQueryNode';
    return {
      rows: r.rows,
      ...(writes && r.affectedRows !== undefined && { numAffectedRows: BigInt(r.affectedRows) }),
    };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not stream results');
  }
}
