/**
 * The API's request and response schemas (zod 4 through @hono/zod-openapi). The same objects
 * validate requests and generate `/api/openapi.json`; response schemas describe what the
 * handlers return (they are documentation, the handlers' types come from the store).
 */
import { z } from '@hono/zod-openapi';
import { TECHNIQUES } from '../doc.js';
import { VERDICTS } from '../store/reviews.js';

export const MAX_PAGE = 500;

/** "true" / "false" query flags. */
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD')
  .openapi({ example: '2026-03' });

const shortText = (max: number) => z.string().trim().min(1).max(max);

export const Page = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50).openapi({ description: `at most ${MAX_PAGE}` }),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'no document "42" in the corpus' }),
    }),
  })
  .openapi('Error');

const paged = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      total: z.number().int().nullable().openapi({ description: 'null when not counted (search)' }),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .openapi(name);

export const Health = z
  .object({ ok: z.boolean(), version: z.string(), store: z.enum(['pglite', 'postgres']), documents: z.number().int(), queue: z.boolean().openapi({ description: 'new documents become jobs for workers' }) })
  .openapi('Health');

export const DocumentSummary = z
  .object({
    id: z.number().int(),
    sha256: z.string(),
    uri: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    interviewee: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    words: z.number().int(),
    turns: z.number().int(),
    claims: z.number().int(),
    reviewed: z.number().int(),
    flags: z.number().int().openapi({ description: 'technique and narrative annotations' }),
    parley_version: z.string(),
  })
  .openapi('DocumentSummary');

export const DocumentList = paged(DocumentSummary, 'DocumentList');

export const DocumentQuery = Page.extend({
  speaker: shortText(200).optional(),
  outlet: shortText(200).optional(),
  since: date.optional(),
  until: date.optional(),
  q: shortText(200).optional().openapi({ description: 'words in the title, interviewee, outlet or URI' }),
});

export const Ref = z.object({
  ref: z.string().min(1).max(2000).openapi({ param: { name: 'ref', in: 'path' }, example: '1' }),
});

export const ClaimKeyParam = z.object({
  key: z.string().min(1).max(200).openapi({ param: { name: 'key', in: 'path' }, example: '3f2a9c01d4e5b677' }),
});

