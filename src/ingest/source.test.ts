import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ParleyError } from '../errors.js';
import { readSource } from './source.js';
import { failure } from '../../test/http-server.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parley-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('readSource: files', () => {
  test('source: reads a file as raw bytes', async () => {
    const f = await readSource(fixture('ru-koi8-r.txt'));
    expect(f.uri).toBe(fixture('ru-koi8-r.txt'));
    expect(f.bytes.byteLength).toBe(122);
    expect(f.contentType).toBeUndefined();
  });

  test('source: reports a missing file', async () => {
    expect(await failure(readSource(join(dir, 'missing.txt')))).toBe(`not_found: no such file: ${join(dir, 'missing.txt')}`);
  });

  test('source: reports a path through a file as missing', async () => {
    expect(await failure(readSource(join(fixture('ru-koi8-r.txt'), 'x')))).toMatch(/^not_found: no such file: /);
  });

  test('source: refuses a directory', async () => {
    expect(await failure(readSource(dir))).toBe(`not_a_file: ${dir} is a directory, not a file`);
  });

  test('source: refuses a file over the size limit before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, Buffer.alloc(2560, 97));
    expect(await failure(readSource(path, { maxBytes: 1024 }))).toBe(`too_large: ${path} is 2.5 KiB; the limit is 1 KiB`);
  });

  test('source: the default limit is 20 MiB', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(20 * 1024 * 1024 + 1, 97));
    expect(await failure(readSource(path))).toBe(`too_large: ${path} is 20.0 MiB; the limit is 20 MiB`);
  });

  test.skipIf(process.getuid?.() === 0)('source: reports a file it may not read', async () => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'secret');
    chmodSync(path, 0o000);
    expect(await failure(readSource(path))).toBe(`unreadable: cannot read ${path}: permission denied`);
  });
});

describe('readSource: stdin', () => {
  test('source: reads "-" from the given stdin stream', async () => {
    const stdin = Readable.from([Buffer.from('Вопрос? '), Buffer.from('Ответ.')]);
    const f = await readSource('-', { stdin });
    expect(f.uri).toBe('-');
    expect(new TextDecoder().decode(f.bytes)).toBe('Вопрос? Ответ.');
  });

  test('source: refuses stdin over the size limit', async () => {
    const stdin = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    expect(await failure(readSource('-', { stdin, maxBytes: 1024 }))).toBe(
      'too_large: standard input is more than 1 KiB; the limit is 1 KiB',
    );
  });
});

describe('readSource: URLs', () => {
  test('source: fetches http URLs, refusing loopback unless allowed', async () => {
    const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('from the web'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      expect(await failure(readSource(url))).toMatch(/^refused: /);
      const f = await readSource(url, { allowPrivate: true });
      expect(f).toMatchObject({ uri: url, contentType: 'text/plain' });
      expect(new TextDecoder().decode(f.bytes)).toBe('from the web');
    } finally {
      server.close();
    }
  });

  test('source: treats other schemes as bad URLs, not as file names', async () => {
    expect(await failure(readSource('ftp://example.org/x.txt'))).toMatch(/^bad_url: only http and https/);
  });
});
