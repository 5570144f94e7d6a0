/** Full-text search over turns, with filters and highlighted snippets. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { TECHNIQUES } from '../../../src/doc.js';
import { api } from '../api.js';
import { Empty, ErrorBox, Loading, Pager, useAsync, usePageTitle } from '../components/ui.js';
import { date, docTitle, label, plural } from '../format.js';
import { pieces } from '../highlight.js';
import { setQuery, type Loc } from '../router.js';
import type { SearchHit, SearchPage } from '../types.js';

const LIMIT = 20;
const KEYS = ['q', 'speaker', 'outlet', 'since', 'until', 'role', 'technique', 'narrative', 'has_quantity'] as const;
type Form = Record<(typeof KEYS)[number], string>;

export function Search({ loc }: { loc: Loc }) {
  const params = Object.fromEntries(KEYS.map((k) => [k, loc.query.get(k) ?? ''])) as Form;
  usePageTitle(params.q ? `Search: ${params.q}` : 'Search');
  const offset = Number(loc.query.get('offset') ?? 0) || 0;
  const [form, setForm] = useState<Form>(params);
  const input = useRef<HTMLInputElement>(null);
  // The form follows the address when it changes (back, forward, a link), not on the first render:
  // that would wipe what was typed before the effect ran.
  const query = loc.query.toString();
  const shown = useRef(query);
  useEffect(() => {
    if (shown.current === query) return;
    shown.current = query;
    setForm(params);
  }, [query]);
  useEffect(() => {
    if (!params.q) input.current?.focus();
  }, []);
  const res = useAsync<SearchPage | null>(
    (signal) => (params.q.trim() ? api.search({ ...params, limit: LIMIT, offset }, signal) : Promise.resolve(null)),
    [loc.query.toString()],
  );
  const set = (k: keyof Form, v: string) => setForm({ ...form, [k]: v });
  const more = KEYS.slice(1).some((k) => params[k]);

  return (
    <>
      <div class="page-head">
        <h1>Search</h1>
        <p class="lede">
          Words, <code>"a phrase"</code>, <code>or</code>, <code>-word</code>. Searches every turn of every interview.
        </p>
      </div>
      <section class="card">
        <form
          class="search-form"
          role="search"
          aria-label="Search interviews"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery({ ...form }, false);
          }}
        >
          <div class="row">
            <div class="field grow">
              <label for="s-q">Search for</label>
              <input id="s-q" ref={input} type="search" required value={form.q} onInput={(e) => set('q', e.currentTarget.value)} />
            </div>
            <button type="submit" class="primary">
              Search
            </button>
          </div>
          <details class="more-filters" open={more}>
            <summary>Filters</summary>
            <div class="filters">
              <div class="field">
                <label for="s-speaker">Speaker</label>
                <input id="s-speaker" type="text" value={form.speaker} onInput={(e) => set('speaker', e.currentTarget.value)} />
              </div>
              <div class="field">
                <label for="s-outlet">Outlet</label>
                <input id="s-outlet" type="text" value={form.outlet} onInput={(e) => set('outlet', e.currentTarget.value)} />
              </div>
              <div class="field narrow">
                <label for="s-since">Since</label>
                <input id="s-since" type="text" placeholder="YYYY-MM-DD" value={form.since} onInput={(e) => set('since', e.currentTarget.value)} />
              </div>
              <div class="field narrow">
                <label for="s-until">Until</label>
                <input id="s-until" type="text" placeholder="YYYY-MM-DD" value={form.until} onInput={(e) => set('until', e.currentTarget.value)} />
              </div>
              <div class="field">
                <label for="s-role">Turn</label>
                <select id="s-role" value={form.role} onChange={(e) => set('role', e.currentTarget.value)}>
                  <option value="">Any</option>
                  <option value="question">Questions</option>
                  <option value="answer">Answers</option>
                  <option value="intro">Introductions</option>
                </select>
              </div>
              <div class="field">
                <label for="s-technique">Technique</label>
                <select id="s-technique" value={form.technique} onChange={(e) => set('technique', e.currentTarget.value)}>
                  <option value="">Any</option>
                  {TECHNIQUES.map((t) => (
                    <option key={t} value={t}>
                      {label(t)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="s-narrative">Narrative id</label>
                <input id="s-narrative" type="text" value={form.narrative} onInput={(e) => set('narrative', e.currentTarget.value)} />
              </div>
              <label class="check">
                <input type="checkbox" checked={form.has_quantity === 'true'} onChange={(e) => set('has_quantity', e.currentTarget.checked ? 'true' : '')} />
                Has a number
              </label>
            </div>
          </details>
        </form>
      </section>
      <section aria-label="Results" class="results">
        {res.error && <ErrorBox error={res.error} retry={res.reload} />}
        {res.loading && !res.data && params.q && <Loading what="Searching" />}
        {res.data && (
          <>
            <p class="count" role="status" aria-live="polite">
              {countText(res.data, offset)}
            </p>
            {res.data.items.length === 0 ? (
              <Empty>Nothing found. Try fewer words or remove a filter.</Empty>
            ) : (
              <ol class="hits" start={offset + 1}>
                {res.data.items.map((h) => (
                  <Hit key={`${h.doc}-${h.turn}`} hit={h} />
                ))}
              </ol>
            )}
            <Pager
              total={typeof res.data.total === 'number' ? res.data.total : offset + res.data.items.length + (res.data.items.length === LIMIT ? 1 : 0)}
              limit={LIMIT}
              offset={offset}
              onPage={(o) => setQuery({ ...params, offset: o || null }, false)}
            />
          </>
        )}
      </section>
    </>
  );
}

/** The server may not count every match (total null): then say which hits are shown. */
function countText(page: SearchPage, offset: number): string {
  if (typeof page.total === 'number') return `${plural(page.total, 'turn')} found`;
  const n = page.items.length;
  if (offset === 0 && n < LIMIT) return `${plural(n, 'turn')} found`;
  return n ? `Turns ${offset + 1}–${offset + n}` : 'No more turns';
}

function Hit({ hit }: { hit: SearchHit }) {
  const href = `/doc/${hit.doc}#t${hit.turn}`;
  return (
    <li class="hit card">
      <h2 class="hit-title">
        <a href={href}>{docTitle({ title: hit.title, uri: hit.uri, id: hit.doc })}</a>
      </h2>
      <p class="hit-meta muted small">
        <span class={`role-tag role-${hit.role ?? 'none'}`}>{hit.role ? label(hit.role) : 'Text'}</span>
        {hit.speaker && <> · {hit.speaker}</>}
        {hit.outlet && <> · {hit.outlet}</>}
        {hit.published && <> · {date(hit.published)}</>}
      </p>
      <p class="snippet">
        {pieces(hit.snippet, hit.highlights).map(([t, on], i) => (on ? <mark key={i}>{t}</mark> : t))}
      </p>
      <a class="small" href={href}>
        Read turn {hit.turn} in context <span aria-hidden="true">→</span>
      </a>
    </li>
  );
}
