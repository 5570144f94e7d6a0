#!/usr/bin/env node
// Part of `npm run build`: an empty, initialised PGlite cluster, dumped to
// dist/store/pglite-empty.tar.gz. A new embedded corpus starts from it instead of running initdb
// (about 0.7 s instead of 2.5 s; see openPGlite in src/store/pglite-params.ts). It is made by the
// installed PGlite, so it always matches the version that will load it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'store', 'pglite-empty.tar.gz');
const pg = new PGlite();
await pg.waitReady;
const dump = await pg.dumpDataDir('gzip');
await pg.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
