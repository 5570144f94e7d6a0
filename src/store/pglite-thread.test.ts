import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { openDb } from './db.js';
import { openThreadedPGlite } from './pglite-thread.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'parley-thread-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('embedded store in a database thread', () => {
  test('thread: statements, errors with their PostgreSQL code, transactions and durability across reopening', { timeout: 60_000 }, async () => {
    const dataDir = fresh();
    const db = await openDb({ dataDir, thread: true });
    await sql`create table t (k text primary key, v jsonb)`.execute(db);
    const big = { text: 'ё😀 '.repeat(5000) };
    await sql`insert into t values ('a', ${JSON.stringify(big)}::jsonb)`.execute(db);
    // A unique violation keeps its SQLSTATE across the thread.
    await expect(sql`insert into t values ('a', '{}')`.execute(db)).rejects.toMatchObject({ code: '23505' });
    // A failed transaction leaves nothing behind.
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into t values ('b', '{}')`.execute(trx);
        throw new Error('give up');
      }),
    ).rejects.toThrow('give up');
    const rows = (await sql<{ k: string; v: { text: string } }>`select k, v from t order by k`.execute(db)).rows;
    expect(rows.map((r) => r.k)).toEqual(['a']);
    expect(rows[0]!.v).toEqual(big);
    await db.destroy();
    await expect(sql`select 1`.execute(db)).rejects.toThrow();

    const again = await openDb({ dataDir });
    expect((await sql<{ n: number }>`select count(*)::int as n from t`.execute(again)).rows[0]!.n).toBe(1);
    await again.destroy();
  });

  test('thread: a long statement leaves the calling thread free', { timeout: 60_000 }, async () => {
    const ticks = async (thread: boolean) => {
      const db = await openDb({ dataDir: fresh(), thread });
      let n = 0;
      const timer = setInterval(() => n++, 10);
      await sql`select count(*) from generate_series(1, 3000000)`.execute(db);
      clearInterval(timer);
      await db.destroy();
      return n;
    };
    // In the calling thread PGlite runs synchronously: no timer fires until the statement ends.
    expect(await ticks(false)).toBeLessThanOrEqual(1);
    expect(await ticks(true)).toBeGreaterThanOrEqual(5);
  });

  test('thread: closing twice closes once; statements after it fail clearly', { timeout: 60_000 }, async () => {
    const pg = (await openThreadedPGlite(fresh()))!;
    expect((await pg.query<{ n: number }>('select 1 as n')).rows).toEqual([{ n: 1 }]);
    await Promise.all([pg.close(), pg.close()]);
    await expect(pg.query('select 1')).rejects.toThrow('the database is closed');
  });

  test('thread: many statements at once come back to their callers in order', { timeout: 60_000 }, async () => {
    const db = await openDb({ dataDir: fresh(), thread: true });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => sql<{ n: number }>`select ${i}::int as n`.execute(db)));
    expect(answers.map((a) => a.rows[0]!.n)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await db.destroy();
  });
});
