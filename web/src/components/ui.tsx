/** Small shared pieces: data loading, status messages, badges, pagination. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { band, score, verdictLabel } from '../format.js';

export interface Async<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
  readonly set: (data: T) => void;
}

/** Runs `load` whenever `deps` change, aborting the previous request. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (ctl.signal.aborted) return;
        setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)), loading: false }));
      },
    );
    return () => ctl.abort();
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((data: T) => setState({ data, loading: false }), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, set };
}

/** A value that follows `value` after `ms` of quiet (for filters typed into a box). */
export function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {what}…
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: Error; retry?: () => void }) {
  const status = error instanceof ApiError ? error.status : 0;
  const notFound = status === 404;
  const forbidden = status === 403;
  const head = notFound ? 'Not found.' : forbidden ? 'Not allowed:' : status === 429 ? 'Too many requests.' : 'Something went wrong.';
  return (
    <div class="error" role="alert">
      <strong>{head}</strong> {forbidden ? forbiddenText(error.message) : error.message}
      {retry && !notFound && !forbidden && (
        <button type="button" class="link" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** The server's 403 message ("this needs the reviewer role; you are a reader") as a sentence. */
function forbiddenText(message: string): string {
  return /X-CSRF-Token/i.test(message) ? 'your session could not be confirmed; reload the page and try again.' : `${message}.`;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function VerdictBadge({ verdict }: { verdict: string | null | undefined }) {
  return <span class={`verdict verdict-${verdict ?? 'none'}`}>{verdictLabel(verdict)}</span>;
}

export function ScoreBadge({ value }: { value: number | null | undefined }) {
  return (
    <span class={`score score-${band(value)}`} title="Check-worthiness score (0–1)">
      <span class="visually-hidden">score </span>
      {score(value)}
    </span>
  );
}

export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  const known = Number.isFinite(total);
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span>{known ? `Page ${page} of ${pages}` : `Page ${page}`}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}

/** Sets the page title and moves focus to the main heading after navigation (for screen readers). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · parley` : 'parley';
  }, [title]);
}

/** Remembers a value in localStorage (reviewer name, highlight toggles). */
export function useStored<T>(key: string, initial: T): [T, (v: T) => void] {
  const [v, setV] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(`parley:${key}`);
      return raw === null ? initial : (JSON.parse(raw) as T);
    } catch {
      return initial;
    }
  });
  const ref = useRef(key);
  ref.current = key;
  const set = useCallback((x: T) => {
    setV(x);
    try {
      localStorage.setItem(`parley:${ref.current}`, JSON.stringify(x));
    } catch {
      // private mode: keep it in memory only
    }
  }, []);
  return [v, set];
}
