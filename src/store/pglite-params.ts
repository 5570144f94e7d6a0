import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile } from '../built.js';
import type { PGlite } from '@electric-sql/pglite';

/**
 * How parameters go to PGlite, in the calling thread (db.ts) or the database thread
 * (pglite-worker.ts). Long text and JSON parameters go as bytes (the binary format of text and json
 * is their UTF-8; jsonb's adds a version byte), encoded by the native TextEncoder. As strings,
 * PGlite measured each one's UTF-8 length in a JavaScript loop over its characters: a sixth of the
 * main thread's time in `parley add`, whose batches send megabytes of JSON. Short values, and
 * values that are not strings, keep PGlite's own serialisation.
 */
const LONG = 4096;
const encoder = new TextEncoder();

function utf8(value: string, versionByte?: number): Uint8Array {
  const bytes = encoder.encode(value);
  if (versionByte === undefined) return bytes;
  const out = new Uint8Array(bytes.length + 1);
  out[0] = versionByte;
  out.set(bytes, 1);
  return out;
}

const asText = (v: unknown): unknown => (typeof v === 'string' ? (v.length > LONG ? utf8(v) : v) : v instanceof Date ? v.toISOString() : String(v));
const asJson =
  (versionByte?: number) =>
  (v: unknown): unknown => {
    const text = typeof v === 'string' ? v : JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
    return text.length > LONG ? utf8(text, versionByte) : text;
  };

/** By parameter type oid: text, varchar, json, jsonb. PGlite's types say string; it sends bytes as they are. */
export const SERIALIZERS = { 25: asText, 1043: asText, 114: asJson(), 3802: asJson(1) } as unknown as Record<number, (value: unknown) => string>;

/** The part of PGlite the store uses, in this thread or behind a database thread (pglite-thread.ts). */
export interface PGliteLike {
  query<T>(
    sql: string,
    params?: unknown[],
    options?: { rowMode?: 'object'; serializers?: Record<number, (value: any) => string> }, // eslint-disable-line @typescript-eslint/no-explicit-any
  ): Promise<{ rows: T[]; affectedRows?: number }>;
  close(): Promise<void>;
}

/**
 * Opens PGlite on a data directory (memory when undefined). A directory without a cluster yet, or
 * memory, starts from the built empty cluster instead of running initdb: about 0.7 s instead of
 * 2.5 s for every new corpus (and every test store). An existing cluster is opened as it is.
 */
export async function openPGlite(dir: string | undefined): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const fresh = dir === undefined || !existsSync(join(dir, 'PG_VERSION'));
  // The empty cluster `npm run build` dumps (scripts/build/pglite-template.mjs).
  const tar = fresh ? builtFile('./pglite-empty.tar.gz', import.meta.url) : undefined;
  const pg = new PGlite(dir ?? 'memory://', {
    relaxedDurability: false,
    ...(tar !== undefined && { loadDataDir: new Blob([readFileSync(tar)], { type: 'application/x-gzip' }) }),
  });
  await pg.waitReady;
  return pg;
}
