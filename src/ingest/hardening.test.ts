/**
 * Hardening of URL ingest, end to end from a URL string: SSRF refusal of every
 * non-public address in every notation the URL parser accepts, DNS rebinding
 * (the address actually connected to is what is judged), redirects re-checked
 * on every hop, and decompression bombs stopped at the byte cap with bounded
 * memory. Only loopback servers are used; nothing reaches the real network.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { analyze, analyzeBytes } from '../analyze.js';
import { ParleyError } from '../errors.js';
import { fetchUrl, vetUrl, type Resolver } from './fetch.js';
import { readSource } from './source.js';
import { closeServers, failure, serve, type TestServer } from '../../test/http-server.js';

afterEach(closeServers);

const ok: http.RequestListener = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Q: Is it open?\n\nA: It is open.');
};


async function parleyError(p: Promise<unknown>): Promise<ParleyError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParleyError) return e;
    throw e;
  }
  throw new Error('expected a ParleyError, got a result');
}

/** A resolver that records its calls and answers with `answer(host, call)`. */
function resolver(answer: (host: string, call: number) => Array<{ address: string; family: number }>) {
  const calls: string[] = [];
  const lookup: Resolver = (host, _opts, cb) => {
    calls.push(host);
    const addresses = answer(host, calls.length);
    if (addresses.length === 0) {
      cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []);
      return;
    }
    cb(null, addresses);
  };
  return { lookup, calls };
}

// ---------------------------------------------------------------------------
// 1. Address refusal, from the URL string

/**
 * URL hosts that must be refused, with what they are. Every one is tried with
 * the port of a live loopback server, so a loopback form that slipped through
 * would show up as a connection; any other that slipped would fail as
 * unreachable or timeout rather than `refused`.
 */
