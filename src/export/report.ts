/**
 * A Markdown report a person can read: the corpus in figures, then each document with its claims
 * and their verdicts, then the claims repeated across documents. Document text is untrusted, so
 * it is escaped: no HTML, no links or emphasis from the interview itself.
 */
import type { ClaimRecord, DocumentRecord } from './json.js';
import { RATING_SCALE } from './claimreview.js';

/**
 * Escapes text for inline Markdown: HTML as entities, and the characters that start emphasis,
 * code, links, tables or strike-through; newlines become spaces. Text always follows a list
 * marker or a label, so line-start syntax (#, -, 1.) cannot trigger.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

export interface RepeatedGroup {
  readonly id: string;
  readonly claims: readonly { key: string; quote: string; speaker: string | null; title: string | null; published: string | null }[];
}

export interface ReportOptions {
  readonly title?: string;
  /** ISO date of the report; default today. */
  readonly date?: string;
  readonly repeated?: readonly RepeatedGroup[];
}

function verdictLabel(v: string): string {
  return RATING_SCALE[v]?.label ?? v;
}

function claimLine(c: ClaimRecord, n: number): string {
  const who = c.speaker ? ` — ${escapeMarkdown(c.speaker)}` : '';
  const kind = c.kind ? ` · ${escapeMarkdown(c.kind)}` : '';
  let line = `${n}. “${escapeMarkdown(c.quote)}”${who}${kind} · \`${c.key}\``;
  const r = c.review;
  if (r) {
    line += `\n   - **${verdictLabel(r.verdict)}** (${escapeMarkdown(r.reviewer)}, ${r.created_at.slice(0, 10)}${c.history.length > 1 ? `, ${c.history.length} reviews` : ''})`;
    if (r.note) line += `: ${escapeMarkdown(r.note)}`;
    for (const s of r.sources) line += `\n   - Source: <${encodeURI(decodeURISafe(s))}>`;
  }
  return line;
}

function decodeURISafe(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/**
 * The report as Markdown.
 * @example
 * process.stdout.write(markdownReport(records, { repeated: groups }));
 */
export function markdownReport(records: readonly DocumentRecord[], options: ReportOptions = {}): string {
  const out: string[] = [];
  const claims = records.flatMap((r) => r.claims);
  const reviewed = claims.filter((c) => c.review);
  const words = records.reduce((n, r) => n + (r.doc.text.match(/\S+/g)?.length ?? 0), 0);
  out.push(`# ${escapeMarkdown(options.title ?? 'parley corpus report')}`, '');
  out.push(
    `${options.date ?? new Date().toISOString().slice(0, 10)} · ${records.length} document${records.length === 1 ? '' : 's'} · ${words.toLocaleString('en')} words · ${claims.length} claims · ${reviewed.length} reviewed`,
    '',
  );
  if (reviewed.length) {
    const counts = new Map<string, number>();
    for (const c of reviewed) counts.set(c.review!.verdict, (counts.get(c.review!.verdict) ?? 0) + 1);
    out.push('## Verdicts', '', '| Verdict | Claims |', '|---|---:|');
    for (const v of Object.keys(RATING_SCALE)) if (counts.has(v)) out.push(`| ${verdictLabel(v)} | ${counts.get(v)} |`);
    out.push('');
  }
  out.push('## Documents', '');
  for (const r of records) {
    const m = r.doc.meta;
    out.push(`### ${escapeMarkdown(m?.title ?? r.uri)}`, '');
    const facts = [
      r.interviewee ?? m?.interviewee ? `**Interviewee:** ${escapeMarkdown(r.interviewee ?? m?.interviewee ?? '')}${m?.interviewee_role ? `, ${escapeMarkdown(m.interviewee_role)}` : ''}` : '',
      r.outlet ?? m?.outlet ? `**Outlet:** ${escapeMarkdown(r.outlet ?? m?.outlet ?? '')}` : '',
      m?.published ? `**Published:** ${m.published}` : '',
      `**Source:** ${/^https?:\/\//i.test(r.uri) ? `<${encodeURI(decodeURISafe(r.uri))}>` : `\`${r.uri.replace(/`/g, "'")}\``}`,
      `**Document:** ${r.id} · sha256 \`${r.sha256.slice(0, 12)}\``,
    ].filter(Boolean);
    out.push(facts.join('  \n'), '');
    if (r.claims.length) {
      out.push(`**Claims** (${r.claims.length}${r.claims.some((c) => c.review) ? `, ${r.claims.filter((c) => c.review).length} reviewed` : ''})`, '');
      r.claims.forEach((c, i) => out.push(claimLine(c, i + 1)));
      out.push('');
    } else {
      out.push('_No claims._', '');
    }
    if (r.orphaned_reviews.length) {
      out.push('**Reviews of words that are no longer a claim**', '');
      for (const o of r.orphaned_reviews) out.push(`- “${escapeMarkdown(o.quote)}”: **${verdictLabel(o.verdict)}** (${escapeMarkdown(o.reviewer)}, ${o.created_at.slice(0, 10)})`);
      out.push('');
    }
  }
  if (options.repeated?.length) {
    out.push('## Repeated claims', '');
    for (const g of options.repeated) {
      out.push(`- Group \`${g.id}\` (${g.claims.length} claims)`);
      for (const c of g.claims) {
        const where = [c.speaker, c.title, c.published].filter(Boolean).map((x) => escapeMarkdown(x!)).join(', ');
        out.push(`  - “${escapeMarkdown(c.quote)}”${where ? ` — ${where}` : ''}`);
      }
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
