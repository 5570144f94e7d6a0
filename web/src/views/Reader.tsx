/**
 * The reading view: the interview as turns with toggleable highlights over `doc.text`, an
 * inspector for what is under the cursor, the claims in check-worthiness order (j/k), reviews,
 * and deep links to a turn (#t12), a span (?span=120-180) or a claim (?claim=<key>).
 *
 * Document text is only ever rendered as text: marks are built from offsets, segment by segment.
 */
import type { ComponentChild } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, exportUrl } from '../api.js';
import { DownloadLink } from '../components/download.js';
import { ReviewPanel } from '../components/review.js';
import { ErrorBox, Loading, ScoreBadge, useAsync, usePageTitle, useStored, VerdictBadge } from '../components/ui.js';
import { approxLabel, date, docTitle, label, num, plural, quantityValue, safeHref, truncate } from '../format.js';
import { KINDS, parseSpan, segment, type Kind, type Mark } from '../highlight.js';
import { navigate, type Loc } from '../router.js';
import { useCan } from '../session.js';
import type { ClaimRecord, Doc, DocumentRecord, Review, Span, Turn } from '../types.js';

type LayerKind = Exclude<Kind, 'target'>;
type Toggles = Record<LayerKind, boolean>;

const LAYERS: readonly { kind: LayerKind; name: string; help: string }[] = [
  { kind: 'claim', name: 'Claims', help: 'Check-worthy sentences, shaded by score' },
  { kind: 'quantity', name: 'Numbers', help: 'Quantities with their normalised value' },
  { kind: 'entity', name: 'Entities', help: 'People, organisations and places' },
  { kind: 'technique', name: 'Techniques', help: 'Propaganda techniques, with the rule that fired' },
  { kind: 'narrative', name: 'Narratives', help: 'Recurring narratives of state messaging' },
];

const LAYER_OF: Record<LayerKind, 'claims' | 'quantities' | 'entities' | 'techniques' | 'narratives'> = {
  claim: 'claims',
  quantity: 'quantities',
  entity: 'entities',
  technique: 'techniques',
  narrative: 'narratives',
};

const DEFAULT_TOGGLES: Toggles = { claim: true, quantity: true, entity: false, technique: true, narrative: false };

interface Picked {
  readonly kind: Kind;
  readonly index: number;
}

export function Reader({ loc, docRef }: { loc: Loc; docRef: string }) {
  const rec = useAsync((signal) => api.document(docRef, signal), [docRef]);
  usePageTitle(rec.data ? docTitle({ title: rec.data.doc.meta.title, uri: rec.data.uri }) : 'Reading');
  if (rec.error) return <ErrorBox error={rec.error} retry={rec.reload} />;
  if (!rec.data) return <Loading what="Loading the interview" />;
  return <ReaderBody loc={loc} record={rec.data} onRecord={rec.set} />;
}