const REFUSED: ReadonlyArray<readonly [string, string]> = [
  // loopback, IPv4, in every notation the WHATWG URL parser (and inet_aton) accepts
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback, top of 127/8'],
  ['2130706433', 'loopback, one decimal number'],
  ['0177.0.0.1', 'loopback, octal first part'],
  ['0x7f.0.0.1', 'loopback, hex first part'],
  ['0x7f000001', 'loopback, one hex number'],
  ['0X7F.1', 'loopback, upper-case hex, two parts'],
  ['017700000001', 'loopback, one octal number'],
  ['0000000177.0.0.1', 'loopback, zero-padded octal'],
  ['127.000.000.001', 'loopback, zero-padded parts (octal zeros)'],
  ['0x7f.0x0.0x0.0x1', 'loopback, all hex parts'],
  ['0x00007f.1', 'loopback, padded hex, two parts'],
  ['127.1', 'loopback, short form'],
  ['127.0.1', 'loopback, three parts'],
  ['127.0.0.1.', 'loopback, trailing dot'],
  ['127.0.0.1..', 'loopback, two trailing dots (a DNS name to the URL parser)'],
  ['0x7f.1.', 'loopback, hex short form with trailing dot'],
  ['127%2e0%2e0%2e1', 'loopback, percent-encoded dots'],
  ['１２７.０.０.１', 'loopback, full-width digits (IDNA maps them)'],
  ['①②⑦.0.0.1', 'loopback, circled digits (IDNA maps them)'],
  // loopback, IPv6
  ['[::1]', 'IPv6 loopback'],
  ['[0:0:0:0:0:0:0:1]', 'IPv6 loopback, uncompressed'],
  ['[0000:0000:0000:0000:0000:0000:0000:0001]', 'IPv6 loopback, zero-padded'],
  ['[0::1]', 'IPv6 loopback, odd compression'],
  ['[::ffff:127.0.0.1]', 'IPv4-mapped loopback, dotted'],
  ['[::ffff:7f00:1]', 'IPv4-mapped loopback, hex'],
  ['[0:0:0:0:0:ffff:127.0.0.1]', 'IPv4-mapped loopback, uncompressed'],
  ['[::127.0.0.1]', 'IPv4-compatible loopback'],
  ['[::ffff:0:7f00:1]', 'IPv4-translated loopback'],
  ['[64:ff9b::127.0.0.1]', 'NAT64 of loopback'],
  ['[2002:7f00:1::1]', '6to4 of loopback'],
  // names that always mean this machine
  ['localhost', 'localhost'],
  ['LOCALHOST.', 'localhost, upper case, trailing dot'],
  ['localhost..', 'localhost, two trailing dots'],
  ['app.localhost', 'a subdomain of localhost'],
  // unspecified ("this host")
  ['0', 'unspecified, one number'],
  ['0x0', 'unspecified, hex'],
  ['0.0.0.0', 'unspecified'],
  ['[::]', 'IPv6 unspecified'],
  // RFC 1918 private
  ['10.0.0.1', 'private 10/8'],
  ['10.1', 'private 10/8, short form'],
  ['0xa.0.0.1', 'private 10/8, hex'],
  ['167772161', 'private 10/8, decimal'],
  ['172.16.0.1', 'private 172.16/12'],
  ['172.31.255.254', 'private 172.16/12, top'],
  ['172.16.1', 'private 172.16/12, three parts'],
  ['192.168.1.1', 'private 192.168/16'],
  ['0xc0.0xa8.1', 'private 192.168/16, hex short form'],
  ['3232235777', 'private 192.168/16, decimal'],
  ['030052000401', 'private 192.168/16, one octal number'],
  ['192.168.0.1.', 'private 192.168/16, trailing dot'],
  ['[::ffff:10.0.0.1]', 'IPv4-mapped private'],
  ['[64:ff9b::a00:1]', 'NAT64 of a private address'],
  ['[2002:c0a8:101::1]', '6to4 of a private address'],
  // CGNAT
  ['100.64.0.1', 'CGNAT 100.64/10'],
  ['100.127.255.254', 'CGNAT, top'],
  // link-local and cloud metadata
  ['169.254.169.254', 'link-local, cloud metadata'],
  ['0xa9fea9fe', 'link-local metadata, one hex number'],
  ['2852039166', 'link-local metadata, decimal'],
  ['[::ffff:a9fe:a9fe]', 'IPv4-mapped metadata address'],
  ['[fe80::1]', 'IPv6 link-local'],
  ['[FE80::]', 'IPv6 link-local, upper case'],
  ['[fec0::1]', 'IPv6 site-local (deprecated)'],
  // unique local
  ['[fc00::1]', 'IPv6 unique local fc00::/8'],
  ['[fd00::1]', 'IPv6 unique local fd00::/8'],
  ['[fd12:3456:789a::1]', 'IPv6 unique local'],
  // multicast, broadcast, reserved, documentation, benchmarking
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast SSDP'],
  ['[ff02::1]', 'IPv6 multicast'],
  ['255.255.255.255', 'broadcast'],
  ['4294967295', 'broadcast, decimal'],
  ['240.0.0.1', 'reserved 240/4'],
  ['192.0.2.1', 'documentation TEST-NET-1'],
  ['198.18.0.1', 'benchmarking'],
  ['[2001:db8::1]', 'IPv6 documentation'],
  ['[2001:0:4136:e378:8000:63bf:3fff:fdd2]', 'Teredo'],
];

/** Hosts the URL parser rejects outright (zone IDs, out-of-range numbers): refused as bad URLs. */
const UNPARSEABLE = ['[fe80::1%25eth0]', '[::1%25lo]', '4294967296', '[::ffff:127.1]', '127.0.0.1:99999'];

/** Public addresses in odd notations: they pass the URL checks (no real connection is attempted). */
const PUBLIC: ReadonlyArray<readonly [string, string]> = [
  ['8.8.8.8', '8.8.8.8'],
  ['134744072', '8.8.8.8'],
  ['0x8080808', '8.8.8.8'],
  ['010.010.010.010', '8.8.8.8'],
  ['8.8.2056', '8.8.8.8'],
  ['1.1.1.1', '1.1.1.1'],
  ['93.184.216.34', '93.184.216.34'],
  ['172.15.255.255', '172.15.255.255'],
  ['172.32.0.1', '172.32.0.1'],
  ['100.63.255.255', '100.63.255.255'],
  ['100.128.0.1', '100.128.0.1'],
  ['169.253.255.255', '169.253.255.255'],
  ['192.169.0.1', '192.169.0.1'],
  ['11.0.0.1', '11.0.0.1'],
  ['[2606:4700:4700::1111]', '[2606:4700:4700::1111]'],
  ['[2001:4860:4860::8888]', '[2001:4860:4860::8888]'],
  ['[64:ff9b::8.8.8.8]', '[64:ff9b::808:808]'],
  ['[2002:808:808::1]', '[2002:808:808::1]'],
  ['example.com', 'example.com'],
  ['interview.example.', 'interview.example.'],
];

