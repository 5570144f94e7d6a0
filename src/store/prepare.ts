/**
 * Turns a Doc into everything the store writes for it: rows as JSON text, search rows, roles,
 * claims with their matching signatures. Pure and without database access, so `parley add`
 * runs it in the analysis worker threads and the thread that owns the database only executes SQL.
 */
import type { Doc, Meta } from '../doc.js';
import { annotationRows, layer, layersOf } from './annotations.js';
import { claimRows, type ClaimRow } from './matching.js';
import { abbreviates, countWords, personKey } from './names.js';
import { searchConfig, turnRows } from './search.js';

/** Longest text indexed per turn: PostgreSQL refuses tsvectors over 1 MB. */
const MAX_INDEXED = 200_000;

/** What matching needs of a new claim: [index, norm, numbers, signature keys]. */
export type ClaimSig = [number, string, string[], number[]];

export interface PreparedDocument {
  readonly sha256: string;
  readonly uri: string;
  readonly words: number;
  readonly claims: number;
  /** People and outlet named by the document, as written (resolved to records when stored). */
  readonly people: readonly string[];
  readonly outlet: string | null;
  readonly text: string;
  /** JSON text of meta, source, removed, diagnostics and the layer names. */
  readonly meta: string;
  readonly source: string;
  readonly removed: string;
  readonly diagnostics: string;
  readonly layers: string;
  readonly published: string | null;
  readonly language: string | null;
  readonly intervieweeKey: string | null;
  /** Text search configuration of the turns. */
  readonly cfg: string;
  /** JSON arrays of rows for annotation, turn, speaker_role and claim. */
  readonly annotationRows: string;
  readonly turnRows: string;
  readonly roleRows: string;
  readonly claimRows: string;
  readonly claimSigs: readonly ClaimSig[];
}

/** The key of a name, or null. */
function keyOf(name: unknown): string | null {
  return typeof name === 'string' && name ? personKey(name) || null : null;
}

/** Prepares `doc` for storing. Throws when the document has no valid source.sha256. */
export function prepareDocument(doc: Doc): PreparedDocument {
  const sha256 = doc.source?.sha256;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`document has no valid source.sha256: ${JSON.stringify(sha256)}`);
  const meta: Partial<Meta> = doc.meta ?? {};
  const published = typeof meta.published === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(meta.published) ? meta.published : null;
  const turns = layer(doc, 'turns');
  const speakerKeyOfTurn = (i: number) => keyOf(turns[i]?.speaker);
  const intervieweeKey = keyOf(meta.interviewee);
  const claims: ClaimRow[] = claimRows(doc, speakerKeyOfTurn);
  const people = new Set<string>();
  for (const n of [meta.interviewee, meta.interviewer, ...turns.map((t) => t.speaker)]) if (typeof n === 'string' && n.trim()) people.add(n);
  return {
    sha256,
    uri: doc.source.uri,
    words: countWords(doc.text),
    claims: claims.length,
    people: [...people],
    outlet: typeof meta.outlet === 'string' && meta.outlet.trim() ? meta.outlet : null,
    text: doc.text,
    meta: JSON.stringify(doc.meta ?? {}),
    source: JSON.stringify(doc.source),
    removed: JSON.stringify(doc.removed ?? []),
    diagnostics: JSON.stringify(doc.diagnostics ?? []),
    layers: JSON.stringify(layersOf(doc).map(([name]) => name)),
    published,
    language: meta.language ?? null,
    intervieweeKey,
    cfg: searchConfig(meta.language ?? null),
    annotationRows: JSON.stringify(annotationRows(doc)),
    turnRows: JSON.stringify(
      turnRows(doc, speakerKeyOfTurn).map((r) => ({ ...r, ix: r.body.length > MAX_INDEXED ? r.body.slice(0, MAX_INDEXED) : null })),
    ),
    roleRows: JSON.stringify(roleRows(doc, intervieweeKey, speakerKeyOfTurn, keyOf(meta.interviewer))),
    claimRows: JSON.stringify(claims.map((c) => ({ ...c, sig: `{${c.sig.join(',')}}` }))),
    claimSigs: claims.map((c) => [c.idx, c.norm, c.numbers, c.sig]),
  };
}

/** Roles stated in a document: the interviewee's role, "interviewer" for who asked, PERSON entities' roles for its speakers. */
function roleRows(
  doc: Doc,
  intervieweeKey: string | null,
  speakerKeyOfTurn: (i: number) => string | null,
  interviewerKey: string | null,
): { speaker_key: string; role: string }[] {
  const roles = new Map<string, { speaker_key: string; role: string }>();
  const add = (speaker_key: string | null, role: unknown) => {
    if (!speaker_key || typeof role !== 'string' || !role.trim()) return;
    const r = role.trim().replace(/\s+/g, ' ');
    roles.set(`${speaker_key}\n${r.toLowerCase()}`, { speaker_key, role: r });
  };
  add(intervieweeKey, doc.meta?.interviewee_role);
  const speakers = new Set<string>();
  if (intervieweeKey) speakers.add(intervieweeKey);
  layer(doc, 'turns').forEach((t, i) => {
    const key = speakerKeyOfTurn(i);
    if (!key) return;
    speakers.add(key);
    if (t.role === 'question') add(key, 'interviewer');
  });
  if (interviewerKey) {
    const known = [...speakers].find((k) => k === interviewerKey || abbreviates(k, interviewerKey) || abbreviates(interviewerKey, k));
    add(known ?? interviewerKey, 'interviewer');
  }
  for (const e of layer(doc, 'entities')) {
    if (e.type !== 'PERSON' || typeof e.name !== 'string' || typeof e.role !== 'string') continue;
    const k = personKey(e.name);
    const speaker = [...speakers].find((s) => s === k || abbreviates(k, s) || abbreviates(s, k));
    if (speaker) add(speaker, e.role);
  }
  return [...roles.values()];
}
