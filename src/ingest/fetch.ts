import dns from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { Agent, buildConnector, fetch } from 'undici';
import { ParleyError } from '../errors.js';
import { isPrivateAddress, normalizeHost } from './address.js';
import type { Fetched } from './types.js';

export interface FetchOptions {
  /** Allow loopback, private and other non-public addresses (on every hop). Default false. */
  readonly allowPrivate?: boolean;
  /**
   * Non-public addresses that may be reached all the same (exact addresses in
   * any notation, e.g. an intranet mirror's "10.0.0.7"), on every hop; every
   * other non-public address is still refused, and so are "localhost" names.
   * Ignored when `allowPrivate` is true. Default none.
   */
  readonly allowAddresses?: readonly string[];
  /** Cap on the decoded (decompressed) body in bytes. Default 20 MiB. */
  readonly maxBytes?: number;
  /** Wall-clock limit for the whole fetch, redirects and body included. Default 20 s. */
  readonly timeoutMs?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Resolver with the signature of `dns.lookup(host, { all: true }, cb)`; for tests and custom DNS. Default `dns.lookup`. */
  readonly lookup?: Resolver;
}

/** `dns.lookup` with `all: true`. */
export type Resolver = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_REDIRECTS = 5;
const CONNECT_TIMEOUT_MS = 10_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Types that are never an interview we can read; refused before the body is downloaded. */
const BINARY_TYPE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|x-7z-compressed|x-rar-compressed|vnd\.openxmlformats|vnd\.oasis\.opendocument|msword|epub\+zip)/i;

/**
 * Fetches an http(s) URL for analysis, safe against SSRF: the host of every
 * hop is resolved and refused when any address is private, loopback,
 * link-local, unique-local, CGNAT, multicast or otherwise non-public (see
 * `isPrivateAddress`), and the address of the socket actually connected is
 * checked again, so DNS rebinding cannot slip through. Redirects are followed
 * by hand (at most `maxRedirects`), gzip/deflate/br bodies are decompressed
 * and the cap counts decompressed bytes, so a compression bomb stops at
 * `maxBytes`.
 *
 * @throws ParleyError `bad_url`, `refused`, `timeout`, `http_status`,
 *   `unreachable`, `too_large`, `binary`
 * @example const { bytes, contentType } = await fetchUrl('https://example.org/interview');
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const allowPrivate = opts.allowPrivate ?? false;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;

  const blocked = blockedAddress(allowPrivate, opts.allowAddresses ?? []);
  let current = checkUrl(url, url, allowPrivate, blocked);
  const agent = guardedAgent(blocked, Math.min(CONNECT_TIMEOUT_MS, timeoutMs), opts.lookup ?? dns.lookup);
  const controller = new AbortController();
  const timeout = new ParleyError('timeout', `timed out after ${seconds(timeoutMs)} fetching ${url}`);
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(current, {
        dispatcher: agent,
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          'user-agent': 'parley/0.1 (interview analysis)',
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      });
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location !== null) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= maxRedirects) {
          throw new ParleyError('http_status', `${url}: too many redirects (more than ${maxRedirects})`);
        }
        current = checkUrl(resolveLocation(location, current), url, allowPrivate, blocked);
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => undefined);
        const reason = res.statusText ? ` ${res.statusText}` : '';
        throw new ParleyError('http_status', `${current.href}: HTTP ${res.status}${reason}`, res.status);
      }
      const contentType = res.headers.get('content-type') ?? undefined;
      if (contentType !== undefined && BINARY_TYPE.test(contentType.trim())) {
        await res.body?.cancel().catch(() => undefined);
        throw new ParleyError('binary', `${current.href} is ${contentType.split(';')[0]!.trim()}, not a text or HTML page`);
      }
      const declared = Number(res.headers.get('content-length'));
      if (!res.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge(url, maxBytes, declared);
      }
      const bytes = await readCapped(res.body, maxBytes, url);
      return {
        uri: url,
        bytes,
        ...(contentType !== undefined && { contentType }),
        ...(hop > 0 && { url: current.href }),
      };
    }
  } catch (err) {
    throw translate(err, url, controller.signal, timeout);
  } finally {
    clearTimeout(timer);
    agent.destroy().catch(() => undefined);
  }
}

/**
 * The checks `fetchUrl` applies to the URL of every hop before any DNS lookup
 * or connection: http(s) only, no credentials, no literal non-public address
 * in any notation the URL parser accepts, no "localhost" name. Returns the
 * parsed URL. (Names are judged later, on their resolved and connected
 * addresses.)
 *
 * @throws ParleyError `bad_url`, `refused`
 * @example vetUrl('http://0x7f.1/') // throws refused: 127.0.0.1 is a private/loopback address
 */