describe('hardening: non-public URL hosts are refused from the URL string on', () => {
  test('hardening: the table covers at least 30 forms', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
  });

  test.each(REFUSED)('hardening: refuses http://%s (%s) before resolving or connecting', async (host) => {
    const s = await serve(ok);
    const url = `http://${host}:${s.port}/interview`;
    const spy = resolver(() => []);
    // The public API: a URL string in, exit code 7 out.
    const err = await parleyError(analyze(url, { timeoutMs: 3000 }));
    expect(`${err.code}: ${err.message}`).toMatch(/^refused: refused to fetch .*: .* is a private\/loopback address; pass --allow-private to allow it$/);
    expect(err.exit).toBe(7);
    // The same through readSource, watching the resolver: no DNS lookup either.
    expect(await failure(readSource(url, { lookup: spy.lookup, timeoutMs: 3000 }))).toMatch(/^refused: /);
    expect(() => vetUrl(url)).toThrow(/is a private\/loopback address/);
    expect(spy.calls).toEqual([]);
    expect(s.connections).toBe(0);
  });

  test.each(UNPARSEABLE)('hardening: refuses http://%s as a bad URL', async (host) => {
    const err = await parleyError(analyze(`http://${host}/`, { timeoutMs: 3000 }));
    expect(err.code).toBe('bad_url');
  });

  test.each(PUBLIC)('hardening: lets the public host %s through the URL checks (as %s)', (host, hostname) => {
    expect(vetUrl(`http://${host}/interview`).hostname).toBe(hostname);
  });

  test('hardening: allowPrivate and allowAddresses let the URL checks through', () => {
    expect(vetUrl('http://0x7f.1/', { allowPrivate: true }).hostname).toBe('127.0.0.1');
    expect(vetUrl('http://2130706433/', { allowAddresses: ['127.0.0.1'] }).hostname).toBe('127.0.0.1');
    expect(() => vetUrl('http://127.0.0.2/', { allowAddresses: ['127.0.0.1'] })).toThrow(/127\.0\.0\.2 is a private/);
    expect(() => vetUrl('http://localhost/', { allowAddresses: ['127.0.0.1'] })).toThrow(/localhost is a private/);
  });
});

// ---------------------------------------------------------------------------
// 2. DNS rebinding and redirects

/** An address record that reads as `first` once (when it is checked) and as `then` ever after (when it is connected to). */
function rebinding(first: string, then: string): { address: string; family: number; reads: number } {
  const record = {
    reads: 0,
    family: 4,
    get address() {
      return record.reads++ === 0 ? first : then;
    },
  };
  return record;
}

