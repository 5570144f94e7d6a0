/** Builds export records from the store and writes `parley export` in each format. */
import { sql } from 'kysely';
import type { Doc } from '../doc.js';
import { ParleyError } from '../errors.js';
import { claimReviews } from '../export/claimreview.js';
import { claimsCsv, layerCsv } from '../export/csv.js';
import { CORPUS_SCHEMA, toJson, type ClaimRecord, type DocumentRecord, type ReviewRecord } from '../export/json.js';
import { toJsonl } from '../export/jsonl.js';
import { markdownReport } from '../export/report.js';
import { w3cAnnotations } from '../export/w3c.js';
import type { Store } from '../store/db.js';
import { getDocuments, listDocuments } from '../store/documents.js';
import { repeatedClaims } from '../store/matching.js';
import { currentReviews, listClaims, reviewsByKeys, type Review } from '../store/reviews.js';
import { rolesInDocuments } from '../store/speakers.js';

function reviewRecord(r: Review): ReviewRecord {
  return { id: r.id, verdict: r.verdict, note: r.note, sources: r.sources, reviewer: r.reviewer, created_at: r.created_at, quote: r.quote };
}

/**
 * Export records of the given documents (all when undefined), by document number; with
 * `reviewedOnly`, only documents with reviewed claims and only those claims.
 */
export async function buildRecords(db: Store, options: { docIds?: readonly number[]; reviewedOnly?: boolean } = {}): Promise<DocumentRecord[]> {
  const summaries = (await listDocuments(db, options.docIds ? { ids: options.docIds } : {})).sort((a, b) => a.id - b.id);
  const current = await currentReviews(db, options.docIds ? { docIds: options.docIds } : {});
  const currentByKey = new Map(current.filter((c) => c.claim).map((c) => [c.claim!.key, c]));
  const orphanedBySha = new Map<string, ReviewRecord[]>();
  for (const c of current) {
    if (c.claim) continue;
    const list = orphanedBySha.get(c.review.doc_sha256) ?? [];
    list.push(reviewRecord(c.review));
    orphanedBySha.set(c.review.doc_sha256, list);
  }
  let docs = summaries;
  if (options.reviewedOnly) {
    const reviewedDocs = new Set(current.map((c) => c.claim?.doc_sha256 ?? c.review.doc_sha256));
    docs = docs.filter((d) => reviewedDocs.has(d.sha256));
  }
  const ids = docs.map((d) => d.id);
  const [bodies, claims, roles, groups, history] = await Promise.all([
    getDocuments(db, ids),
    listClaims(db, { docIds: ids }),
    rolesInDocuments(db, ids),
    groupsOf(db, ids),
    reviewsByKeys(db, current.map((c) => c.review.claim_key)),
  ]);
  const groupOf = groups;
  const claimsByDoc = new Map<number, ClaimRecord[]>();
  for (const c of claims) {
    const cur = currentByKey.get(c.key);
    if (options.reviewedOnly && !cur) continue;
    const record: ClaimRecord = {
      key: c.key,
      index: c.idx,
      start: c.start,
      end: c.end,
      quote: c.quote,
      turn: c.turn,
      speaker: c.speaker,
      speaker_role: c.speaker_id === null ? null : (roles.get(c.doc)?.get(c.speaker_id) ?? null),
      kind: c.kind,
      score: c.score,
      numbers: c.numbers,
      group: groupOf.get(c.key) ?? null,
      review: cur ? reviewRecord(cur.review) : null,
      history: cur ? (history.get(cur.review.claim_key) ?? []).map(reviewRecord) : [],
    };
    const list = claimsByDoc.get(c.doc) ?? [];
    list.push(record);
    claimsByDoc.set(c.doc, list);
  }
  return docs.map((d) => ({
    schema: CORPUS_SCHEMA,
    id: d.id,
    sha256: d.sha256,
    uri: d.uri,
    parley_version: d.parley_version,
    outlet: d.outlet,
    interviewee: d.interviewee,
    doc: bodies.get(d.id) as Doc,
    claims: claimsByDoc.get(d.id) ?? [],
    orphaned_reviews: orphanedBySha.get(d.sha256) ?? [],
  }));
}

