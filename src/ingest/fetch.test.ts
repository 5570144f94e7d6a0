import dns from 'node:dns';
import http from 'node:http';
import os from 'node:os';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { isPrivateAddress } from './address.js';
import { fetchUrl, type Resolver } from './fetch.js';
import { closeServers, failure, serve } from '../../test/http-server.js';

afterEach(closeServers);

const text = (body: string, type = 'text/plain; charset=utf-8'): http.RequestListener => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
};

describe('fetchUrl: success', () => {
  test('fetch: returns the body and Content-Type of a 200 response', async () => {
    const s = await serve(text('Hello, world.', 'text/html; charset=koi8-r'));
    const f = await fetchUrl(`${s.url}/page`, { allowPrivate: true });
    expect(new TextDecoder().decode(f.bytes)).toBe('Hello, world.');
    expect(f).toMatchObject({ uri: `${s.url}/page`, contentType: 'text/html; charset=koi8-r' });
    expect(f.url).toBeUndefined();
  });

  test.each([
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ] as const)('fetch: decompresses a %s body', async (encoding, compress) => {
    const body = 'Interview text. '.repeat(1000);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': encoding });
      res.end(compress(Buffer.from(body)));
    });
    const f = await fetchUrl(s.url, { allowPrivate: true });
    expect(new TextDecoder().decode(f.bytes)).toBe(body);
  });

  test('fetch: follows redirects by hand and reports the final URL', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/a') res.writeHead(301, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(307, { location: `http://localhost:${(req.socket.localPort ?? 0).toString()}/c` }).end();
      else text('arrived')(req, res);
    });
    const f = await fetchUrl(`${s.url}/a`, { allowPrivate: true });
    expect(new TextDecoder().decode(f.bytes)).toBe('arrived');
    expect(f.url).toBe(`http://localhost:${s.port}/c`);
  });
});

describe('fetchUrl: SSRF refusals', () => {
  test.each([
    ['http://127.0.0.1:PORT/'],
    ['http://localhost:PORT/'],
    ['http://LOCALHOST.:PORT/'],
    ['http://app.localhost:PORT/'],
    ['http://2130706433:PORT/'],
    ['http://0177.0.0.1:PORT/'],
    ['http://0x7f.1:PORT/'],
    ['http://127.1:PORT/'],
    ['http://[::1]:PORT/'],
    ['http://[::ffff:127.0.0.1]:PORT/'],
    ['http://[::ffff:7f00:1]:PORT/'],
    ['http://0.0.0.0:PORT/'],
    ['http://169.254.169.254/latest/meta-data/'],
    ['http://10.0.0.1/'],
    ['http://192.168.1.1/'],
    ['http://100.64.0.1/'],
    ['http://[fd00::1]/'],
    ['http://[fe80::1]/'],
    ['http://[64:ff9b::a00:1]/'],
  ])('fetch: refuses %s before connecting', async (template) => {
    const s = await serve(text('secret'));
    const url = template.replace('PORT', String(s.port));
    expect(await failure(fetchUrl(url))).toMatch(/^refused: refused to fetch .*: .* is a private\/loopback address; pass --allow-private to allow it$/);
    expect(s.connections).toBe(0);
  });

  test('fetch: refuses a host name whose DNS answer is loopback, before connecting', async () => {
    const s = await serve(text('secret'));
    const lookup: Resolver = (_host, _opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]);
    expect(await failure(fetchUrl(`http://interview.example:${s.port}/`, { lookup }))).toBe(
      'refused: refused to fetch interview.example: 127.0.0.1 is a private/loopback address; pass --allow-private to allow it',
    );
    expect(s.connections).toBe(0);
  });

  test('fetch: refuses a host name when any of its addresses is private', async () => {
    const s = await serve(text('secret'));
    const lookup: Resolver = (_host, _opts, cb) =>
      cb(null, [
        { address: '93.184.216.34', family: 4 },
        { address: '::1', family: 6 },
      ]);
    expect(await failure(fetchUrl(`http://mixed.example:${s.port}/`, { lookup }))).toMatch(/^refused: .*::1 is a private/);
    expect(s.connections).toBe(0);
  });

  test('fetch: refuses this machine\'s own host name when it resolves to a private address', async () => {
    const host = os.hostname();
    const addresses = await dns.promises.lookup(host, { all: true }).catch(() => []);
    if (addresses.length === 0 || !addresses.some((a) => isPrivateAddress(a.address))) return; // not resolvable here
    const s = await serve(text('secret'));
    expect(await failure(fetchUrl(`http://${host}:${s.port}/`))).toMatch(/^refused: /);
    expect(s.connections).toBe(0);
  });

  test('fetch: allowPrivate lets loopback through', async () => {
    const s = await serve(text('ok'));
    const lookup: Resolver = (_host, _opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]);
    const f = await fetchUrl(`http://interview.example:${s.port}/`, { lookup, allowPrivate: true });
    expect(new TextDecoder().decode(f.bytes)).toBe('ok');
  });
});