describe('hardening: DNS rebinding', () => {
  test('hardening: an answer that is public when checked and loopback when connected to is refused on the socket', async () => {
    const s = await serve(ok);
    const record = rebinding('93.184.216.34', '127.0.0.1');
    const lookup: Resolver = (_host, _opts, cb) => cb(null, [record]);
    expect(await failure(fetchUrl(`http://news.example:${s.port}/interview`, { lookup }))).toBe(
      'refused: refused to fetch news.example: 127.0.0.1 is a private/loopback address; pass --allow-private to allow it',
    );
    expect(record.reads).toBeGreaterThanOrEqual(2); // checked as public, then connected as loopback
    expect(s.requests).toBe(0); // the socket was closed before a byte of the request was sent
  });

  test.each([
    ['127.0.0.1'],
    ['127.0.0.53'],
    ['10.0.0.1'],
    ['172.17.0.1'],
    ['192.168.0.1'],
    ['100.64.0.1'],
    ['169.254.169.254'],
    ['0.0.0.0'],
    ['::1'],
    ['::'],
    ['::ffff:127.0.0.1'],
    ['::ffff:169.254.169.254'],
    ['fd00::1'],
    ['fe80::1'],
    ['64:ff9b::a9fe:a9fe'],
  ])('hardening: a public-looking name that resolves to %s is refused before connecting', async (address) => {
    const s = await serve(ok);
    const spy = resolver(() => [{ address, family: address.includes(':') ? 6 : 4 }]);
    expect(await failure(fetchUrl(`http://www.example.com:${s.port}/`, { lookup: spy.lookup }))).toBe(
      `refused: refused to fetch www.example.com: ${address} is a private/loopback address; pass --allow-private to allow it`,
    );
    expect(spy.calls).toEqual(['www.example.com']);
    expect(s.connections).toBe(0);
  });

  test('hardening: a name that rebinds between two connections is refused on the second', async () => {
    // 127.0.0.1 stands in for a public address (allowAddresses); 127.0.0.2 for the internal target.
    let inner: TestServer | undefined;
    const outer = await serve((_req, res) => {
      // "connection: close" forces a new connection, hence a new lookup, for the next hop.
      res.writeHead(302, { location: '/second', connection: 'close' }).end();
    });
    try {
      inner = await serve(ok, '127.0.0.2', outer.port);
    } catch {
      inner = undefined; // that port is taken on 127.0.0.2; the refusal is still checked below
    }
    const spy = resolver((_host, call) => [{ address: call === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }]);
    expect(
      await failure(fetchUrl(`http://rebind.example:${outer.port}/first`, { lookup: spy.lookup, allowAddresses: ['127.0.0.1'] })),
    ).toBe('refused: refused to fetch rebind.example: 127.0.0.2 is a private/loopback address; pass --allow-private to allow it');
    expect(spy.calls).toEqual(['rebind.example', 'rebind.example']);
    expect(outer.requests).toBe(1);
    if (inner) expect(inner.connections).toBe(0);
  });
});

describe('hardening: redirects are re-checked on every hop', () => {
  /** The first hop's server on 127.0.0.1 (allowed for the test), the internal target on 127.0.0.2 (not). */
  async function setup(location: (target: TestServer) => string) {
    const target = await serve(ok, '127.0.0.2');
    const start = await serve((req, res) => {
      if (req.url === '/hop1') res.writeHead(301, { location: '/hop2' }).end();
      else if (req.url === '/hop2') res.writeHead(307, { location: `http://127.0.0.1:${start.port}/hop3` }).end();
      else res.writeHead(302, { location: location(target) }).end();
    });
    const spy = resolver((host) => (host === 'internal.example' ? [{ address: '127.0.0.2', family: 4 }] : []));
    return { start, target, spy };
  }

  test.each([
    ['127.0.0.2', (t: TestServer) => `http://127.0.0.2:${t.port}/secret`],
    ['2130706434 (decimal)', (t: TestServer) => `http://2130706434:${t.port}/secret`],
    ['0x7f.0.0.2 (hex)', (t: TestServer) => `http://0x7f.0.0.2:${t.port}/secret`],
    ['127.0.2 (short)', (t: TestServer) => `http://127.0.2:${t.port}/secret`],
    ['[::ffff:127.0.0.2] (mapped)', (t: TestServer) => `http://[::ffff:127.0.0.2]:${t.port}/secret`],
    ['[::ffff:7f00:2] (mapped, hex)', (t: TestServer) => `http://[::ffff:7f00:2]:${t.port}/secret`],
    ['a scheme-relative location', (t: TestServer) => `//127.0.0.2:${t.port}/secret`],
    ['a name resolving to 127.0.0.2', (t: TestServer) => `http://internal.example:${t.port}/secret`],
    ['localhost', (t: TestServer) => `http://localhost:${t.port}/secret`],
    ['[::1]', (t: TestServer) => `http://[::1]:${t.port}/secret`],
    ['10.0.0.1', () => 'http://10.0.0.1/secret'],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['[fd00::1]', () => 'http://[fd00::1]/secret'],
  ])('hardening: a redirect to %s is refused', async (_what, location) => {
    const { start, target, spy } = await setup(location);
    const url = `http://127.0.0.1:${start.port}/go`;
    expect(await failure(fetchUrl(url, { lookup: spy.lookup, allowAddresses: ['127.0.0.1'], timeoutMs: 3000 }))).toMatch(
      /^refused: refused to fetch .* is a private\/loopback address; pass --allow-private to allow it$/,
    );
    expect(start.requests).toBe(1);
    expect(target.connections).toBe(0);
  });

  test('hardening: the fourth hop is checked like the first', async () => {
    const { start, target, spy } = await setup((t) => `http://127.0.0.2:${t.port}/secret`);
    const url = `http://127.0.0.1:${start.port}/hop1`;
    expect(await failure(fetchUrl(url, { lookup: spy.lookup, allowAddresses: ['127.0.0.1'] }))).toBe(
      `refused: refused to fetch http://127.0.0.2:${target.port}/secret (redirected from ${url}): 127.0.0.2 is a private/loopback address; pass --allow-private to allow it`,
    );
    expect(start.requests).toBe(3); // hop1, hop2, hop3; the fourth never left
    expect(target.connections).toBe(0);
  });

  test('hardening: with the target allowed too, the same chain is followed to the end', async () => {
    const { start, target, spy } = await setup((t) => `http://127.0.0.2:${t.port}/secret`);
    const f = await fetchUrl(`http://127.0.0.1:${start.port}/hop1`, { lookup: spy.lookup, allowAddresses: ['127.0.0.1', '0x7f.0.0.2'] });
    expect(new TextDecoder().decode(f.bytes)).toContain('It is open.');
    expect(f.url).toBe(`http://127.0.0.2:${target.port}/secret`);
  });
});

