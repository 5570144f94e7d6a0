/** Setting a verdict on a claim (note, sources, reviewer) and its append-only history. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { useCan, useMe } from '../session.js';
import { dateTime, safeHref } from '../format.js';
import { VERDICTS, VERDICT_LABELS, type Review, type Verdict } from '../types.js';
import { ErrorBox, useStored, VerdictBadge } from './ui.js';

export interface ReviewPanelProps {
  readonly claimKey: string;
  /** The history already known (oldest first); fetched when absent. */
  readonly history?: readonly Review[];
  /** Called with the new history after a review is saved. */
  readonly onSaved?: (history: readonly Review[]) => void;
  /** Prefix for element ids, unique on the page. */
  readonly idPrefix?: string;
}

export function ReviewPanel({ claimKey, history: given, onSaved, idPrefix = 'rv' }: ReviewPanelProps) {
  const [history, setHistory] = useState<readonly Review[] | undefined>(given);
  const [loadError, setLoadError] = useState<Error>();
  useEffect(() => {
    setHistory(given);
    if (given) return;
    const ctl = new AbortController();
    api.claim(claimKey, ctl.signal).then(
      (c) => setHistory(c.history ?? []),
      (e: unknown) => {
        if (!ctl.signal.aborted) setLoadError(e instanceof Error ? e : new Error(String(e)));
      },
    );
    return () => ctl.abort();
  }, [claimKey, given]);
  const current = history?.at(-1);
  const canReview = useCan('reviewer');
  return (
    <div class="review">
      {!canReview && <p class="muted small role-note">Reviewing needs the reviewer role; you can read the history.</p>}
      {canReview && <ReviewForm
        claimKey={claimKey}
        idPrefix={idPrefix}
        initial={current?.verdict}
        onSaved={async (review) => {
          let next: readonly Review[] = [...(history ?? []), review];
          try {
            next = (await api.claim(claimKey)).history ?? next;
          } catch {
            // keep the local history
          }
          setHistory(next);
          onSaved?.(next);
        }}
      />}
      {loadError && <ErrorBox error={loadError} />}
      <History history={history} />
    </div>
  );
}

function ReviewForm({ claimKey, initial, onSaved, idPrefix }: { claimKey: string; initial?: string | undefined; onSaved: (r: Review) => Promise<void>; idPrefix: string }) {
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [note, setNote] = useState('');
  const [sources, setSources] = useState('');
  const [reviewer, setReviewer] = useStored('reviewer', '');
  // With accounts the server records who is logged in; only a single local user names a reviewer.
  const namesReviewer = useMe().via === 'local';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState('');
  useEffect(() => {
    setVerdict('');
    setNote('');
    setSources('');
    setError(undefined);
    setSaved('');
  }, [claimKey]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!verdict) {
      setError(new Error('Choose a verdict.'));
      return;
    }
    const list = sources.split(/\s+/).map((s) => s.trim()).filter(Boolean);
    const bad = list.find((s) => !safeHref(s));
    if (bad) {
      setError(new Error(`Sources must be http(s) links; "${bad}" is not.`));
      return;
    }
    setBusy(true);
    setError(undefined);
    setSaved('');
    try {
      const review = await api.review(claimKey, {
        verdict,
        ...(note.trim() && { note: note.trim() }),
        ...(list.length && { sources: list }),
        ...(namesReviewer && reviewer.trim() && { reviewer: reviewer.trim() }),
      });
      await onSaved(review);
      setSaved(`Saved: ${VERDICT_LABELS[verdict] ?? verdict}.`);
      setNote('');
      setSources('');
      setVerdict('');
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };

  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <form class="review-form" onSubmit={submit} aria-label="Review this claim">
      <fieldset class="verdicts">
        <legend>Verdict{initial ? ' (adds to the history)' : ''}</legend>
        {VERDICTS.map((v) => (
          <label key={v} class={`verdict-option verdict-${v}${verdict === v ? ' checked' : ''}`}>
            <input type="radio" name={id('verdict')} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
            {VERDICT_LABELS[v]}
          </label>
        ))}
      </fieldset>
      <label for={id('note')}>Note</label>
      <textarea id={id('note')} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} placeholder="Why this verdict; what the sources say" />
      <label for={id('sources')}>Sources</label>
      <textarea id={id('sources')} rows={2} value={sources} onInput={(e) => setSources(e.currentTarget.value)} placeholder="https://… (one link per line)" />
      {namesReviewer && (
        <>
          <label for={id('reviewer')}>Reviewer</label>
          <input id={id('reviewer')} type="text" autocomplete="name" value={reviewer} onInput={(e) => setReviewer(e.currentTarget.value)} placeholder="Your name (optional)" />
        </>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save verdict'}
        </button>
        <span class="saved" role="status" aria-live="polite">
          {saved}
        </span>
      </div>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

export function History({ history }: { history: readonly Review[] | undefined }) {
  if (!history) return null;
  if (!history.length) return <p class="muted small">No reviews yet.</p>;
  return (
    <section class="history" aria-label="Review history">
      <h4>History</h4>
      <ol reversed>
        {[...history].reverse().map((r, i) => (
          <li key={r.id ?? i} class={i === 0 ? 'current' : 'past'}>
            <div class="history-head">
              <VerdictBadge verdict={r.verdict} />
              <span class="muted small">
                {r.reviewer} · <time dateTime={r.created_at}>{dateTime(r.created_at)}</time>
                {i === 0 ? ' · current' : ''}
              </span>
            </div>
            {r.note && <p class="note">{r.note}</p>}
            {r.sources.length > 0 && (
              <ul class="sources">
                {r.sources.map((s) => {
                  const href = safeHref(s);
                  return (
                    <li key={s}>
                      {href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {s}
                        </a>
                      ) : (
                        s
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