describe('fetchUrl: bad URLs and HTTP failures', () => {
  test.each([
    ['not a url', 'bad_url: not a valid URL: not a url'],
    ['ftp://example.org/file', 'bad_url: only http and https URLs can be fetched, not ftp: ftp://example.org/file'],
    ['file:///etc/passwd', 'bad_url: only http and https URLs can be fetched, not file: file:///etc/passwd'],
    ['http://user:pw@example.org/', 'bad_url: URLs with a user name or password are not supported: http://user:pw@example.org/'],
  ])('fetch: rejects %s', async (url, message) => {
    expect(await failure(fetchUrl(url))).toBe(message);
  });

  test('fetch: reports a non-2xx status', async () => {
    const s = await serve((_req, res) => res.writeHead(404, 'Not Found').end('nope'));
    expect(await failure(fetchUrl(`${s.url}/missing`, { allowPrivate: true }))).toBe(
      `http_status: ${s.url}/missing: HTTP 404 Not Found`,
    );
  });

  test('fetch: stops after five redirects', async () => {
    const s = await serve((req, res) => res.writeHead(302, { location: `/r${req.url!.length}` }).end());
    expect(await failure(fetchUrl(`${s.url}/`, { allowPrivate: true }))).toBe(
      `http_status: ${s.url}/: too many redirects (more than 5)`,
    );
    expect(s.requests).toBe(6);
  });

  test('fetch: refuses a redirect to another scheme', async () => {
    const s = await serve((_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect(await failure(fetchUrl(s.url, { allowPrivate: true }))).toMatch(/^bad_url: only http and https/);
  });

  test('fetch: refuses a binary Content-Type without reading the body', async () => {
    const s = await serve(text('%PDF-1.7', 'application/pdf'));
    expect(await failure(fetchUrl(s.url, { allowPrivate: true }))).toBe(
      `binary: ${s.url}/ is application/pdf, not a text or HTML page`,
    );
  });

  test('fetch: reports a refused connection as unreachable', async () => {
    const s = await serve(text('x'));
    await closeServers();
    expect(await failure(fetchUrl(s.url, { allowPrivate: true }))).toBe(`unreachable: could not fetch ${s.url} (ECONNREFUSED)`);
  });

  test('fetch: reports a DNS failure as unreachable', async () => {
    const lookup: Resolver = (host, _opts, cb) => cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []);
    expect(await failure(fetchUrl('http://no-such-host.example/', { lookup }))).toBe(
      'unreachable: could not resolve the host of http://no-such-host.example/ (ENOTFOUND)',
    );
  });
});

describe('fetchUrl: limits', () => {
  test('fetch: times out when the server never answers', async () => {
    const s = await serve(() => undefined);
    const t0 = performance.now();
    expect(await failure(fetchUrl(s.url, { allowPrivate: true, timeoutMs: 300 }))).toBe(
      `timeout: timed out after 0.3 s fetching ${s.url}`,
    );
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  test('fetch: the timeout covers a body that trickles in', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    });
    expect(await failure(fetchUrl(s.url, { allowPrivate: true, timeoutMs: 400 }))).toMatch(/^timeout: /);
  });

  test('fetch: refuses a declared Content-Length over the cap', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(3 * 1024 * 1024) });
      res.end(Buffer.alloc(3 * 1024 * 1024, 97));
    });
    expect(await failure(fetchUrl(s.url, { allowPrivate: true, maxBytes: 1024 * 1024 }))).toBe(
      `too_large: ${s.url} is 3 MiB; the limit is 1 MiB`,
    );
  });

  test('fetch: stops reading a chunked body at the cap', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024, 97));
      res.end();
    });
    expect(await failure(fetchUrl(s.url, { allowPrivate: true, maxBytes: 1024 * 1024 }))).toBe(
      `too_large: ${s.url} is more than 1 MiB; the limit is 1 MiB`,
    );
  });

  test('fetch: refuses a gzip bomb by its decompressed size', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }); // ~64 KB that inflates to 64 MiB
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.byteLength) });
      res.end(bomb);
    });
    const before = process.memoryUsage();
    expect(await failure(fetchUrl(s.url, { allowPrivate: true, maxBytes: 1024 * 1024 }))).toBe(
      `too_large: ${s.url} is more than 1 MiB; the limit is 1 MiB`,
    );
    const after = process.memoryUsage();
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(32 * 1024 * 1024);
  });

  test('fetch: stops an endless gzip stream at the cap, with bounded memory', async () => {
    let sent = 0;
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      const zeros = Buffer.alloc(64 * 1024);
      const endless = new Readable({
        read() {
          this.push(zeros);
        },
      });
      const gzip = zlib.createGzip();
      gzip.on('data', (c: Buffer) => (sent += c.byteLength));
      endless.pipe(gzip).pipe(res);
      res.on('close', () => endless.destroy());
    });
    const before = process.memoryUsage().rss;
    expect(await failure(fetchUrl(s.url, { allowPrivate: true, maxBytes: 4 * 1024 * 1024 }))).toMatch(/^too_large: /);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(sent).toBeLessThan(1024 * 1024); // the server was never asked for much
  });
});
