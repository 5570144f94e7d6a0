/**
 * The shell: skip link, header with navigation and the account, routes, footer. It asks the server
 * who this is first (GET /api/me): a 401 shows the login screen instead of the page, which comes
 * back, unchanged, after logging in.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { allows, api, auth } from './api.js';
import { ErrorBox, Loading, useAsync } from './components/ui.js';
import { interceptLinks, match, useLocation, type Loc } from './router.js';
import { MeContext, useAuth } from './session.js';
import { plural } from './format.js';
import type { Me } from './types.js';
import { Audit } from './views/Audit.js';
import { Claims } from './views/Claims.js';
import { Dashboard } from './views/Dashboard.js';
import { Exports } from './views/Exports.js';
import { Library } from './views/Library.js';
import { Login } from './views/Login.js';
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
const ADMIN_NAV: readonly [string, string][] = [['/audit', 'Audit log']];

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
  if (p === '/audit') return <Audit loc={loc} />;
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
  // Refreshed on every navigation, so the footer's document count follows additions and removals.
  const health = useAsync((signal) => api.health(signal), [loc.path]);
  const state = useAuth();
  useEffect(() => {
    void auth.check();
  }, []);
  useEffect(() => (root.current ? interceptLinks(root.current) : undefined), []);
  // Move focus to the new page's heading after navigation, for keyboard and screen reader users.
  /** Focuses the page's heading; without one, the main area when `orMain`. */
  const focusHeading = (orMain: boolean) => {
    const h = main.current?.querySelector<HTMLElement>('h1');
    if (h) {
      h.tabIndex = -1;
      h.focus({ preventScroll: true });
    } else if (orMain) main.current?.focus({ preventScroll: true });
  };
  const lastPath = useRef(loc.path);
  useEffect(() => {
    if (lastPath.current === loc.path) return;
    lastPath.current = loc.path;
    requestAnimationFrame(() => !loc.hash && focusHeading(true));
  }, [loc.path]);
  // After logging in (or out), focus goes to the new page's heading.
  const lastKind = useRef(state.kind);
  useEffect(() => {
    const was = lastKind.current;
    lastKind.current = state.kind;
    if (was === state.kind || was === 'checking') return;
    if (state.kind === 'in') {
      requestAnimationFrame(() => focusHeading(false));
    }
  }, [state.kind]);
  const here = section(loc.path);
  const me = state.kind === 'in' ? state.me : undefined;
  const nav = me ? (allows(me.role, 'admin') ? [...NAV, ...ADMIN_NAV] : NAV) : [];
  return (
    <div ref={root} class="shell">
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header class="site-head">
        <div class={`site-head-inner${me?.via === 'session' ? ' has-account' : ''}`}>
          <a href="/" class="brand" aria-label="parley, home">
            <span class="brand-mark" aria-hidden="true">❝</span>parley
          </a>
          {nav.length > 0 && (
            <nav aria-label="Main">
              <ul>
                {nav.map(([href, name]) => (
                  <li key={href}>
                    <a href={href} aria-current={here === href ? 'page' : undefined}>
                      {name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {me?.via === 'session' && <Account me={me} />}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {state.kind === 'checking' && <Loading what="Starting" />}
        {state.kind === 'error' && (
          <div class="page-head">
            <h1>parley</h1>
            <ErrorBox error={state.error} retry={() => void auth.check()} />
          </div>
        )}
        {state.kind === 'out' && <Login reason={state.reason} />}
        {me && <MeContext.Provider value={me}>{route(loc)}</MeContext.Provider>}
      </main>
      <footer class="site-foot">
        <span>parley{health.data ? ` ${health.data.version}` : ''}</span>
        {health.data && (
          <span>
            {plural(health.data.documents, 'document')} · {health.data.store === 'postgres' ? 'PostgreSQL' : 'embedded corpus'}
          </span>
        )}
        {health.error && <span class="warn">Server unreachable</span>}
        <span class="muted">Analyses are suggestions for a reviewer, never verdicts.</span>
      </footer>
    </div>
  );
}

const ROLE_LABELS: Record<string, string> = { reader: 'Reader', reviewer: 'Reviewer', admin: 'Admin' };

/** Who is logged in, and the way out. */
function Account({ me }: { me: Me }) {
  const [busy, setBusy] = useState(false);
  return (
    <div class="account" aria-label="Account" role="group">
      <span class="account-who">
        <span class="visually-hidden">Logged in as </span>
        <span class="account-name">{me.name}</span>
        <span class="account-role" title={`Role: ${me.role}`}>
          <span class="visually-hidden">, role: </span>
          {ROLE_LABELS[me.role] ?? me.role}
        </span>
      </span>
      <button
        type="button"
        class="small logout"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await auth.logout();
          } catch {
            // the login screen is shown either way
          } finally {
            setBusy(false);
          }
        }}
      >
        Log out
      </button>
    </div>
  );
}