export function vetUrl(href: string, opts: Pick<FetchOptions, 'allowPrivate' | 'allowAddresses'> = {}): URL {
  const allowPrivate = opts.allowPrivate ?? false;
  return checkUrl(href, href, allowPrivate, blockedAddress(allowPrivate, opts.allowAddresses ?? []));
}

/** Whether an address may not be connected to: non-public and not explicitly allowed. */
type Blocked = (address: string) => boolean;

function blockedAddress(allowPrivate: boolean, allowAddresses: readonly string[]): Blocked {
  if (allowPrivate) return () => false;
  const allowed = new Set<string>();
  for (const a of allowAddresses) {
    const host = normalizeHost(a);
    if (host.kind === 'ip') allowed.add(host.address);
  }
  return (address) => {
    if (!isPrivateAddress(address)) return false;
    const host = normalizeHost(address);
    return !(host.kind === 'ip' && allowed.has(host.address));
  };
}

/** Parses and vets one hop's URL: http(s) only, no credentials, no literal non-public address. */
function checkUrl(href: string, original: string, allowPrivate: boolean, blocked: Blocked): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    throw new ParleyError('bad_url', `not a valid URL: ${href}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new ParleyError('bad_url', `only http and https URLs can be fetched, not ${u.protocol.slice(0, -1)}: ${href}`);
  }
  if (u.username || u.password) {
    throw new ParleyError('bad_url', `URLs with a user name or password are not supported: ${original}`);
  }
  const host = normalizeHost(u.hostname);
  const what = href === original ? original : `${u.href} (redirected from ${original})`;
  if (host.kind === 'ip' && blocked(host.address)) throw refused(what, host.address);
  // RFC 6761: "localhost" and its subdomains always mean loopback, whatever DNS says.
  if (!allowPrivate && host.kind === 'name' && (host.name === 'localhost' || host.name.endsWith('.localhost'))) {
    throw refused(what, host.name);
  }
  return u;
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new ParleyError('http_status', `${base.href} redirects to an invalid URL: ${location}`);
  }
}

function refused(url: string, address: string): ParleyError {
  return new ParleyError(
    'refused',
    `refused to fetch ${url}: ${address} is a private/loopback address; pass --allow-private to allow it`,
  );
}

function tooLarge(url: string, maxBytes: number, size?: number): ParleyError {
  const what = size === undefined ? `more than ${mib(maxBytes)}` : mib(size);
  return new ParleyError('too_large', `${url} is ${what}; the limit is ${mib(maxBytes)}`);
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/**
 * An undici Agent whose DNS lookups drop the connection attempt when any
 * resolved address is non-public, and whose connector re-checks the remote
 * address of the connected socket (what was actually reached).
 */
function guardedAgent(blocked: Blocked, connectTimeout: number, resolve: Resolver): Agent {
  type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
  const lookup = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => blocked(a.address));
      if (bad) return callback(refused(hostname, bad.address) as unknown as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      return callback(null, first.address, first.family);
    });
  };
  const base = buildConnector({ lookup: lookup as never, timeout: connectTimeout });
  const connect: buildConnector.connector = (options, callback) => {
    base(options, (...args) => {
      const [err, socket] = args;
      if (err !== null) return callback(err, null);
      const address = socket.remoteAddress;
      // A socket without a remote address (already closed) is judged as an unknown, non-public one.
      if (blocked(address ?? '')) {
        socket.destroy();
        return callback(refused(options.hostname, address ?? 'an unknown address'), null);
      }
      return callback(null, socket);
    });
  };
  return new Agent({ connect });
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, url: string): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Maps whatever fetch threw to a ParleyError; our own errors may arrive wrapped in `cause`. */
function translate(err: unknown, url: string, signal: AbortSignal, timeout: ParleyError): unknown {
  if (signal.aborted && signal.reason === timeout) return timeout;
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ParleyError) return e;
  }
  const code = findCode(err);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME') {
    return new ParleyError('unreachable', `could not resolve the host of ${url} (${code})`);
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new ParleyError('timeout', `timed out connecting to ${url} (${code})`);
  }
  if (err instanceof Error) {
    return new ParleyError('unreachable', `could not fetch ${url}${code ? ` (${code})` : `: ${err.message}`}`);
  }
  return err;
}

function findCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
