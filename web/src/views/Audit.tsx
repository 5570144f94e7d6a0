/**
 * The audit log (admins): who did what, newest first, with the values before and after. Every
 * value is shown as text (JSON from the server is never turned into markup).
 */
import { api, auditUrl } from '../api.js';
import { DownloadLink } from '../components/download.js';
import { Empty, ErrorBox, Loading, Pager, useAsync, usePageTitle } from '../components/ui.js';
import { dateTime, plural } from '../format.js';
import { setQuery, type Loc } from '../router.js';
import { useCan } from '../session.js';
import type { AuditEntry } from '../types.js';

const LIMIT = 50;

/** The actions the server records, for the filter (others found in the URL are kept). */
const ACTIONS: readonly [string, string][] = [
  ['review.add', 'Review added'],
  ['document.add', 'Document added'],
  ['document.replace', 'Document replaced'],
  ['document.delete', 'Document deleted'],
  ['session.login', 'Login'],
  ['account.add', 'Account added'],
  ['account.disable', 'Account disabled'],
  ['token.create', 'API token created'],
  ['token.revoke', 'API token revoked'],
];

export function Audit({ loc }: { loc: Loc }) {
  usePageTitle('Audit log');
  const admin = useCan('admin');
  const action = loc.query.get('action') ?? '';
  const offset = Number(loc.query.get('offset') ?? 0) || 0;
  const list = useAsync(
    (signal) => (admin ? api.audit({ limit: LIMIT, offset, action }, signal) : Promise.resolve(null)),
    [admin, action, offset],
  );
  const options = ACTIONS.some(([a]) => a === action) || !action ? ACTIONS : [...ACTIONS, [action, action] as [string, string]];

  return (
    <>
      <div class="page-head">
        <h1>Audit log</h1>
        <p class="lede">Every verdict, addition, deletion and login on this server, newest first. The log is append-only.</p>
      </div>
      {!admin ? (
        <div class="error" role="alert">
          <strong>Not allowed.</strong> The audit log needs the admin role.
        </div>
      ) : (
        <section class="card" aria-label="Audit entries">
          <div class="filters audit-filters">
            <div class="field">
              <label for="a-action">Action</label>
              <select id="a-action" value={action} onChange={(e) => setQuery({ action: e.currentTarget.value })}>
                <option value="">All actions</option>
                {options.map(([a, name]) => (
                  <option key={a} value={a}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <DownloadLink class="button small" href={auditUrl({ limit: 500, action })} fallbackName="parley-audit.jsonl">
              Download JSONL (latest 500)
            </DownloadLink>
          </div>
          {list.error && <ErrorBox error={list.error} retry={list.reload} />}
          {!list.data && list.loading && <Loading what="Loading the audit log" />}
          {list.data && (
            <>
              <p class="count" role="status" aria-live="polite">
                {plural(list.data.total, 'entry', 'entries')}
              </p>
              {list.data.items.length === 0 ? (
                <Empty>{action ? 'No entries for this action.' : 'Nothing has been recorded yet.'}</Empty>
              ) : (
                <AuditTable items={list.data.items} />
              )}
              <Pager total={list.data.total} limit={LIMIT} offset={offset} onPage={(o) => setQuery({ action, offset: o || null }, false)} />
            </>
          )}
        </section>
      )}
    </>
  );
}

function AuditTable({ items }: { items: readonly AuditEntry[] }) {
  return (
    <div class="table-wrap">
      <table class="audit-table responsive">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Before → after</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td data-label="Time" class="nowrap">
                <time dateTime={e.at}>{dateTime(e.at)}</time>
              </td>
              <td data-label="Actor">{e.actor}</td>
              <td data-label="Action">
                <code>{e.action}</code>
              </td>
              <td data-label="Target" class="audit-target">
                <Target entry={e} />
              </td>
              <td data-label="Change" class="audit-change">
                <Change before={e.before} after={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The target as text; a document still in the corpus links to it (by its sha256). */
function Target({ entry }: { entry: AuditEntry }) {
  const t = entry.target;
  if (!t) return <>–</>;
  const doc = /^document:([0-9a-f]{64})$/.exec(t);
  if (doc && entry.action !== 'document.delete') return <a href={`/doc/${doc[1]}`}>{t}</a>;
  return <>{t}</>;
}

/** A JSON value as one line of text. */
function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v === '' ? '""' : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length ? v.map(valueText).join(', ') : '—';
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields shown first, in this order (JSONB does not keep the order they were written in). */
const FIELD_ORDER = ['verdict', 'note', 'sources', 'reviewer', 'name', 'role', 'id', 'uri', 'words', 'disabled', 'revoked', 'token', 'prefix'];

function fieldOrder(a: string, b: string): number {
  const ia = FIELD_ORDER.indexOf(a);
  const ib = FIELD_ORDER.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Before → after. Two objects are compared field by field, the fields that changed marked; a
 * creation (nothing before) or a removal (nothing after) lists the one side. Anything else is
 * shown whole. Text only: no value is ever markup.
 */
function Change({ before, after }: { before: unknown; after: unknown }) {
  const none = (v: unknown) => v === null || v === undefined;
  if (none(before) && none(after)) return <span class="muted">–</span>;
  if ((isRecord(before) || none(before)) && (isRecord(after) || none(after))) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort(fieldOrder);
    const side = none(before) ? 'created' : none(after) ? 'removed' : null;
    return (
      <>
        {side && <span class={`change-side ${side}`}>{side === 'created' ? 'New' : 'Removed'}</span>}
        <dl class="change">
          {keys.map((k) => {
            const from = valueText(b[k]);
            const to = valueText(a[k]);
            const changed = from !== to;
            return (
              <div key={k} class={side ? side : changed ? 'changed' : 'same'}>
                <dt>{k}</dt>
                <dd>
                  {side === 'created' ? (
                    <span class="after">{to}</span>
                  ) : side === 'removed' ? (
                    <span class="before">{from}</span>
                  ) : changed ? (
                    <>
                      <span class={from === '—' ? 'none' : 'before'}>{from}</span> <span aria-hidden="true">→</span>
                      <span class="visually-hidden">changed to</span> <span class={to === '—' ? 'none' : 'after'}>{to}</span>
                    </>
                  ) : (
                    <span class="unchanged">{to}</span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </>
    );
  }
  return (
    <span class="change-line">
      <span class="before">{valueText(before)}</span> <span aria-hidden="true">→</span>
      <span class="visually-hidden">changed to</span> <span class="after">{valueText(after)}</span>
    </span>
  );
}
