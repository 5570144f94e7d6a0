/** The shell: skip link, header with navigation, routes, footer. */
import { useEffect, useRef } from 'preact/hooks';
import { api } from './api.js';
import { useAsync } from './components/ui.js';
import { interceptLinks, match, useLocation, type Loc } from './router.js';
import { Claims } from './views/Claims.js';
import { Dashboard } from './views/Dashboard.js';
import { Exports } from './views/Exports.js';
import { Library } from './views/Library.js';
import { Reader } from './views/Reader.js';
import { Search } from './views/Search.js';
import { Speaker, Speakers } from './views/Speakers.js';

const NAV: readonly [string, string][] = [
  ['/', 'Library'],
  ['/claims', 'Claims'],
  ['/search', 'Search'],
  ['/speakers', 'Speakers'],
  ['/dashboard', 'Dashboard'],
  ['/exports', 'Exports'],
];

function route(loc: Loc) {
  const p = loc.path;
  let m: Record<string, string> | null;
  if (p === '/' || p === '/library') return <Library loc={loc} />;
  if ((m = match('/doc/:id', p))) return <Reader key={m.id} loc={loc} docRef={m.id!} />;
  if (p === '/claims') return <Claims loc={loc} />;
  if (p === '/search') return <Search loc={loc} />;
  if (p === '/speakers') return <Speakers loc={loc} />;
  if ((m = match('/speakers/:id', p))) return <Speaker key={m.id} id={m.id!} />;
  if (p === '/dashboard') return <Dashboard />;
  if (p === '/exports') return <Exports />;
  return (
    <div class="page-head">
      <h1>Page not found</h1>
      <p>
        There is nothing at <code>{p}</code>. <a href="/">Go to the library</a>.
      </p>
    </div>
  );
}

function section(path: string): string {
  if (path.startsWith('/doc/')) return '/';
  if (path.startsWith('/speakers')) return '/speakers';
  return path === '/library' ? '/' : path;
}

export function App() {
  const loc = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const health = useAsync((signal) => api.health(signal), []);
  useEffect(() => (root.current ? interceptLinks(root.current) : undefined), []);
  // Move focus to the new page's heading after navigation, for keyboard and screen reader users.
  const lastPath = useRef(loc.path);
  useEffect(() => {
    if (lastPath.current === loc.path) return;
    lastPath.current = loc.path;
    requestAnimationFrame(() => {
      if (loc.hash) return;
      const h = main.current?.querySelector<HTMLElement>('h1');
      if (h) {
        h.tabIndex = -1;
        h.focus({ preventScroll: true });
      } else main.current?.focus({ preventScroll: true });
    });
  }, [loc.path]);
  const here = section(loc.path);
  return (
    <div ref={root} class="shell">
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header class="site-head">
        <div class="site-head-inner">
          <a href="/" class="brand" aria-label="parley, home">
            <span class="brand-mark" aria-hidden="true">❝</span>parley
          </a>
          <nav aria-label="Main">
            <ul>
              {NAV.map(([href, name]) => (
                <li key={href}>
                  <a href={href} aria-current={here === href ? 'page' : undefined}>
                    {name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route(loc)}
      </main>
      <footer class="site-foot">
        <span>parley{health.data ? ` ${health.data.version}` : ''}</span>
        {health.data && (
          <span>
            {health.data.documents} documents · {health.data.store === 'postgres' ? 'PostgreSQL' : 'embedded corpus'}
          </span>
        )}
        {health.error && <span class="warn">Server unreachable</span>}
        <span class="muted">Analyses are suggestions for a reviewer, never verdicts.</span>
      </footer>
    </div>
  );
}