/**
 * The group id (its smallest claim key, as `repeatedClaims` names it) of each claim of these
 * documents that is grouped with a claim of another document; only the groups concerned are read.
 */
async function groupsOf(db: Store, ids: readonly number[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const list = `{${ids.join(',')}}`;
  const rows = await sql<{ key: string; gid: string }>`
    with g as (
      select grp, min(key) as gid from claim
      where grp in (select grp from claim where doc_id = any(${list}::integer[]) and grp is not null)
      group by grp having count(distinct doc_id) >= 2)
    select c.key, g.gid from claim c join g on g.grp = c.grp where c.doc_id = any(${list}::integer[])`.execute(db);
  return new Map(rows.rows.map((r) => [r.key, r.gid]));
}

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md', 'claimreview', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly docIds?: readonly number[];
  readonly reviewed: boolean;
  readonly layer?: string;
  readonly urlTemplate?: string;
  readonly organisation?: string;
  readonly organisationUrl?: string;
  readonly pretty: boolean;
}

/** What an export produces: the file's text, its media type and extension, and warnings. */
export interface RenderedExport {
  readonly body: string;
  readonly contentType: string;
  readonly extension: string;
  readonly warnings: readonly string[];
}

const MEDIA: Record<ExportFormat, [string, string]> = {
  json: ['application/json; charset=utf-8', 'json'],
  jsonl: ['application/jsonl; charset=utf-8', 'jsonl'],
  csv: ['text/csv; charset=utf-8', 'csv'],
  md: ['text/markdown; charset=utf-8', 'md'],
  claimreview: ['application/ld+json; charset=utf-8', 'jsonld'],
  w3c: ['application/ld+json; charset=utf-8', 'jsonld'],
};

/** Renders an export in memory (the CLI writes it on stdout, the server sends it as a file). */
export async function renderExport(db: Store, opts: ExportOptions): Promise<RenderedExport> {
  if (opts.format === 'claimreview' && !opts.urlTemplate) {
    throw new ParleyError('usage', 'ClaimReview needs the URL of each review: --url "https://factcheck.example/claims/{key}" (or PARLEY_REVIEW_URL)');
  }
  const reviewedOnly = opts.reviewed || opts.format === 'claimreview';
  const records = await buildRecords(db, { ...(opts.docIds && { docIds: opts.docIds }), reviewedOnly });
  const [contentType, extension] = MEDIA[opts.format];
  const done = (body: string, warnings: readonly string[] = []) => ({ body, contentType, extension, warnings });
  switch (opts.format) {
    case 'json':
      return done(toJson(records, opts.pretty));
    case 'jsonl':
      return done([...toJsonl(records)].join(''));
    case 'csv':
      return done(opts.layer && opts.layer !== 'claims' ? layerCsv(records, opts.layer) : claimsCsv(records));
    case 'md': {
      const keys = new Set(records.flatMap((r) => r.claims.map((c) => c.key)));
      const repeated = (await repeatedClaims(db)).filter((g) => g.claims.some((c) => keys.has(c.key)));
      return done(markdownReport(records, { repeated }));
    }
    case 'claimreview': {
      const { items, warnings } = claimReviews(records, {
        urlTemplate: opts.urlTemplate!,
        ...(opts.organisation !== undefined && { organisation: opts.organisation }),
        ...(opts.organisationUrl !== undefined && { organisationUrl: opts.organisationUrl }),
      });
      return done(`${JSON.stringify(items, null, opts.pretty ? 2 : undefined)}\n`, warnings);
    }
    case 'w3c':
      return done(`${JSON.stringify(w3cAnnotations(records, { ...(opts.layer !== undefined && { layer: opts.layer }) }), null, opts.pretty ? 2 : undefined)}\n`);
  }
}

/** Writes the export on stdout and warnings on stderr; returns the exit code. */
export async function runExport(db: Store, opts: ExportOptions): Promise<number> {
  const out = await renderExport(db, opts);
  for (const w of out.warnings) process.stderr.write(`parley: warning: ${w}\n`);
  process.stdout.write(out.body);
  return 0;
}
