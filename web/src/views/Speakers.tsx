/** Speakers: the list, and one speaker's page (documents, claims, techniques over time). */
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { BarChart, colorsFor, OTHER, TimelineChart, topKeys, type ColumnPoint } from '../components/charts.js';
import { Empty, ErrorBox, Loading, ScoreBadge, useAsync, usePageTitle, VerdictBadge } from '../components/ui.js';
import { date, docTitle, label, num, plural, truncate } from '../format.js';
import type { Loc } from '../router.js';
import type { SpeakerDocument, SpeakerProfile } from '../types.js';

export function Speakers({ loc: _loc }: { loc: Loc }) {
  usePageTitle('Speakers');
  const [filter, setFilter] = useState('');
  const list = useAsync((signal) => api.speakers({ limit: 500 }, signal), []);
  const f = filter.trim().toLowerCase();
  const items = (list.data?.items ?? []).filter((s) => !f || s.name.toLowerCase().includes(f) || s.aliases.some((a) => a.toLowerCase().includes(f)) || (s.role ?? '').toLowerCase().includes(f));
  return (
    <>
      <div class="page-head">
        <h1>Speakers</h1>
        <p class="lede">Everyone who speaks in the corpus, with their documents and claims.</p>
      </div>
      <section class="card" aria-label="Speakers">
        <form class="filters" role="search" aria-label="Filter speakers" onSubmit={(e) => e.preventDefault()}>
          <div class="field grow">
            <label for="sp-filter">Name or role</label>
            <input id="sp-filter" type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
          </div>
        </form>
        {list.error && <ErrorBox error={list.error} retry={list.reload} />}
        {!list.data && list.loading && <Loading what="Loading speakers" />}
        {list.data && (
          <>
            <p class="count" role="status" aria-live="polite">
              {plural(items.length, 'speaker')}
            </p>
            {items.length === 0 ? (
              <Empty>No speakers{f ? ' match' : ' yet'}.</Empty>
            ) : (
              <div class="table-wrap">
                <table class="responsive">
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Role</th>
                      <th scope="col" class="num">
                        Documents
                      </th>
                      <th scope="col" class="num">
                        Words
                      </th>
                      <th scope="col" class="num">
                        Claims
                      </th>
                      <th scope="col">Active</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((s) => (
                      <tr key={s.id}>
                        <th scope="row" data-label="Name">
                          <a href={`/speakers/${s.id}`}>{s.name}</a>
                          {s.aliases.length > 0 && <span class="uri">also {s.aliases.join(', ')}</span>}
                        </th>
                        <td data-label="Role">{s.role ?? '–'}</td>
                        <td data-label="Documents" class="num">
                          {num(s.documents)}
                        </td>
                        <td data-label="Words" class="num">
                          {num(s.words)}
                        </td>
                        <td data-label="Claims" class="num">
                          {num(s.claims)}
                        </td>
                        <td data-label="Active">{s.first ? (s.first === s.last ? date(s.first) : `${date(s.first)} – ${date(s.last)}`) : '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </section>
    </>
  );
}

function documentsOf(p: SpeakerProfile): readonly SpeakerDocument[] {
  if (Array.isArray(p.documents)) return p.documents as readonly SpeakerDocument[];
  return p.documents_list ?? p.documentList ?? [];
}

export function Speaker({ id }: { id: string }) {
  const prof = useAsync((signal) => api.speaker(id, signal), [id]);
  usePageTitle(prof.data?.name ?? 'Speaker');
  if (prof.error) return <ErrorBox error={prof.error} retry={prof.reload} />;
  if (!prof.data) return <Loading what="Loading the speaker" />;
  return <Profile p={prof.data} />;
}

function Profile({ p }: { p: SpeakerProfile }) {
  const docs = documentsOf(p);
  const claims = useAsync((signal) => api.claims({ speaker: p.name, limit: 10 }, signal), [p.id]);
  const timeline = [...(p.timeline ?? [])].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.doc - b.doc);
  const totals = new Map<string, number>();
  for (const t of timeline) for (const [k, v] of Object.entries(t.techniques)) totals.set(k, (totals.get(k) ?? 0) + v);
  const keys = topKeys(totals, 7);
  const points: ColumnPoint[] = timeline.map((t) => {
    const parts: Record<string, number> = {};
    for (const [k, v] of Object.entries(t.techniques)) {
      const key = keys.includes(k) ? k : OTHER;
      parts[key] = (parts[key] ?? 0) + v;
    }
    return { label: t.published ? t.published.slice(0, 7) : `#${t.doc}`, sublabel: t.title ?? undefined, parts, note: t.claims } as ColumnPoint;
  });
  const techColors = colorsFor(p.techniques.map((t) => t.technique));
  const docCount = typeof p.documents === 'number' ? p.documents : docs.length;
  const flags = p.techniques.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <div class="page-head">
        <p class="crumbs">
          <a href="/speakers">Speakers</a> <span aria-hidden="true">›</span> {p.name}
        </p>
        <h1>{p.name}</h1>
        <p class="lede">
          {p.role ?? 'Role not stated'}
          {p.aliases.length > 0 && <span class="muted"> · also written {p.aliases.join(', ')}</span>}
        </p>
      </div>
      <ul class="figures" aria-label="Figures">
        <li>
          <span class="figure">{num(docCount)}</span> {docCount === 1 ? 'document' : 'documents'}
        </li>
        <li>
          <span class="figure">{num(p.turns)}</span> {p.turns === 1 ? 'turn' : 'turns'}
        </li>
        <li>
          <span class="figure">{num(p.words)}</span> {p.words === 1 ? 'word' : 'words'}
        </li>
        <li>
          <span class="figure">{num(p.claims)}</span> {p.claims === 1 ? 'claim' : 'claims'}
        </li>
        <li>
          <span class="figure">{num(flags)}</span> {flags === 1 ? 'technique flag' : 'technique flags'}
        </li>
      </ul>
      <div class="grid-2">
        <section class="card" aria-labelledby="sp-time">
          <h2 id="sp-time">Techniques over time</h2>
          {timeline.length ? (
            <TimelineChart id="timeline" title="Technique flags per interview, by publication date" points={points} keys={keys} noteLabel="Claims" />
          ) : (
            <Empty>No dated interviews to chart.</Empty>
          )}
        </section>
        <section class="card" aria-labelledby="sp-tech">
          <h2 id="sp-tech">Techniques in their turns</h2>
          <BarChart id="sp-tech-chart" title="Technique flags, all interviews" rows={p.techniques.map((t) => ({ label: label(t.technique), value: t.count, color: techColors.get(t.technique) }))} />
        </section>
      </div>
      <div class="grid-2">
        <section class="card" aria-labelledby="sp-docs">
          <h2 id="sp-docs">Interviews</h2>
          {docs.length === 0 ? (
            <Empty>No interviews.</Empty>
          ) : (
            <ul class="doc-list">
              {docs.map((d) => (
                <li key={d.id}>
                  <a href={`/doc/${d.id}`}>{docTitle({ title: d.title, id: d.id })}</a>
                  <span class="muted small">
                    {d.outlet ?? 'Outlet unknown'} · {date(d.published)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {p.roles.length > 0 && (
            <>
              <h3>Roles</h3>
              <ul class="plain">
                {p.roles.map((r) => (
                  <li key={r.role}>
                    {r.role} <span class="muted small">({r.from ? `${date(r.from)} – ${date(r.to)}` : 'undated'}, {plural(r.documents, 'document')})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {p.outlets.length > 0 && (
            <>
              <h3>Outlets</h3>
              <ul class="plain">
                {p.outlets.map((o) => (
                  <li key={o.name}>
                    {o.name} <span class="muted small">({plural(o.documents, 'document')})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section class="card" aria-labelledby="sp-claims">
          <h2 id="sp-claims">Check-worthiest claims</h2>
          {claims.error && <ErrorBox error={claims.error} />}
          {!claims.data && claims.loading && <Loading what="Loading claims" />}
          {claims.data &&
            (claims.data.items.length === 0 ? (
              <Empty>No claims.</Empty>
            ) : (
              <ol class="speaker-claims">
                {claims.data.items.map((c) => (
                  <li key={c.key}>
                    <span class="claim-meta">
                      <ScoreBadge value={c.score} />
                      <VerdictBadge verdict={c.review?.verdict} />
                    </span>
                    <a href={`/doc/${c.doc}?claim=${encodeURIComponent(c.key)}`}>{truncate(c.quote, 220)}</a>
                  </li>
                ))}
              </ol>
            ))}
          <p>
            <a href={`/claims?speaker=${encodeURIComponent(p.name)}`}>All claims by {p.name} →</a>
          </p>
        </section>
      </div>
    </>
  );
}
