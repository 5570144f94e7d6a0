/** The library: documents of the corpus with filters, and adding documents by file, paste or URL. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api.js';
import { ErrorBox, Empty, Loading, Pager, useAsync, useDebounced, usePageTitle } from '../components/ui.js';
import { date, docTitle, num, plural } from '../format.js';
import { setQuery, type Loc } from '../router.js';
import { useCan } from '../session.js';
import type { AddResult, DocumentSummary } from '../types.js';

const LIMIT = 50;

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

  return (
    <>
      <div class="page-head">
        <h1>Library</h1>
        <p class="lede">Interviews in the corpus, newest first. Open one to read it with its claims, numbers and flags.</p>
      </div>
      {canAdd && <AddDocument onAdded={list.reload} empty={list.data?.total === 0 && !anyFilter} />}
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

interface Job {
  readonly id: number;
  readonly name: string;
  readonly state: 'uploading' | 'analysing' | 'done' | 'error';
  readonly progress: number;
  readonly result?: AddResult;
  readonly error?: string;
}

let jobIds = 0;

function AddDocument({ onAdded, empty }: { onAdded: () => void; empty: boolean }) {
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

  /** Runs one addition, tracking it in the job list. */
  const run = async (name: string, add: (progress: (f: number) => void) => Promise<AddResult>, startAnalysing = false): Promise<boolean> => {
    const id = ++jobIds;
    const job: Job = { id, name, state: startAnalysing ? 'analysing' : 'uploading', progress: 0 };
    setJobs((js) => [job, ...js].slice(0, 20));
    try {
      const result = await add((f) => update(id, f >= 1 ? { state: 'analysing', progress: 1 } : { progress: f }));
      update(id, { state: 'done', progress: 1, result });
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
                  {j.error}
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

type Run = (name: string, add: (progress: (f: number) => void) => Promise<AddResult>, startAnalysing?: boolean) => Promise<boolean>;

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
