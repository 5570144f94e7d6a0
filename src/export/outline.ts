import type { Doc, Turn } from '../doc.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

function who(doc: Doc): string {
  const m = doc.meta;
  const parts: string[] = [];
  if (m.interviewee) parts.push(m.interviewee + (m.interviewee_role ? `, ${m.interviewee_role}` : ''));
  if (m.interviewer) parts.push(`interviewed by ${m.interviewer}`);
  if (m.outlet) parts.push(`for ${m.outlet}`);
  if (m.published) parts.push(m.published);
  return parts.join(' · ') || 'speaker not stated';
}

function counts(doc: Doc): string {
  const parts: string[] = [];
  for (const layer of ['sentences', 'quantities', 'entities', 'claims', 'techniques', 'narratives'] as const) {
    const n = doc[layer]?.length;
    if (n !== undefined) parts.push(`${n} ${layer}`);
  }
  return parts.join(', ');
}

/**
 * A readable outline for a person: title, who, then the numbered questions
 * and answers, each cut to `width` characters.
 */
export function outline(doc: Doc, width = 160): string {
  const lines: string[] = [];
  lines.push(doc.meta.title ?? doc.source.uri);
  lines.push(who(doc));
  const furniture = doc.removed.length ? `; ${doc.removed.length} furniture lines removed` : '';
  lines.push(`${doc.meta.language ?? 'language unknown'} · turns by ${doc.meta.turn_convention ?? 'unknown'} convention${furniture}`);
  const c = counts(doc);
  if (c) lines.push(c);
  lines.push('');
  let q = 0;
  for (const t of doc.turns ?? []) {
    const body = cut(squash(doc.text.slice(t.start, t.end)), width);
    if (t.role === 'question') q++;
    lines.push(`${label(t, q)}${t.speaker ? ` (${t.speaker})` : ''}: ${body}`);
  }
  for (const d of doc.diagnostics) if (d.severity !== 'info') lines.push(`${d.severity}: ${d.message}`);
  return lines.join('\n');
}

function label(t: Turn, q: number): string {
  return t.role === 'intro' ? 'Intro' : t.role === 'question' ? `Q${q}` : `A${q}`;
}

/** A Markdown transcript: heading, metadata, then each turn as a paragraph led by its speaker. */
export function markdown(doc: Doc): string {
  const out: string[] = [`# ${doc.meta.title ?? doc.source.uri}`, ''];
  const m = doc.meta;
  const row = (k: string, v: string | null) => v && out.push(`- **${k}:** ${v}`);
  row('Interviewee', m.interviewee);
  row('Role', m.interviewee_role);
  row('Interviewer', m.interviewer);
  row('Outlet', m.outlet);
  row('Published', m.published);
  row('Source', doc.source.uri);
  out.push('');
  for (const t of doc.turns ?? []) {
    const text = doc.text.slice(t.start, t.end);
    const name = t.role === 'intro' ? '' : t.speaker ?? (t.role === 'question' ? 'Question' : 'Answer');
    const paras = text.split(/\n{2,}/).map(escapeMd);
    if (name) paras[0] = `**${escapeMd(name)}:** ${paras[0]}`;
    else paras[0] = `_${paras[0]}_`;
    out.push(...paras.flatMap((p) => [p, '']));
  }
  return out.join('\n').trimEnd() + '\n';
}

/** Escapes characters that would start Markdown markup at the start of a line or inline. */
function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)(\s)/, '$1\\$2$3');
}
