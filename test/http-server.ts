/**
 * Throwaway HTTP servers for the ingest tests (fetch, hardening), and `failure` for reading a
 * ParleyError as "code: message". A test file calls `afterEach(closeServers)`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ParleyError } from '../src/errors.js';

export interface TestServer {
  readonly port: number;
  readonly url: string;
  /** TCP connections accepted so far. */
  connections: number;
  /** Requests seen so far. */
  requests: number;
}

const servers: http.Server[] = [];

/** Starts an HTTP server (default 127.0.0.1, a random port) that counts its connections and requests. */
export async function serve(handler: http.RequestListener, host = '127.0.0.1', port = 0): Promise<TestServer> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  const info: TestServer = { port: actual, url: `http://${host}:${actual}`, connections: 0, requests: 0 };
  server.on('connection', () => info.connections++);
  server.on('request', () => info.requests++);
  return info;
}

/** Closes every server `serve` started, dropping their open connections. */
export async function closeServers(): Promise<void> {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
}

/** The error a promise rejects with, as "code: message"; "no error" when it resolves. */
export async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParleyError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}