export const SpeakerIdParam = z.object({
  id: z.coerce.number().int().min(1).openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const AddText = z
  .object({
    text: z.string().min(1).openapi({ description: 'the page: plain text, HTML or Markdown' }),
    name: z.string().min(1).max(300).optional().openapi({ description: 'a name for it (its URI in the corpus); default pasted.<ext>' }),
    format: z.enum(['text', 'html', 'markdown']).optional().openapi({ description: 'default: detected' }),
  })
  .strict()
  .openapi('AddText');

export const AddUrl = z
  .object({ url: z.string().url().max(2000).openapi({ example: 'https://news.example/interview' }) })
  .strict()
  .openapi('AddUrl');

export const AddUpload = z
  .object({ file: z.any().optional().openapi({ type: 'string', format: 'binary', description: 'the page: .txt, .md or .html' }) })
  .openapi('AddUpload');

export const AddResult = z
  .object({
    id: z.number().int(),
    sha256: z.string(),
    uri: z.string(),
    status: z.enum(['added', 'replaced', 'unchanged']),
    words: z.number().int(),
    claims: z.number().int(),
  })
  .openapi('AddResult');

const Review = z
  .object({
    id: z.number().int(),
    verdict: z.enum(VERDICTS),
    note: z.string().nullable(),
    sources: z.array(z.string()),
    reviewer: z.string(),
    created_at: z.string().openapi({ format: 'date-time' }),
    quote: z.string(),
  })
  .openapi('Review');

export const DocumentRecord = z
  .object({
    schema: z.literal('parley.corpus/1'),
    id: z.number().int(),
    sha256: z.string(),
    uri: z.string(),
    parley_version: z.string(),
    outlet: z.string().nullable(),
    interviewee: z.string().nullable(),
    doc: z.record(z.string(), z.unknown()).openapi({ description: 'the analysis, parley.analysis/1 (see README)' }),
    claims: z.array(
      z.object({
        key: z.string(),
        index: z.number().int(),
        start: z.number().int(),
        end: z.number().int(),
        quote: z.string(),
        turn: z.number().int().nullable(),
        speaker: z.string().nullable(),
        speaker_role: z.string().nullable(),
        kind: z.string().nullable(),
        score: z.number().nullable(),
        numbers: z.array(z.string()),
        group: z.string().nullable(),
        review: Review.nullable(),
        history: z.array(Review),
      }),
    ),
    orphaned_reviews: z.array(Review),
  })
  .openapi('DocumentRecord');

export const SearchQuery = Page.extend({
  q: shortText(500).openapi({ description: 'words, "a phrase", or, -word' }),
  speaker: shortText(200).optional(),
  outlet: shortText(200).optional(),
  since: date.optional(),
  until: date.optional(),
  role: z.enum(['intro', 'question', 'answer']).optional(),
  technique: z.enum(TECHNIQUES).optional(),
  narrative: shortText(100).optional(),
  has_quantity: flag.optional(),
  doc: shortText(2000).optional(),
});

export const SearchHit = z
  .object({
    doc: z.number().int(),
    doc_sha256: z.string(),
    uri: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    turn: z.number().int(),
    role: z.string().nullable(),
    speaker: z.string().nullable(),
    start: z.number().int(),
    end: z.number().int(),
    rank: z.number(),
    snippet: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).openapi({ description: '[start, end) UTF-16 ranges into snippet' }),
  })
  .openapi('SearchHit');

export const SearchResult = paged(SearchHit, 'SearchResult');

export const ClaimQuery = Page.extend({
  doc: shortText(2000).optional(),
  speaker: shortText(200).optional(),
  reviewed: flag.optional(),
  verdict: z.enum(VERDICTS).optional(),
  min_score: z.coerce.number().min(0).max(1).optional(),
});

export const ClaimItem = z
  .object({
    key: z.string(),
    doc: z.number().int(),
    doc_sha256: z.string(),
    uri: z.string(),
    title: z.string().nullable(),
    idx: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    turn: z.number().int().nullable(),
    speaker: z.string().nullable(),
    kind: z.string().nullable(),
    score: z.number().nullable(),
    quote: z.string(),
    numbers: z.array(z.string()),
    review: Review.nullable(),
  })
  .openapi('Claim');

export const ClaimList = paged(ClaimItem, 'ClaimList');

export const ClaimDetail = ClaimItem.extend({ history: z.array(Review) }).openapi('ClaimDetail');

export const NewReview = z
  .object({
    verdict: z.enum(VERDICTS),
    note: z.string().max(10_000).optional(),
    sources: z.array(z.string().url().max(2000)).max(50).optional(),
    reviewer: z.string().trim().min(1).max(200).optional().openapi({ description: 'default: the server user (single-user mode)' }),
  })
  .strict()
  .openapi('NewReview');

export const ReviewOut = Review.extend({ claim_key: z.string() }).openapi('ReviewCreated');

const GroupedClaim = z.object({
  key: z.string(),
  doc: z.number().int(),
  doc_sha256: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  speaker: z.string().nullable(),
  quote: z.string(),
  numbers: z.array(z.string()),
});

export const RepeatedList = paged(
  z.object({ id: z.string(), documents: z.number().int(), claims: z.array(GroupedClaim) }).openapi('ClaimGroup'),
  'ClaimGroupList',
);

export const SpeakerSummary = z
  .object({
    id: z.number().int(),
    name: z.string(),
    aliases: z.array(z.string()),
    documents: z.number().int(),
    turns: z.number().int(),
    words: z.number().int(),
    claims: z.number().int(),
    role: z.string().nullable(),
    first: z.string().nullable(),
    last: z.string().nullable(),
  })
  .openapi('SpeakerSummary');

export const SpeakerList = paged(SpeakerSummary, 'SpeakerList');

export const SpeakerProfile = SpeakerSummary.extend({
  roles: z.array(z.object({ role: z.string(), from: z.string().nullable(), to: z.string().nullable(), documents: z.number().int() })),
  outlets: z.array(z.object({ name: z.string(), documents: z.number().int() })),
  documents_list: z.array(
    z.object({ id: z.number().int(), sha256: z.string(), title: z.string().nullable(), published: z.string().nullable(), outlet: z.string().nullable() }),
  ),
  techniques: z.array(z.object({ technique: z.string(), count: z.number().int() })),
  timeline: z.array(
    z.object({
      doc: z.number().int(),
      published: z.string().nullable(),
      title: z.string().nullable(),
      claims: z.number().int(),
      techniques: z.record(z.string(), z.number().int()),
    }),
  ),
}).openapi('SpeakerProfile');

export const Stats = z
  .object({
    documents: z.number().int(),
    words: z.number().int(),
    turns: z.number().int(),
    claims: z.number().int(),
    repeated_claims: z.number().int(),
    reviews: z.number().int(),
    reviewed_claims: z.number().int(),
    verdicts: z.record(z.string(), z.number().int()),
    speakers: z.number().int(),
    outlets: z.number().int(),
    layers: z.record(z.string(), z.number().int()),
    first_published: z.string().nullable(),
    last_published: z.string().nullable(),
    top_speakers: z.array(z.object({ name: z.string(), documents: z.number().int(), words: z.number().int(), claims: z.number().int() })),
    top_outlets: z.array(z.object({ name: z.string(), documents: z.number().int() })),
    techniques_by_speaker: z.array(z.object({ name: z.string(), techniques: z.array(z.object({ technique: z.string(), count: z.number().int() })) })),
    quantities_by_unit: z.array(z.object({ unit: z.string(), count: z.number().int() })),
  })
  .openapi('Stats');

export const ExportQuery = z.object({
  format: z.enum(['json', 'jsonl', 'csv', 'md', 'claimreview', 'w3c']),
  doc: z
    .union([shortText(2000), z.array(shortText(2000)).max(1000)])
    .optional()
    .openapi({ description: 'a document reference; repeat for several' }),
  reviewed: flag.optional(),
  layer: z.enum(['paragraphs', 'turns', 'sentences', 'quantities', 'entities', 'claims', 'techniques', 'narratives']).optional(),
  url: z.string().max(2000).optional().openapi({ description: 'ClaimReview: URL template of each review, with {key}' }),
});

export const Login = z
  .object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) })
  .strict()
  .openapi('Login');

