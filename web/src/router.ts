/**
 * History-API routing. The server answers index.html for every path outside /api, so deep links
 * such as /doc/3#t12 (a turn) or /doc/3?span=120-180 (a span) load directly.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Loc {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly hash: string;
  /** Bumped on every navigation, so that re-visiting the same URL still re-renders. */
  readonly n: number;
}

let counter = 0;
function read(): Loc {
  return {
    path: decodeURI(location.pathname).replace(/\/+$/, '') || '/',
    query: new URLSearchParams(location.search),
    hash: location.hash.slice(1),
    n: ++counter,
  };
}

const listeners = new Set<(l: Loc) => void>();
let current = read();

function emit(): void {
  current = read();
  for (const l of listeners) l(current);
}

addEventListener('popstate', emit);
addEventListener('hashchange', emit);

/** Goes to an app URL ("/doc/3#t2"); `replace` keeps the history entry (for filters as you type). */
export function navigate(to: string, options: { replace?: boolean; scroll?: boolean } = {}): void {
  const url = new URL(to, location.href);
  if (url.origin !== location.origin) {
    location.href = url.href;
    return;
  }
  const samePage = url.pathname === location.pathname;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  emit();
  if (!samePage && options.scroll !== false && !url.hash) window.scrollTo(0, 0);
}

/** Replaces the query string of the current URL, keeping path and hash. */
export function setQuery(params: Record<string, string | number | boolean | null | undefined>, replace = true): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  navigate(`${location.pathname}${s ? `?${s}` : ''}${location.hash}`, { replace });
}

export function useLocation(): Loc {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    listeners.add(setLoc);
    if (current !== loc) setLoc(current);
    return () => {
      listeners.delete(setLoc);
    };
  }, []);
  return loc;
}

/**
 * Same-origin links inside the app are followed without a page load. Links to /api (exports),
 * downloads, other windows and modified clicks are left to the browser.
 */
export function interceptLinks(root: HTMLElement): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || !a.hasAttribute('href') || a.hasAttribute('download') || (a.target && a.target !== '_self')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    e.preventDefault();
    if (url.pathname === location.pathname && url.search === location.search && url.hash && url.hash !== location.hash) {
      history.pushState(null, '', url);
      emit();
      return;
    }
    navigate(url.pathname + url.search + url.hash);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

/** Matches "/doc/:id" style patterns; null when the path does not fit. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const a = p[i]!;
    const b = s[i]!;
    if (a.startsWith(':')) out[a.slice(1)] = b;
    else if (a !== b) return null;
  }
  return out;
}