// ---------------------------------------------------------------------------
// 3. Decompression bombs

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** Streams `total` zero bytes through a compressor and returns the (small) compressed result. */
async function compressZeros(total: number, make: () => zlib.Gzip | zlib.BrotliCompress): Promise<Buffer> {
  const z = make();
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  const zeros = Buffer.alloc(MIB);
  for (let sent = 0; sent < total; sent += zeros.byteLength) {
    if (!z.write(zeros)) await new Promise((resolve) => z.once('drain', resolve));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

let gzipBomb: Buffer; // 1 GiB of zeros, one gzip member
let brBomb: Buffer; // 1 GiB of zeros, brotli
let nestedBomb: Buffer; // the gzip bomb gzipped again ("content-encoding: gzip, gzip")
let tmp: string;

beforeAll(async () => {
  gzipBomb = await compressZeros(GIB, () => zlib.createGzip({ level: 1 }));
  brBomb = await compressZeros(GIB, () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }));
  nestedBomb = zlib.gzipSync(gzipBomb, { level: 9 });
  tmp = mkdtempSync(join(tmpdir(), 'parley-bomb-'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Serves `body` with the given Content-Encoding. */
const bombServer = (body: Buffer, encoding: string) =>
  serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding, 'content-length': String(body.byteLength) });
    res.end(body);
  });

/** Runs `fn` while sampling RSS and heap every few ms; returns the peak growth over the values before it started. */
async function peakGrowth<T>(fn: () => Promise<T>): Promise<{ result: T | undefined; error: unknown; rss: number; heap: number }> {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed + before.arrayBuffers;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed + m.arrayBuffers);
  };
  const timer = setInterval(sample, 2);
  let result: T | undefined;
  let error: unknown;
  try {
    result = await fn();
  } catch (e) {
    error = e;
  } finally {
    clearInterval(timer);
    sample();
  }
  return { result, error, rss: rss - before.rss, heap: heap - (before.heapUsed + before.arrayBuffers) };
}

