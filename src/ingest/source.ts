import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ParleyError } from '../errors.js';
import type { Resolver } from './fetch.js';

/** 20 MiB; the same default as fetch.ts, kept here so that reading a file never loads the HTTP client. */
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
import type { Fetched } from './types.js';

export interface SourceOptions {
  /** Allow fetching from loopback/private addresses. Default false. */
  readonly allowPrivate?: boolean;
  /** Cap on the bytes read from a file, stdin or URL (decompressed). Default 20 MiB. */
  readonly maxBytes?: number;
  /** Stream read for "-". Default process.stdin. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Wall-clock limit for URLs. Default 20 s. */
  readonly timeoutMs?: number;
  /** DNS resolver for URLs; see `FetchOptions.lookup`. */
  readonly lookup?: Resolver;
}

/**
 * Reads the raw bytes of a source: "-" is stdin, an http(s) URL is fetched
 * with `fetchUrl` (any other "scheme://" is refused as a bad URL), anything
 * else is a file path. A regular file's size is checked before it is read.
 *
 * @throws ParleyError `not_found`, `not_a_file`, `unreadable`, `too_large`,
 *   and for URLs everything `fetchUrl` throws
 * @example const { bytes } = await readSource('interview.html', {});
 */
export async function readSource(uri: string, opts: SourceOptions = {}): Promise<Fetched> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (uri === '-') {
    const bytes = await readStream(opts.stdin ?? process.stdin, maxBytes, 'standard input');
    return { uri, bytes };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) {
    const { fetchUrl } = await import('./fetch.js');
    return fetchUrl(uri, {
      maxBytes,
      ...(opts.allowPrivate !== undefined && { allowPrivate: opts.allowPrivate }),
      ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
      ...(opts.lookup !== undefined && { lookup: opts.lookup }),
    });
  }
  return { uri, bytes: await readFileCapped(uri, maxBytes) };
}

async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fileError(err, path);
  }
  if (info.isDirectory()) throw new ParleyError('not_a_file', `${path} is a directory, not a file`);
  if (info.isFile() && info.size > maxBytes) {
    throw new ParleyError('too_large', `${path} is ${size(info.size)}; the limit is ${size(maxBytes)}`);
  }
  // Streamed even for regular files: the file may grow after stat, and FIFOs
  // or /dev/stdin have no size at all.
  try {
    return await readStream(createReadStream(path), maxBytes, path);
  } catch (err) {
    throw err instanceof ParleyError ? err : fileError(err, path);
  }
}

function fileError(err: unknown, path: string): ParleyError | unknown {
  const code = (err as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ParleyError('not_found', `no such file: ${path}`);
  if (code === 'EISDIR') return new ParleyError('not_a_file', `${path} is a directory, not a file`);
  if (code === 'EACCES' || code === 'EPERM') return new ParleyError('unreadable', `cannot read ${path}: permission denied`);
  if (typeof code === 'string') return new ParleyError('unreadable', `cannot read ${path} (${code})`);
  return err;
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number, what: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    total += bytes.byteLength;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new ParleyError('too_large', `${what} is more than ${size(maxBytes)}; the limit is ${size(maxBytes)}`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** "25.3 MiB", "20 MiB", "512 bytes". */
function size(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const kib = n / 1024;
  if (kib < 1024) return `${Number.isInteger(kib) ? kib : kib.toFixed(1)} KiB`;
  const mib = kib / 1024;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
