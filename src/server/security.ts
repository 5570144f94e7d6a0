/**
 * Headers on every answer and the cross-site check on every state-changing request. Document text
 * is never HTML in the web app; the Content-Security-Policy is the second line: no inline script,
 * no other origin, no framing.
 */
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('content-security-policy', CONTENT_SECURITY_POLICY);
    h.set('x-content-type-options', 'nosniff');
    h.set('x-frame-options', 'DENY');
    h.set('referrer-policy', 'no-referrer');
    h.set('cross-origin-opener-policy', 'same-origin');
    h.set('cross-origin-resource-policy', 'same-origin');
    h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that a browser says comes from another site (Sec-Fetch-Site)
 * or whose Origin is not this server's. Requests without either header (the CLI, scripts) pass:
 * browsers always send one of them on a cross-site POST.
 */
export function sameOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
    let crossOrigin = false;
    if (origin !== undefined) {
      try {
        crossOrigin = origin === 'null' || new URL(origin).host !== (host ?? new URL(c.req.url).host);
      } catch {
        crossOrigin = true;
      }
    }
    if (crossSite || crossOrigin) {
      return c.json({ error: { code: 'forbidden', message: 'cross-site request refused' } }, 403);
    }
    return next();
  };
}