describe('hardening: decompression bombs', () => {
  test('hardening: the bombs inflate to 1 GiB from a few MB', () => {
    expect(gzipBomb.byteLength).toBeLessThan(8 * MIB);
    expect(brBomb.byteLength).toBeLessThan(1 * MIB);
    expect(nestedBomb.byteLength).toBeLessThan(1 * MIB);
    expect(gzipBomb.readUInt32LE(gzipBomb.byteLength - 4)).toBe(GIB % 2 ** 32); // ISIZE: what it claims to inflate to
  });

  test.each([
    ['gzip', () => gzipBomb],
    ['br', () => brBomb],
    ['gzip, gzip', () => nestedBomb],
  ])('hardening: a "%s" response inflating to 1 GiB stops at the 20 MiB cap with bounded memory', async (encoding, body) => {
    const s = await bombServer(body(), encoding);
    const run = await peakGrowth(() => fetchUrl(`${s.url}/interview.html`, { allowAddresses: ['127.0.0.1'] }));
    expect(run.error).toBeInstanceOf(ParleyError);
    expect(`${(run.error as ParleyError).code}: ${(run.error as ParleyError).message}`).toBe(
      `too_large: ${s.url}/interview.html is more than 20 MiB; the limit is 20 MiB`,
    );
    expect(run.rss).toBeLessThan(100 * MIB);
    expect(run.heap).toBeLessThan(100 * MIB);
  });

  test('hardening: analyze() refuses the bomb with too_large, exit code 5, under a small --max-bytes too', async () => {
    const s = await bombServer(gzipBomb, 'gzip');
    const run = await peakGrowth(() => analyze(`${s.url}/`, { allowPrivate: true, maxBytes: MIB }));
    expect(run.error).toBeInstanceOf(ParleyError);
    expect((run.error as ParleyError).code).toBe('too_large');
    expect((run.error as ParleyError).exit).toBe(5);
    expect(run.rss).toBeLessThan(100 * MIB);
  });

  const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
  /** Runs the built CLI; its peak RSS comes back from an exit hook loaded with --import. */
  function parley(args: string[]): Promise<{ code: number | null; stderr: string; maxRssBytes: number }> {
    const hook = `data:text/javascript,${encodeURIComponent(
      "import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, `\\nmaxrss=${process.resourceUsage().maxRSS}\\n`));",
    )}`;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', hook, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => {
        const m = /\nmaxrss=(\d+)\n/.exec(stderr);
        resolve({ code, stderr: stderr.replace(/\nmaxrss=\d+\n/, ''), maxRssBytes: m ? Number(m[1]) * 1024 : NaN });
      });
    });
  }

  test.skipIf(!existsSync(cli))('hardening: the CLI exits 5 on a gzip bomb, its peak memory close to a normal run', async () => {
    const page = await serve(ok);
    const normal = await parley(['analyze', '--allow-private', `${page.url}/interview.txt`]);
    expect(normal.code).toBe(0);
    const s = await bombServer(gzipBomb, 'gzip');
    const bomb = await parley(['analyze', '--allow-private', `${s.url}/interview.html`]);
    expect(bomb.stderr).toBe(`parley: ${s.url}/interview.html is more than 20 MiB; the limit is 20 MiB\n`);
    expect(bomb.code).toBe(5);
    // The body is held up to the 20 MiB cap, so allow that plus slack over a normal run.
    expect(bomb.maxRssBytes - normal.maxRssBytes).toBeLessThan(100 * MIB);
  });

  test('hardening: a .gz file on the command line is not decompressed: it is refused as binary (exit 4)', async () => {
    // The CLI does not inflate files; a gzip file is read as its few MB of raw bytes and refused.
    const path = join(tmp, 'interview.txt.gz');
    writeFileSync(path, gzipBomb);
    const run = await peakGrowth(async () => analyzeBytes(await readSource(path)));
    expect(run.error).toBeInstanceOf(ParleyError);
    expect((run.error as ParleyError).message).toBe(`${path}: the input is a gzip archive, not text`);
    expect((run.error as ParleyError).exit).toBe(4);
    expect(run.rss).toBeLessThan(100 * MIB);
  });

  test.skipIf(!existsSync(cli))('hardening: the CLI exits 4 on a .gz file', async () => {
    const path = join(tmp, 'bomb.html.gz');
    writeFileSync(path, gzipBomb);
    const r = await parley(['analyze', path]);
    expect(r.stderr).toBe(`parley: ${path}: the input is a gzip archive, not text\n`);
    expect(r.code).toBe(4);
  });
});
