/** The library: documents of the corpus with filters, and adding documents by file, paste or URL. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api.js';
import { ErrorBox, Empty, Loading, Pager, useAsync, useDebounced, usePageTitle } from '../components/ui.js';
import { date, dateTime, docTitle, num, plural } from '../format.js';
import { setQuery, type Loc } from '../router.js';
import { useCan } from '../session.js';
import type { AddOutcome, AddResult, AnalysisJob, DocumentSummary, JobPage, JobStatus } from '../types.js';

const LIMIT = 50;

/**
 * Queue mode (`parley serve --queue`): adding a document answers 202 with a job that `parley worker`
 * processes do. Remembered for the rest of the visit once seen, so the queue panel stays.
 */
let queueMode = false;

export function Library({ loc }: { loc: Loc }) {
  usePageTitle('Library');
  const q = loc.query;
  const filters = {
    q: q.get('q') ?? '',
    speaker: q.get('speaker') ?? '',
    outlet: q.get('outlet') ?? '',
    since: q.get('since') ?? '',
    until: q.get('until') ?? '',
  };
  const offset = Number(q.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(filters);
  const debounced = useDebounced(draft, 300);
  const key = JSON.stringify(debounced);
  useEffect(() => {
    if (JSON.stringify(filters) !== key) setQuery({ ...debounced });
  }, [key]);
  const list = useAsync((signal) => api.documents({ ...filters, limit: LIMIT, offset }, signal), [q.toString()]);
  const anyFilter = Object.values(filters).some(Boolean);
  const [moreOpen, setMoreOpen] = useState(false);
  const canAdd = useCan('reviewer');
  const [queued, setQueued] = useState(queueMode);
  // Bumped whenever one of this page's additions changes state: the queue panel refreshes.
  const [queueTick, setQueueTick] = useState(0);
  const onJob = useCallback(() => {
    queueMode = true;
    setQueued(true);
    setQueueTick((t) => t + 1);
  }, []);

  return (
    <>
      <div class="page-head">
        <h1>Library</h1>
        <p class="lede">Interviews in the corpus, newest first. Open one to read it with its claims, numbers and flags.</p>
      </div>
      {canAdd && <AddDocument onAdded={list.reload} onJob={onJob} empty={list.data?.total === 0 && !anyFilter} />}
      <QueuePanel known={queued} tick={queueTick} />
      <section aria-labelledby="docs-h" class="card">
        <h2 id="docs-h" class="visually-hidden">
          Documents
        </h2>
        <form class="filters" role="search" aria-label="Filter documents" onSubmit={(e) => e.preventDefault()}>
          <div class="field grow">
            <label for="f-q">Words in title, speaker or outlet</label>
            <input id="f-q" type="search" value={draft.q} onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })} />
          </div>
          <button type="button" class="small more-toggle" aria-expanded={moreOpen} aria-controls="more-filters" onClick={() => setMoreOpen(!moreOpen)}>
            More filters
          </button>
          <div id="more-filters" class={`more${moreOpen || draft.speaker || draft.outlet || draft.since || draft.until ? ' open' : ''}`}>
          <div class="field">
            <label for="f-speaker">Speaker</label>
            <input id="f-speaker" type="text" value={draft.speaker} onInput={(e) => setDraft({ ...draft, speaker: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="f-outlet">Outlet</label>
            <input id="f-outlet" type="text" value={draft.outlet} onInput={(e) => setDraft({ ...draft, outlet: e.currentTarget.value })} />
          </div>
          <div class="field narrow">
            <label for="f-since">Since</label>
            <input id="f-since" type="text" inputMode="numeric" placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" value={draft.since} onInput={(e) => setDraft({ ...draft, since: e.currentTarget.value })} />
          </div>
          <div class="field narrow">
            <label for="f-until">Until</label>
            <input id="f-until" type="text" inputMode="numeric" placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" value={draft.until} onInput={(e) => setDraft({ ...draft, until: e.currentTarget.value })} />
          </div>
          </div>
          {anyFilter && (
            <button type="button" class="link clear" onClick={() => setDraft({ q: '', speaker: '', outlet: '', since: '', until: '' })}>
              Clear filters
            </button>
          )}
        </form>
        {list.error && <ErrorBox error={list.error} retry={list.reload} />}
        {!list.data && list.loading && <Loading what="Loading documents" />}
        {list.data && (
          <>
            <p class="count" role="status" aria-live="polite">
              {plural(list.data.total, 'document')}
              {anyFilter ? ' match' : ''}
            </p>
            {list.data.items.length === 0 ? (
              <Empty>{anyFilter ? 'No document matches these filters.' : canAdd ? 'The corpus is empty. Add an interview above.' : 'The corpus is empty. A reviewer or an admin can add interviews.'}</Empty>
            ) : (
              <DocumentTable items={list.data.items} />
            )}
            <Pager total={list.data.total} limit={LIMIT} offset={offset} onPage={(o) => setQuery({ ...filters, offset: o || null }, false)} />
          </>
        )}
      </section>
    </>
  );
}

function DocumentTable({ items }: { items: readonly DocumentSummary[] }) {
  const hasFlags = items.some((d) => typeof (d.flags ?? d.techniques) === 'number');
  return (
    <div class="table-wrap">
      <table class="docs responsive">
        <thead>
          <tr>
            <th scope="col">Interview</th>
            <th scope="col">Speaker</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col" class="num">
              Words
            </th>
            <th scope="col" class="num">
              Claims
            </th>
            <th scope="col" class="num">
              Reviewed
            </th>
            {hasFlags && (
              <th scope="col" class="num">
                Flags
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id}>
              <th scope="row" data-label="Interview">
                <a href={`/doc/${d.id}`} class="doc-link">
                  {docTitle(d)}
                </a>
                <span class="uri">{d.uri}</span>
              </th>
              <td data-label="Speaker">{d.interviewee ?? '–'}</td>
              <td data-label="Outlet">{d.outlet ?? '–'}</td>
              <td data-label="Published">
                {d.published ? <time dateTime={d.published}>{date(d.published)}</time> : '–'}
              </td>
              <td data-label="Words" class="num">
                {num(d.words)}
              </td>
              <td data-label="Claims" class="num">
                {num(d.claims)}
              </td>
              <td data-label="Reviewed" class="num">
                {num(d.reviewed)}
              </td>
              {hasFlags && (
                <td data-label="Flags" class="num">
                  {num(d.flags ?? d.techniques)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Tab = 'file' | 'paste' | 'url';

/** One addition in the list under the form: in this tab's hands, then (queue mode) a worker's. */
interface Job {
  readonly id: number;
  readonly name: string;
  readonly state: 'uploading' | 'analysing' | 'queued' | 'running' | 'done' | 'error';
  readonly progress: number;
  readonly result?: AddResult;
  readonly error?: string;
  /** Queue mode: the analysis job as last seen. */
  readonly job?: AnalysisJob;
}

let jobIds = 0;

/** Polling a queued job: every second while it moves, backing off to this while it does not. */
const POLL_MIN_MS = 1000;
const POLL_MAX_MS = 5000;

/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** A done job's result in the shape of a direct addition's answer. */
function jobResult(job: AnalysisJob): AddResult | undefined {
  const r = job.result;
  return r ? { id: r.doc_id, sha256: r.sha256, status: r.status, words: r.words, claims: r.claims } : undefined;
}

/** The list item's fields for a job as the server reports it. */
function fromJob(job: AnalysisJob): Partial<Job> {
  if (job.status === 'done') {
    const result = jobResult(job);
    return result ? { state: 'done', progress: 1, result, job } : { state: 'error', error: 'The job is done but reports no document.', job };
  }
  if (job.status === 'failed') return { state: 'error', error: job.error || 'The analysis failed.', job };
  return { state: job.status, job };
}

function AddDocument({ onAdded, onJob, empty }: { onAdded: () => void; onJob: () => void; empty: boolean }) {
  const [tab, setTab] = useState<Tab>('file');
  // Open on wide screens and for an empty corpus; on a phone the list comes first.
  const [open, setOpen] = useState(() => matchMedia('(min-width: 701px)').matches);
  const shown = open || empty;
  const [jobs, setJobs] = useState<readonly Job[]>([]);
  const tabs: [Tab, string][] = [
    ['file', 'Upload files'],
    ['paste', 'Paste text'],
    ['url', 'From a URL'],
  ];
  const update = (id: number, patch: Partial<Job>) => setJobs((js) => js.map((j) => (j.id === id ? { ...j, ...patch } : j)));
  // Aborted when the view is left: every job being followed stops polling.
  const alive = useRef<AbortController | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    alive.current = ctl;
    return () => ctl.abort();
  }, []);

  /** Follows a queued job (GET /api/jobs/{id}) until it is done or failed, or the view is left. */
  const follow = async (id: number, first: AnalysisJob) => {
    const signal = alive.current?.signal;
    if (!signal) return;
    let job = first;
    let delay = POLL_MIN_MS;
    while (!signal.aborted) {
      await sleep(delay, signal);
      if (signal.aborted) return;
      let next: AnalysisJob;
      try {
        next = await api.job(first.id, signal);
      } catch (e) {
        if (signal.aborted) return;
        if (e instanceof ApiError && e.status === 404) {
          update(id, { state: 'error', error: `Job ${first.id} is no longer in the queue.` });
          return;
        }
        // The session ended (the login screen takes over), or the server is briefly away: try later.
        if (e instanceof ApiError && e.status === 401) return;
        delay = Math.min(delay * 2, POLL_MAX_MS);
        continue;
      }
      const moved = next.status !== job.status || next.attempts !== job.attempts || next.worker !== job.worker;
      job = next;
      if (moved) {
        update(id, fromJob(job));
        onJob();
      }
      if (job.status === 'done') {
        onAdded();
        return;
      }
      if (job.status === 'failed') return;
      delay = moved ? POLL_MIN_MS : Math.min(Math.round(delay * 1.5), POLL_MAX_MS);
    }
  };

  /** Runs one addition, tracking it in the job list. Queue mode: true once queued (the job is followed apart). */
  const run = async (name: string, add: (progress: (f: number) => void) => Promise<AddOutcome>, startAnalysing = false): Promise<boolean> => {
    const id = ++jobIds;
    const job: Job = { id, name, state: startAnalysing ? 'analysing' : 'uploading', progress: 0 };
    setJobs((js) => [job, ...js].slice(0, 20));
    try {
      const out = await add((f) => update(id, f >= 1 ? { state: 'analysing', progress: 1 } : { progress: f }));
      if (out.queued) {
        update(id, { progress: 1, ...fromJob(out.job) });
        onJob();
        if (out.job.status === 'done') onAdded();
        else if (out.job.status !== 'failed') void follow(id, out.job);
        return true;
      }
      update(id, { state: 'done', progress: 1, result: out.result });
      onAdded();
      return true;
    } catch (e) {
      update(id, { state: 'error', error: e instanceof ApiError || e instanceof Error ? e.message : String(e) });
      return false;
    }
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex(([t]) => t === tab);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i + tabs.length - 1) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    setTab(tabs[next]![0]);
    document.getElementById(`tab-${tabs[next]![0]}`)?.focus();
  };

  return (
    <section class={`card add${shown ? '' : ' collapsed'}`} aria-labelledby="add-h">
      <div class="add-head">
        <h2 id="add-h">Add an interview</h2>
        {!empty && (
          <button type="button" class="small" aria-expanded={shown} aria-controls="add-body" onClick={() => setOpen(!open)}>
            {shown ? 'Hide' : 'Add…'}
          </button>
        )}
      </div>
      <div id="add-body" hidden={!shown}>
        <div role="tablist" aria-label="How to add" class="tabs" onKeyDown={onTabKey}>
          {tabs.map(([t, name]) => (
            <button key={t} id={`tab-${t}`} type="button" role="tab" aria-selected={tab === t} aria-controls={`panel-${t}`} tabIndex={tab === t ? 0 : -1} onClick={() => setTab(t)}>
              {name}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel">
          {tab === 'file' && (
            <FileDrop
              onFiles={async (files) => {
                for (const f of files) await run(f.name, (p) => api.addFile(f, p));
              }}
            />
          )}
          {tab === 'paste' && <PasteForm run={run} />}
          {tab === 'url' && <UrlForm run={run} />}
        </div>
      </div>
      {jobs.length > 0 && (
        <ul class="jobs" aria-label="Additions" aria-live="polite">
          {jobs.map((j) => (
            <li key={j.id} class={`job job-${j.state}`}>
              <span class="job-name">{j.name}</span>
              {j.state === 'uploading' && (
                <>
                  <progress max={1} value={j.progress} aria-label={`Uploading ${j.name}`} />
                  <span class="muted small">Uploading {Math.round(j.progress * 100)}%</span>
                </>
              )}
              {j.state === 'analysing' && (
                <>
                  <progress aria-label={`Analysing ${j.name}`} />
                  <span class="muted small">Analysing…</span>
                </>
              )}
              {j.state === 'queued' && j.job && (
                <span class="muted small job-status">
                  <span class="job-badge job-badge-queued">Queued for analysis</span>
                  {j.job.attempts > 0 && j.job.error && (
                    <>
                      {' '}
                      · retry {j.job.attempts + 1} of {j.job.max_attempts} after: <span class="job-retry-error">{j.job.error}</span>
                    </>
                  )}
                </span>
              )}
              {j.state === 'running' && j.job && (
                <>
                  <progress aria-label={`Analysing ${j.name}`} />
                  <span class="muted small job-status">Analysing{j.job.worker ? ` (worker ${j.job.worker})` : '…'}</span>
                </>
              )}
              {j.state === 'done' && j.result && (
                <span class="job-result">
                  {j.result.status === 'unchanged' ? 'Already in the corpus' : j.result.status === 'replaced' ? 'Re-analysed' : 'Added'}
                  {' · '}
                  {plural(j.result.words, 'word')}, {plural(j.result.claims, 'claim')}
                  {' · '}
                  <a href={`/doc/${j.result.id}`}>Open</a>
                </span>
              )}
              {j.state === 'error' && (
                <span class="job-error" role="alert">
                  {j.job ? `Analysis failed: ${j.error ?? ''}` : j.error}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FileDrop({ onFiles }: { onFiles: (files: File[]) => Promise<void> }) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const take = (list: FileList | null | undefined) => {
    const files = list ? [...list] : [];
    if (files.length) void onFiles(files);
  };
  return (
    <div
      class={`dropzone${over ? ' over' : ''}`}
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <p>
        <strong>Drop interview files here</strong>
        <span class="muted"> — HTML pages, plain text or Markdown, any encoding</span>
      </p>
      <label for="file-input" class="button">
        Choose files…
      </label>
      <input
        id="file-input"
        ref={input}
        class="visually-hidden-input"
        type="file"
        multiple
        accept=".txt,.text,.html,.htm,.xhtml,.md,.markdown,text/plain,text/html,text/markdown"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}

type Run = (name: string, add: (progress: (f: number) => void) => Promise<AddOutcome>, startAnalysing?: boolean) => Promise<boolean>;

function PasteForm({ run }: { run: Run }) {
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [format, setFormat] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim()) return;
        setBusy(true);
        const ok = await run(name.trim() || 'Pasted text', () => api.addText({ text, ...(name.trim() && { name: name.trim() }), ...(format && { format }) }), true);
        setBusy(false);
        if (ok) setText('');
      }}
    >
      <label for="paste-text">Interview text</label>
      <textarea id="paste-text" rows={8} required value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder={'– Question?\n\n– Answer.'} />
      <div class="row">
        <div class="field grow">
          <label for="paste-name">Name (optional)</label>
          <input id="paste-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="pasted.txt" />
        </div>
        <div class="field">
          <label for="paste-format">Format</label>
          <select id="paste-format" value={format} onChange={(e) => setFormat(e.currentTarget.value)}>
            <option value="">Detect</option>
            <option value="text">Plain text</option>
            <option value="html">HTML</option>
            <option value="markdown">Markdown</option>
          </select>
        </div>
        <button type="submit" class="primary" disabled={busy || !text.trim()}>
          {busy ? 'Analysing…' : 'Analyse and add'}
        </button>
      </div>
    </form>
  );
}

function UrlForm({ run }: { run: Run }) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="row"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!url.trim()) return;
        setBusy(true);
        const ok = await run(url.trim(), () => api.addUrl(url.trim()), true);
        setBusy(false);
        if (ok) setUrl('');
      }}
    >
      <div class="field grow">
        <label for="add-url">Address of the interview page</label>
        <input id="add-url" type="url" required placeholder="https://…" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
      </div>
      <button type="submit" class="primary" disabled={busy || !url.trim()}>
        {busy ? 'Fetching…' : 'Fetch and add'}
      </button>
    </form>
  );
}

const STATUS_LABELS: Record<JobStatus, string> = { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' };
const QUEUE_ROWS = 8;
const QUEUE_POLL_MIN_MS = 2000;
const QUEUE_POLL_MAX_MS = 15000;

const busy = (p: JobPage) => (p.counts.queued ?? 0) + (p.counts.running ?? 0) > 0;

/**
 * The analysis queue of a server in queue mode: counts by status and the latest jobs. Shown once a
 * 202 was seen (`known`) or when `GET /api/jobs?limit=1` reports jobs queued or running; refreshed
 * while jobs are in flight (backing off while nothing moves), whenever `tick` changes, and on demand.
 */
function QueuePanel({ known, tick }: { known: boolean; tick: number }) {
  const [active, setActive] = useState(known || queueMode);
  const [page, setPage] = useState<JobPage | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [manual, setManual] = useState(0);
  const delay = useRef(QUEUE_POLL_MIN_MS);
  const last = useRef('');
  const shown = active || known;

  useEffect(() => {
    const ctl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const p = await api.jobs({ limit: shown ? QUEUE_ROWS : 1 }, ctl.signal);
        if (ctl.signal.aborted) return;
        if (!shown) {
          // Probing: a server not in queue mode has no jobs in flight (or no jobs at all).
          if (busy(p)) {
            queueMode = true;
            setActive(true);
          }
          return;
        }
        setPage(p);
        setError(null);
        if (!busy(p)) return;
        const key = JSON.stringify([p.counts, p.items.map((j) => [j.id, j.status, j.attempts])]);
        delay.current = key === last.current ? Math.min(Math.round(delay.current * 1.5), QUEUE_POLL_MAX_MS) : QUEUE_POLL_MIN_MS;
        last.current = key;
        timer = setTimeout(() => void load(), delay.current);
      } catch (e) {
        if (ctl.signal.aborted || !shown) return;
        setError(e instanceof Error ? e : new Error(String(e)));
      }
    };
    void load();
    return () => {
      ctl.abort();
      clearTimeout(timer);
    };
  }, [shown, tick, manual]);

  if (!shown) return null;
  const counts = page?.counts;
  return (
    <section class="card queue" aria-labelledby="queue-h">
      <div class="queue-head">
        <h2 id="queue-h">Analysis queue</h2>
        <button type="button" class="small" onClick={() => setManual((n) => n + 1)}>
          Refresh
        </button>
      </div>
      <p class="muted small queue-lede">This server queues new interviews; separate worker processes analyse them.</p>
      {error && <ErrorBox error={error} retry={() => setManual((n) => n + 1)} />}
      {!page && !error && <Loading what="Loading the queue" />}
      {counts && (
        <ul class="queue-counts" aria-label="Jobs by status">
          {(Object.keys(STATUS_LABELS) as JobStatus[]).map((s) => (
            <li key={s} class={`queue-count job-badge-${s}${(counts[s] ?? 0) > 0 ? '' : ' zero'}`}>
              <span class="queue-count-n">{num(counts[s] ?? 0)}</span> {STATUS_LABELS[s]}
            </li>
          ))}
        </ul>
      )}
      {page && page.items.length === 0 && <Empty>No jobs yet.</Empty>}
      {page && page.items.length > 0 && (
        <div class="table-wrap">
          <table class="queue-jobs responsive">
            <caption class="visually-hidden">Latest jobs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Status</th>
                <th scope="col">Details</th>
                <th scope="col">Queued at</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((j) => (
                <tr key={j.id} class={`queue-job queue-job-${j.status}`}>
                  <th scope="row" class="queue-uri">
                    {j.status === 'done' && j.result ? <a href={`/doc/${j.result.doc_id}`}>{j.uri}</a> : j.uri}
                    <span class="uri">job {j.id}</span>
                  </th>
                  <td data-label="Status">
                    <span class={`job-badge job-badge-${j.status}`}>{STATUS_LABELS[j.status] ?? j.status}</span>
                  </td>
                  <td data-label="Details" class="queue-detail">
                    <JobDetail job={j} />
                  </td>
                  <td data-label="Queued at">
                    <time dateTime={j.created_at}>{dateTime(j.created_at)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function JobDetail({ job }: { job: AnalysisJob }) {
  if (job.status === 'done' && job.result) {
    return (
      <>
        {job.result.status === 'unchanged' ? 'Already in the corpus' : job.result.status === 'replaced' ? 'Re-analysed' : 'Added'} · {plural(job.result.words, 'word')}, {plural(job.result.claims, 'claim')}
      </>
    );
  }
  if (job.status === 'failed') return <span class="job-error">{job.error ?? 'Failed'}</span>;
  if (job.status === 'running') return <>{job.worker ? `Worker ${job.worker}` : 'Running'}{job.attempts > 1 ? ` · attempt ${job.attempts} of ${job.max_attempts}` : ''}</>;
  if (job.attempts > 0 && job.error) {
    return (
      <>
        Retry {job.attempts + 1} of {job.max_attempts} after: <span class="job-error">{job.error}</span>
      </>
    );
  }
  return <span class="muted">Waiting for a worker</span>;
}
