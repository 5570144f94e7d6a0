/** The claims table: every claim of the corpus, check-worthiest first, with filters and reviews. */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { ReviewPanel } from '../components/review.js';
import { Empty, ErrorBox, Loading, Pager, ScoreBadge, useAsync, useDebounced, usePageTitle, VerdictBadge } from '../components/ui.js';
import { docTitle, label, plural } from '../format.js';
import { setQuery, type Loc } from '../router.js';
import { useCan } from '../session.js';
import { VERDICTS, VERDICT_LABELS } from '../types.js';

const LIMIT = 50;

export function Claims({ loc }: { loc: Loc }) {
  usePageTitle('Claims');
  const q = loc.query;
  const filters = {
    reviewed: q.get('reviewed') ?? '',
    verdict: q.get('verdict') ?? '',
    min_score: q.get('min_score') ?? '',
    speaker: q.get('speaker') ?? '',
    doc: q.get('doc') ?? '',
  };
  const offset = Number(q.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(filters);
  const debounced = useDebounced(draft, 300);
  const key = JSON.stringify(debounced);
  useEffect(() => {
    if (JSON.stringify(filters) !== key) setQuery({ ...debounced });
  }, [key]);
  const list = useAsync((signal) => api.claims({ ...filters, limit: LIMIT, offset }, signal), [q.toString()]);
  const [open, setOpen] = useState<string | null>(null);
  const set = (k: keyof typeof filters, v: string) => setDraft({ ...draft, [k]: v });
  const canReview = useCan('reviewer');

  return (
    <>
      <div class="page-head">
        <h1>Claims</h1>
        <p class="lede">Check-worthy claims across the corpus, highest score first. {canReview ? 'Review one here or open it in context.' : 'Open one in context or read its review history.'}</p>
      </div>
      <section class="card" aria-label="Claims">
        <form class="filters" role="search" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
          <div class="field">
            <label for="c-reviewed">Reviewed</label>
            <select id="c-reviewed" value={draft.reviewed} onChange={(e) => set('reviewed', e.currentTarget.value)}>
              <option value="">Any</option>
              <option value="false">Not yet</option>
              <option value="true">Reviewed</option>
            </select>
          </div>
          <div class="field">
            <label for="c-verdict">Verdict</label>
            <select id="c-verdict" value={draft.verdict} onChange={(e) => set('verdict', e.currentTarget.value)}>
              <option value="">Any</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {VERDICT_LABELS[v]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="c-score">Score at least</label>
            <select id="c-score" value={draft.min_score} onChange={(e) => set('min_score', e.currentTarget.value)}>
              <option value="">Any</option>
              <option value="0.45">0.45</option>
              <option value="0.7">0.70</option>
              <option value="0.85">0.85</option>
            </select>
          </div>
          <div class="field grow">
            <label for="c-speaker">Speaker</label>
            <input id="c-speaker" type="text" value={draft.speaker} onInput={(e) => set('speaker', e.currentTarget.value)} />
          </div>
          <div class="field narrow">
            <label for="c-doc">Document</label>
            <input id="c-doc" type="text" placeholder="number" value={draft.doc} onInput={(e) => set('doc', e.currentTarget.value)} />
          </div>
        </form>
        {list.error && <ErrorBox error={list.error} retry={list.reload} />}
        {!list.data && list.loading && <Loading what="Loading claims" />}
        {list.data && (
          <>
            <p class="count" role="status" aria-live="polite">
              {plural(list.data.total, 'claim')}
            </p>
            {list.data.items.length === 0 ? (
              <Empty>No claims match.</Empty>
            ) : (
              <div class="table-wrap">
                <table class="claims-table responsive">
                  <thead>
                    <tr>
                      <th scope="col" class="num">
                        Score
                      </th>
                      <th scope="col">Claim</th>
                      <th scope="col">Speaker</th>
                      <th scope="col">Interview</th>
                      <th scope="col">Verdict</th>
                      <th scope="col">
                        <span class="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.items.map((c) => (
                      <Fragment key={c.key}>
                        <tr class={open === c.key ? 'expanded' : ''}>
                          <td data-label="Score" class="num">
                            <ScoreBadge value={c.score} />
                          </td>
                          <td data-label="Claim" class="quote-cell">
                            <span class="claim-text">{c.quote}</span>
                            <span class="muted small">
                              {label(c.kind)} · <a href={`/doc/${c.doc}?claim=${encodeURIComponent(c.key)}`}>in context</a>
                            </span>
                          </td>
                          <td data-label="Speaker">{c.speaker ?? '–'}</td>
                          <td data-label="Interview">
                            <a href={`/doc/${c.doc}`}>{docTitle({ title: c.title ?? null, uri: c.uri, id: c.doc })}</a>
                          </td>
                          <td data-label="Verdict">
                            <VerdictBadge verdict={c.review?.verdict} />
                          </td>
                          <td>
                            <button type="button" class="small" aria-expanded={open === c.key} aria-controls={`rv-row-${c.key}`} onClick={() => setOpen(open === c.key ? null : c.key)}>
                              {open === c.key ? 'Close' : canReview ? 'Review' : 'History'}
                            </button>
                          </td>
                        </tr>
                        {open === c.key && (
                          <tr class="review-row" id={`rv-row-${c.key}`}>
                            <td colSpan={6}>
                              <ReviewPanel claimKey={c.key} idPrefix={`rv-${c.key.slice(0, 12)}`} onSaved={() => list.reload()} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager total={list.data.total} limit={LIMIT} offset={offset} onPage={(o) => setQuery({ ...filters, offset: o || null }, false)} />
          </>
        )}
      </section>
    </>
  );
}