function ReaderBody({ loc, record, onRecord }: { loc: Loc; record: DocumentRecord; onRecord: (r: DocumentRecord) => void }) {
  const doc = record.doc;
  const text = doc.text;
  const [storedToggles, setToggles] = useStored<Toggles>('layers', DEFAULT_TOGGLES);
  const toggles: Toggles = { ...DEFAULT_TOGGLES, ...storedToggles };
  const [minScore, setMinScore] = useStored<number>('minScore', 0);
  const [picked, setPicked] = useState<readonly Picked[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [copied, setCopied] = useState('');
  const [listOpen, setListOpen] = useState(false);
  const transcript = useRef<HTMLDivElement>(null);

  const claims = doc.claims ?? [];
  const recordByIndex = useMemo(() => new Map(record.claims.map((c) => [c.index, c])), [record]);
  const order = useMemo(
    () =>
      claims
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.score >= minScore)
        .sort((a, b) => b.c.score - a.c.score || a.c.start - b.c.start)
        .map(({ i }) => i),
    [claims, minScore],
  );
  const target = useMemo(() => parseSpan(loc.query.get('span'), text.length), [loc.query.toString(), text]);

  const marks = useMemo(() => {
    const out: Mark[] = [];
    const on = (k: LayerKind) => toggles[k];
    if (on('claim')) claims.forEach((c, index) => c.score >= minScore && out.push({ kind: 'claim', index, start: c.start, end: c.end }));
    if (on('quantity')) (doc.quantities ?? []).forEach((q, index) => out.push({ kind: 'quantity', index, start: q.start, end: q.end }));
    if (on('entity')) (doc.entities ?? []).forEach((q, index) => out.push({ kind: 'entity', index, start: q.start, end: q.end }));
    if (on('technique')) (doc.techniques ?? []).forEach((q, index) => out.push({ kind: 'technique', index, start: q.start, end: q.end }));
    if (on('narrative')) (doc.narratives ?? []).forEach((q, index) => out.push({ kind: 'narrative', index, start: q.start, end: q.end }));
    if (target) out.push({ kind: 'target', index: 0, ...target });
    if (current !== null && !out.some((m) => m.kind === 'claim' && m.index === current)) {
      const c = claims[current];
      if (c) out.push({ kind: 'claim', index: current, start: c.start, end: c.end });
    }
    return out.sort((a, b) => a.start - b.start);
  }, [doc, JSON.stringify(toggles), minScore, target, current]);

  /** Selects a claim: inspector, list, and the text scrolled to it. */
  const selectClaim = useCallback(
    (i: number, focus = true) => {
      setCurrent(i);
      setPicked([{ kind: 'claim', index: i }]);
      if (!focus) return;
      requestAnimationFrame(() => {
        const el = transcript.current?.querySelector<HTMLElement>(`mark[data-k="claim"][data-i="${i}"]`);
        if (el) {
          el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
          el.focus({ preventScroll: true });
        }
      });
    },
    [],
  );

  /** Shows one item in the inspector and scrolls the text to it (for the keyboard lists). */
  const pickItem = useCallback((kind: LayerKind, index: number) => {
    setPicked([{ kind, index }]);
    if (!toggles[kind]) setToggles({ ...toggles, [kind]: true });
    requestAnimationFrame(() => {
      transcript.current?.querySelector<HTMLElement>(`mark[data-k="${kind}"][data-i="${index}"]`)?.scrollIntoView({ block: 'center' });
    });
  }, [JSON.stringify(toggles)]);

  // Deep links: a claim, a span, a turn.
  useEffect(() => {
    const key = loc.query.get('claim');
    if (key) {
      const rc = record.claims.find((c) => c.key === key || c.key.startsWith(key));
      if (rc) {
        selectClaim(rc.index);
        return;
      }
    }
    requestAnimationFrame(() => {
      if (target) {
        transcript.current?.querySelector<HTMLElement>('mark[data-k="target"]')?.scrollIntoView({ block: 'center' });
        return;
      }
      const t = /^t(\d+)$/.exec(loc.hash);
      if (t) {
        const el = document.getElementById(`t${t[1]}`);
        if (el) {
          el.scrollIntoView({ block: 'start' });
          el.focus({ preventScroll: true });
        }
      }
    });
  }, [loc.n]);

  // j / k between claims, Escape closes the inspector.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (e.key === 'j' || e.key === 'k') {
        if (!order.length) return;
        e.preventDefault();
        const pos = current === null ? -1 : order.indexOf(current);
        const next = e.key === 'j' ? (pos < 0 ? 0 : Math.min(order.length - 1, pos + 1)) : pos < 0 ? 0 : Math.max(0, pos - 1);
        selectClaim(order[next]!);
      } else if (e.key === 'Escape' && picked.length) {
        setPicked([]);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [order, current, picked, selectClaim]);

  const onTextClick = (e: MouseEvent) => {
    const sel = getSelection();
    if (sel && !sel.isCollapsed) return;
    const found: Picked[] = [];
    for (let el = e.target as Element | null; el && el !== transcript.current; el = el.parentElement) {
      if (el.tagName === 'MARK') {
        const k = el.getAttribute('data-k') as Kind | null;
        const i = Number(el.getAttribute('data-i'));
        if (k && k !== 'target' && !found.some((p) => p.kind === k && p.index === i)) found.push({ kind: k, index: i });
      }
    }
    if (!found.length) return;
    found.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
    setPicked(found);
    const claim = found.find((p) => p.kind === 'claim');
    if (claim) setCurrent(claim.index);
  };

  const onSelect = () => {
    const sel = getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !transcript.current) {
      setSelection(null);
      return;
    }
    const r = sel.getRangeAt(0);
    const a = offsetOf(r.startContainer, r.startOffset);
    const b = offsetOf(r.endContainer, r.endOffset);
    setSelection(a !== null && b !== null && b > a ? { start: a, end: b } : null);
  };

  const copyLink = async (url: string, what: string) => {
    const abs = new URL(url, location.href).href;
    try {
      await navigator.clipboard.writeText(abs);
      setCopied(`Link to ${what} copied.`);
    } catch {
      setCopied(`Link to ${what}: ${abs}`);
    }
    setTimeout(() => setCopied(''), 4000);
  };

  const onReviewed = (index: number, history: readonly Review[]) => {
    const claimsNext = record.claims.map((c) => (c.index === index ? { ...c, history, review: history.at(-1) ?? null } : c));
    onRecord({ ...record, claims: claimsNext as ClaimRecord[] });
  };

  const base = `/doc/${record.id}`;
  const counts: Record<LayerKind, number> = {
    claim: claims.filter((c) => c.score >= minScore).length,
    quantity: doc.quantities?.length ?? 0,
    entity: doc.entities?.length ?? 0,
    technique: doc.techniques?.length ?? 0,
    narrative: doc.narratives?.length ?? 0,
  };

  return (
    <div class="reader">
      <DocHeader record={record} />
      <div class="toolbar" role="group" aria-label="Highlights">
        <span class="toolbar-label" aria-hidden="true">
          Highlight
        </span>
        {LAYERS.map((l) => (
          <label key={l.kind} class={`toggle toggle-${l.kind}${toggles[l.kind] ? ' on' : ''}`} title={l.help}>
            <input type="checkbox" checked={!!toggles[l.kind]} onChange={(e) => setToggles({ ...toggles, [l.kind]: e.currentTarget.checked })} />
            <span class={`swatch swatch-${l.kind}`} aria-hidden="true" />
            {l.name}
            <span class="count-pill" aria-label={`${counts[l.kind]} items`}>
              {counts[l.kind]}
            </span>
          </label>
        ))}
        <label class="min-score">
          <span>Claims scoring</span>
          <select value={String(minScore)} onChange={(e) => setMinScore(Number(e.currentTarget.value))}>
            <option value="0">all</option>
            <option value="0.45">≥ 0.45</option>
            <option value="0.7">≥ 0.70</option>
          </select>
        </label>
        {selection && (
          <button type="button" class="small" onClick={() => copyLink(`${base}?span=${selection.start}-${selection.end}`, 'the selection')}>
            Link to selection ({selection.start}–{selection.end})
          </button>
        )}
        <span class="copied" role="status" aria-live="polite">
          {copied}
        </span>
      </div>
      {target && (
        <p class="target-note">
          Showing the linked passage ({target.start}–{target.end}).{' '}
          <a href={base} class="link">
            Clear
          </a>
        </p>
      )}
      <div class="reader-grid">
        <div class="transcript" ref={transcript} onClick={onTextClick} onMouseUp={onSelect} onKeyUp={onSelect} aria-label="Transcript" role="region">
          <Transcript doc={doc} marks={marks} current={current} recordByIndex={recordByIndex} />
          <Notes doc={doc} />
        </div>
        <aside class="side" aria-label="Claims and details">
          {picked.length > 0 && (
            <Inspector
              doc={doc}
              picked={picked}
              recordByIndex={recordByIndex}
              onClose={() => setPicked([])}
              onReviewed={onReviewed}
              onCopy={(k) => copyLink(`${base}?claim=${encodeURIComponent(k)}`, 'the claim')}
            />
          )}
          <section class="claims-panel" aria-labelledby="claims-h">
            <div class="panel-head">
              <h2 id="claims-h">
                Claims <span class="muted">({order.length})</span>
              </h2>
              <button type="button" class="small list-toggle" aria-expanded={listOpen} aria-controls="claims-list" onClick={() => setListOpen(!listOpen)}>
                {listOpen ? 'Hide' : 'Show'}
              </button>
            </div>
            <p class="hint">
              Check-worthiest first. <kbd>j</kbd> / <kbd>k</kbd> move between them.
            </p>
            <ol id="claims-list" class={`claims-list${listOpen ? ' open' : ''}`}>
              {order.map((i) => {
                const c = claims[i]!;
                const rc = recordByIndex.get(i);
                return (
                  <li key={i}>
                    <button type="button" class="claim-item" aria-current={current === i ? 'true' : undefined} onClick={() => selectClaim(i)}>
                      <span class="claim-meta">
                        <ScoreBadge value={c.score} />
                        <span class="kind">{label(c.kind)}</span>
                        {rc?.review && <VerdictBadge verdict={rc.review.verdict} />}
                      </span>
                      <span class="claim-quote">{truncate(text.slice(c.start, c.end), 160)}</span>
                      {rc?.speaker && <span class="claim-speaker">{rc.speaker}</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
            {order.length === 0 && <p class="empty">No claims{minScore ? ' at this score' : ''}.</p>}
          </section>
          <LayerList title="Techniques" kind="technique" doc={doc} onPick={pickItem} describe={(i) => label(doc.techniques?.[i]?.technique)} />
          <LayerList title="Narratives" kind="narrative" doc={doc} onPick={pickItem} describe={(i) => doc.narratives?.[i]?.title ?? ''} />
          <LayerList title="Numbers" kind="quantity" doc={doc} onPick={pickItem} describe={(i) => {
            const q = doc.quantities?.[i];
            return q ? `${approxLabel(q.approx)} ${quantityValue(q)}` : '';
          }} />
        </aside>
      </div>
    </div>
  );
}

/** A collapsible list of one layer's items, so that every flag can be reached from the keyboard. */
function LayerList({ title, kind, doc, onPick, describe }: { title: string; kind: LayerKind; doc: Doc; onPick: (k: LayerKind, i: number) => void; describe: (i: number) => string }) {
  const items = (doc[LAYER_OF[kind]] ?? []) as readonly Span[];
  if (!items.length) return null;
  return (
    <section class="layer-panel" aria-label={title}>
      <details>
        <summary>
          <span class={`swatch swatch-${kind}`} aria-hidden="true" /> {title} <span class="muted">({items.length})</span>
        </summary>
        <ol class="layer-list">
          {items.map((it, i) => (
            <li key={i}>
              <button type="button" class="layer-item" onClick={() => onPick(kind, i)}>
                <strong>{describe(i)}</strong>
                <span class="claim-quote">{truncate(doc.text.slice(it.start, it.end), 110)}</span>
              </button>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** The UTF-16 offset into doc.text of a DOM position inside a block rendered from [data-start]. */
function offsetOf(node: Node, offset: number): number | null {
  const el = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest('[data-start]');
  if (!el) return null;
  const r = document.createRange();
  r.setStart(el, 0);
  try {
    r.setEnd(node, offset);
  } catch {
    return null;
  }
  return Number(el.getAttribute('data-start')) + r.toString().length;
}

function DocHeader({ record }: { record: DocumentRecord }) {
  const m = record.doc.meta;
  const href = safeHref(record.uri);
  const [deleting, setDeleting] = useState(false);
  const canRemove = useCan('admin');
  const [reviewUrl] = useStored('reviewUrl', '');
  const [actionsOpen, setActionsOpen] = useState(false);
  const [error, setError] = useState<Error>();
  const id = String(record.id);
  return (
    <header class="doc-head">
      <p class="crumbs">
        <a href="/">Library</a> <span aria-hidden="true">›</span> Document {record.id}
      </p>
      <h1>{docTitle({ title: m.title, uri: record.uri })}</h1>
      <dl class="meta">
        <div>
          <dt>Speaker</dt>
          <dd>
            {record.interviewee ?? m.interviewee ?? '–'}
            {m.interviewee_role && <span class="muted">, {m.interviewee_role}</span>}
          </dd>
        </div>
        {m.interviewer && (
          <div>
            <dt>Interviewer</dt>
            <dd>{m.interviewer}</dd>
          </div>
        )}
        <div>
          <dt>Outlet</dt>
          <dd>{record.outlet ?? m.outlet ?? '–'}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{m.published ? <time dateTime={m.published}>{date(m.published)}</time> : '–'}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd class="source">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {truncate(record.uri, 60)}
              </a>
            ) : (
              truncate(record.uri, 60)
            )}
          </dd>
        </div>
      </dl>
      <button type="button" class="small actions-toggle" aria-expanded={actionsOpen} aria-controls="doc-actions" onClick={() => setActionsOpen(!actionsOpen)}>
        Export and actions
      </button>
      <div id="doc-actions" class={`doc-actions${actionsOpen ? ' open' : ''}`}>
        <span class="muted small">Export this interview:</span>
        <DownloadLink class="button small" href={exportUrl({ format: 'csv', doc: id })}>
          Claims CSV
        </DownloadLink>
        <DownloadLink class="button small" href={exportUrl({ format: 'md', doc: id })}>
          Report
        </DownloadLink>
        <DownloadLink class="button small" href={exportUrl({ format: 'claimreview', doc: id, reviewed: 'true', url: reviewUrl.trim() })}>
          ClaimReview
        </DownloadLink>
        <DownloadLink class="button small" href={exportUrl({ format: 'json', doc: id })}>
          JSON
        </DownloadLink>
        {canRemove && (
          <button
            type="button"
            class="small danger"
            disabled={deleting}
            onClick={async () => {
              if (!confirm('Remove this interview from the corpus? Its reviews are kept as orphaned reviews.')) return;
              setDeleting(true);
              try {
                await api.deleteDocument(id);
                navigate('/');
              } catch (e) {
                setError(e instanceof Error ? e : new Error(String(e)));
                setDeleting(false);
              }
            }}
          >
            Remove
          </button>
        )}
      </div>
      {error && <ErrorBox error={error} />}
    </header>
  );
}

interface Block {
  readonly start: number;
  readonly end: number;
  readonly heading: boolean;
}

/** The turns, or paragraphs when there are none, or the whole text. */
function Transcript({ doc, marks, current, recordByIndex }: { doc: Doc; marks: readonly Mark[]; current: number | null; recordByIndex: Map<number, ClaimRecord> }) {
  const text = doc.text;
  const turns = doc.turns ?? [];
  const paragraphs = doc.paragraphs ?? [];
  const blocksIn = (from: number, to: number): Block[] => {
    const out: Block[] = [];
    for (const p of paragraphs) {
      const s = Math.max(p.start, from);
      const e = Math.min(p.end, to);
      if (e > s && text.slice(s, e).trim()) out.push({ start: s, end: e, heading: p.heading });
    }
    return out.length ? out : [{ start: from, end: to, heading: false }];
  };
  const render = (b: Block, key: number) => {
    const inside = marks.filter((m) => m.start < b.end && m.end > b.start);
    return (
      <p key={key} class={b.heading ? 'para heading' : 'para'} data-start={b.start}>
        {segment(b.start, b.end, inside).map((s) => wrap(text.slice(s.start, s.end), s.marks, doc, current, recordByIndex))}
      </p>
    );
  };
  if (!turns.length) {
    return <div class="turn turn-none">{blocksIn(0, text.length).map(render)}</div>;
  }
  return (
    <>
      {turns.map((t, i) => (
        <section key={i} id={`t${i}`} class={`turn turn-${t.role}`} tabIndex={-1} aria-labelledby={`t${i}-h`}>
          <h3 id={`t${i}-h`} class="turn-head">
            <span class="turn-role">{roleLabel(t)}</span>
            <span class="turn-speaker">{speakerLabel(t, doc)}</span>
            <a href={`#t${i}`} class="turn-anchor" title="Link to this turn">
              <span aria-hidden="true">#</span>
              <span class="visually-hidden">Link to turn {i}</span>
            </a>
          </h3>
          {blocksIn(t.start, t.end).map(render)}
        </section>
      ))}
    </>
  );
}

function roleLabel(t: Turn): string {
  return t.role === 'question' ? 'Question' : t.role === 'answer' ? 'Answer' : 'Introduction';
}

function speakerLabel(t: Turn, doc: Doc): string {
  if (t.speaker) return t.speaker;
  if (t.role === 'question') return doc.meta.interviewer ?? 'Interviewer';
  if (t.role === 'answer') return doc.meta.interviewee ?? 'Speaker not named';
  return '';
}

/** Nests one <mark> per covering span around a segment's text, outermost layer first. */
function wrap(textPiece: string, ms: readonly Mark[], doc: Doc, current: number | null, recordByIndex: Map<number, ClaimRecord>): ComponentChild {
  let node: ComponentChild = textPiece;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    node = (
      <mark
        data-k={m.kind}
        data-i={m.index}
        class={markClass(m, doc, current, recordByIndex)}
        title={markTitle(m, doc, recordByIndex)}
        tabIndex={m.kind === 'claim' && m.index === current ? -1 : undefined}
      >
        {node}
      </mark>
    );
  }
  return node;
}

function markClass(m: Mark, doc: Doc, current: number | null, recordByIndex: Map<number, ClaimRecord>): string {
  switch (m.kind) {
    case 'claim': {
      const c = doc.claims?.[m.index];
      const s = c?.score ?? 0;
      const v = recordByIndex.get(m.index)?.review?.verdict;
      return `hl hl-claim s${s >= 0.7 ? 3 : s >= 0.45 ? 2 : 1}${v ? ' reviewed' : ''}${m.index === current ? ' current' : ''}`;
    }
    case 'technique':
      return 'hl hl-technique';
    case 'quantity':
      return 'hl hl-quantity';
    case 'entity':
      return `hl hl-entity e-${(doc.entities?.[m.index]?.type ?? 'x').toLowerCase()}`;
    case 'narrative':
      return 'hl hl-narrative';
    default:
      return 'hl hl-target';
  }
}

function markTitle(m: Mark, doc: Doc, recordByIndex: Map<number, ClaimRecord>): string | undefined {
  switch (m.kind) {
    case 'claim': {
      const c = doc.claims?.[m.index];
      if (!c) return undefined;
      const v = recordByIndex.get(m.index)?.review?.verdict;
      return `Claim · score ${c.score.toFixed(2)} · ${label(c.kind)}${v ? ` · ${label(v)}` : ''}`;
    }
    case 'quantity': {
      const q = doc.quantities?.[m.index];
      return q ? `${approxLabel(q.approx)} ${quantityValue(q)}${q.of ? ` · ${q.of}` : ''}${q.when ? ` · ${q.when}` : ''}` : undefined;
    }
    case 'entity': {
      const e = doc.entities?.[m.index];
      return e ? `${label(e.type.toLowerCase())} · ${e.name}${e.role ? ` (${e.role})` : ''}` : undefined;
    }
    case 'technique': {
      const t = doc.techniques?.[m.index];
      return t ? `${label(t.technique)} — ${t.explanation}` : undefined;
    }
    case 'narrative': {
      const n = doc.narratives?.[m.index];
      return n ? `Narrative: ${n.title}` : undefined;
    }
    default:
      return 'Linked passage';
  }
}

function Inspector({
  doc,
  picked,
  recordByIndex,
  onClose,
  onReviewed,
  onCopy,
}: {
  doc: Doc;
  picked: readonly Picked[];
  recordByIndex: Map<number, ClaimRecord>;
  onClose: () => void;
  onReviewed: (index: number, history: readonly Review[]) => void;
  onCopy: (key: string) => void;
}) {
  const ref = useRef<HTMLElement>(null);
  return (
    <section class="inspector" aria-label="Details" ref={ref}>
      <div class="panel-head">
        <h2>Details</h2>
        <button type="button" class="small" onClick={onClose} aria-label="Close details">
          Close <span aria-hidden="true">×</span>
        </button>
      </div>
      {picked.map((p) => (
        <InspectorItem key={`${p.kind}-${p.index}`} doc={doc} p={p} record={p.kind === 'claim' ? recordByIndex.get(p.index) : undefined} onReviewed={onReviewed} onCopy={onCopy} />
      ))}
    </section>
  );
}

function InspectorItem({ doc, p, record, onReviewed, onCopy }: { doc: Doc; p: Picked; record: ClaimRecord | undefined; onReviewed: (index: number, h: readonly Review[]) => void; onCopy: (key: string) => void }) {
  const text = doc.text;
  const quote = (s: Span) => <blockquote class="quote">{text.slice(s.start, s.end)}</blockquote>;
  switch (p.kind) {
    case 'claim': {
      const c = doc.claims?.[p.index];
      if (!c) return null;
      return (
        <article class="detail detail-claim" aria-label="Claim">
          <header>
            <span class="detail-kind">Claim</span>
            <ScoreBadge value={c.score} />
            <span class="kind">{label(c.kind)}</span>
            {record?.review && <VerdictBadge verdict={record.review.verdict} />}
          </header>
          {quote(c)}
          {record?.speaker && <p class="small">Said by {record.speaker}{record.speaker_role ? `, ${record.speaker_role}` : ''}</p>}
          {c.reasons.length > 0 && (
            <>
              <h3 class="detail-sub">Why it is check-worthy</h3>
              <ul class="reasons">
                {c.reasons.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </>
          )}
          {c.quantities.length > 0 && (
            <>
              <h3 class="detail-sub">Numbers</h3>
              <ul class="reasons">
                {c.quantities.map((qi) => {
                  const q = doc.quantities?.[qi];
                  return q ? (
                    <li key={qi}>
                      {approxLabel(q.approx)} <strong>{quantityValue(q)}</strong>
                      {q.of ? ` — ${q.of}` : ''}
                      {q.when ? ` (${q.when})` : ''}
                    </li>
                  ) : null;
                })}
              </ul>
            </>
          )}
          {record ? (
            <>
              <div class="detail-actions">
                <button type="button" class="link small" onClick={() => onCopy(record.key)}>
                  Copy link to this claim
                </button>
              </div>
              <h3 class="detail-sub">Review</h3>
              <ReviewPanel claimKey={record.key} history={record.history} idPrefix={`rv-${p.index}`} onSaved={(h) => onReviewed(p.index, h)} />
            </>
          ) : (
            <p class="muted small">This claim is not in the corpus record, so it cannot be reviewed here.</p>
          )}
        </article>
      );
    }
    case 'quantity': {
      const q = doc.quantities?.[p.index];
      if (!q) return null;
      return (
        <article class="detail detail-quantity" aria-label="Number">
          <header>
            <span class="detail-kind">Number</span>
            <span class="kind">{label(q.kind)}</span>
          </header>
          {quote(q)}
          <dl class="facts">
            <dt>Normalised</dt>
            <dd>
              {approxLabel(q.approx)} <strong>{quantityValue(q)}</strong>
            </dd>
            <dt>Value</dt>
            <dd>
              <code>
                {q.value} {q.unit}
              </code>
            </dd>
            {q.of && (
              <>
                <dt>Of</dt>
                <dd>{q.of}</dd>
              </>
            )}
            {q.when && (
              <>
                <dt>Period</dt>
                <dd>{q.when}</dd>
              </>
            )}
          </dl>
        </article>
      );
    }
    case 'entity': {
      const e = doc.entities?.[p.index];
      if (!e) return null;
      return (
        <article class="detail detail-entity" aria-label="Entity">
          <header>
            <span class="detail-kind">{label(e.type.toLowerCase())}</span>
          </header>
          <p>
            <strong>{e.name}</strong>
            {e.role && <span class="muted">, {e.role}</span>}
          </p>
          {e.id && (
            <p class="small muted">
              Identifier <code>{e.id}</code>
            </p>
          )}
        </article>
      );
    }
    case 'technique': {
      const t = doc.techniques?.[p.index];
      if (!t) return null;
      return (
        <article class="detail detail-technique" aria-label="Technique">
          <header>
            <span class="detail-kind">Technique</span>
            <strong>{label(t.technique)}</strong>
          </header>
          {quote(t)}
          <p>{t.explanation}</p>
          <dl class="facts">
            <dt>Rule</dt>
            <dd>
              <code>{t.rule}</code>
            </dd>
            <dt>Confidence</dt>
            <dd>{Math.round(t.confidence * 100)}%</dd>
          </dl>
        </article>
      );
    }
    case 'narrative': {
      const n = doc.narratives?.[p.index];
      if (!n) return null;
      return (
        <article class="detail detail-narrative" aria-label="Narrative">
          <header>
            <span class="detail-kind">Narrative</span>
            <strong>{n.title}</strong>
          </header>
          <p>{n.explanation}</p>
          <h3 class="detail-sub">Evidence</h3>
          <ul class="reasons">
            {n.evidence.map((ev, i) => (
              <li key={i}>“{text.slice(ev.start, ev.end)}”</li>
            ))}
          </ul>
          <p class="small muted">
            Taxonomy id <code>{n.narrative}</code> · score {n.score.toFixed(2)}
          </p>
        </article>
      );
    }
    default:
      return null;
  }
}

/** What cleaning dropped and the analysis' diagnostics, for transparency. */
function Notes({ doc }: { doc: Doc }) {
  if (!doc.removed.length && !doc.diagnostics.length) return null;
  return (
    <div class="notes">
      {doc.removed.length > 0 && (
        <details>
          <summary>Page furniture removed ({doc.removed.length})</summary>
          <ul>
            {doc.removed.map((r, i) => (
              <li key={i}>
                <span class="tag">{label(r.reason)}</span> {truncate(r.text, 200)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {doc.diagnostics.length > 0 && (
        <details>
          <summary>Analysis notes ({doc.diagnostics.length})</summary>
          <ul>
            {doc.diagnostics.map((d, i) => (
              <li key={i}>
                <span class={`tag sev-${d.severity}`}>{d.severity}</span> <code>{d.code}</code> {d.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="small muted">
        {plural(doc.text.length, 'character')} · {num(doc.turns?.length ?? 0)} turns · {doc.source.format}, {doc.source.encoding}
      </p>
    </div>
  );
}
