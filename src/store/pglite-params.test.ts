import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openPGlite } from './pglite-params.js';

const root = mkdtempSync(join(tmpdir(), 'parley-pglite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openPGlite', () => {
  test('pglite: a new directory gets a working cluster; an existing one is opened as it is, never replaced', { timeout: 60_000 }, async () => {
    const dir = join(root, 'pgdata');
    const a = await openPGlite(dir);
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    await a.query('create table kept (v text)');
    await a.query(`insert into kept values ('still here')`);
    await a.close();

    const b = await openPGlite(dir);
    expect((await b.query<{ v: string }>('select v from kept')).rows).toEqual([{ v: 'still here' }]);
    await b.close();
  });

  test('pglite: memory databases start empty and apart from each other', { timeout: 60_000 }, async () => {
    const a = await openPGlite(undefined);
    await a.query('create table only_in_a (i int)');
    const b = await openPGlite(undefined);
    expect((await b.query(`select 1 from pg_tables where tablename = 'only_in_a'`)).rows).toEqual([]);
    await a.close();
    await b.close();
  });
});
