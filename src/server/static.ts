/**
 * Serves the built web app from memory: every file under the web root is read once, so no request
 * path ever reaches the filesystem (no traversal). Unknown paths outside /api get index.html, so
 * that deep links (/doc/3#t12) load the app, which routes them itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

interface Asset {
  readonly body: Uint8Array;
  readonly type: string;
  readonly immutable: boolean;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Loads `root` (throws when it has no index.html). */
export function loadAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of walk(root)) {
    const type = TYPES[extname(file).toLowerCase()];
    if (!type) continue;
    const path = `/${relative(root, file).split(sep).join('/')}`;
    assets.set(path, { body: readFileSync(file), type, immutable: path.startsWith('/assets/') });
  }
  if (!assets.has('/index.html')) throw new Error(`no index.html in ${root}`);
  return assets;
}

export function staticFiles(root: string): Hono {
  const assets = loadAssets(root);
  const index = assets.get('/index.html')!;
  const app = new Hono();
  app.get('*', (c) => {
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/api/')) return c.json({ error: { code: 'not_found', message: `no route GET ${path}` } }, 404);
    const asset = assets.get(path);
    if (asset) {
      return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': asset.type,
        'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (/\.[a-z0-9]+$/i.test(path)) return c.text('not found', 404);
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': index.type, 'cache-control': 'no-cache' });
  });
  return app;
}