export const Me = z
  .object({
    name: z.string(),
    role: z.enum(['reader', 'reviewer', 'admin']),
    via: z.enum(['local', 'session', 'token']),
    auth: z.enum(['none', 'required']),
    csrf: z.string().optional().openapi({ description: 'sessions: send it back in X-CSRF-Token on POST and DELETE' }),
  })
  .openapi('Me');

export const AuditQuery = Page.extend({
  action: z.string().max(64).optional(),
  format: z.enum(['json', 'jsonl']).default('json'),
});

export const AuditList = paged(
  z
    .object({
      id: z.number().int(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      target: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
    })
    .openapi('AuditEntry'),
  'AuditList',
);

export const JobOut = z
  .object({
    id: z.number().int(),
    kind: z.enum(['bytes', 'url']),
    uri: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    attempts: z.number().int(),
    max_attempts: z.number().int(),
    worker: z.string().nullable(),
    error: z.string().nullable(),
    result: z
      .object({ doc_id: z.number().int(), status: z.enum(['added', 'replaced', 'unchanged']), sha256: z.string(), words: z.number().int(), claims: z.number().int() })
      .nullable(),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .openapi('Job');

export const JobList = z
  .object({
    items: z.array(JobOut),
    counts: z.record(z.string(), z.number().int()),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('JobList');
