/**
 * Hand-written interviews for the store and export tests, built as Docs with their layers (no
 * analysis runs). Every person, outlet and number is invented for these tests.
 */
import { createHash } from 'node:crypto';
import { SCHEMA, type Doc, type Meta, type Role } from '../../src/doc.js';
import type { ClaimRecord, DocumentRecord, ReviewRecord } from '../../src/export/json.js';
import { forgetClaimIndex } from '../../src/store/claim-index.js';
import { openDb, type Store } from '../../src/store/db.js';

export interface InterviewSpec {
  readonly meta?: Partial<Meta>;
  readonly uri?: string;
  /** [role, speaker, text] per turn; turns are separated by a blank line. */
  readonly turns: readonly (readonly [Role, string | null, string])[];
  /** Substrings of the text that are claims (first occurrence at or after the previous claim). */
  readonly claims?: readonly string[];
  /** [quote, value, unit] quantities. */
  readonly quantities?: readonly (readonly [string, number, string])[];
  /** [quote, technique] rhetorical techniques. */
  readonly techniques?: readonly (readonly [string, string])[];
  /** [quote, narrative id] narratives. */
  readonly narratives?: readonly (readonly [string, string])[];
  /** [quote, name, role] PERSON entities. */
  readonly people?: readonly (readonly [string, string, string | undefined])[];
  /** Leave out layers, as an older or partial analysis would. */
  readonly without?: readonly string[];
}

function span(text: string, quote: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture: "${quote}" is not in the text`);
  return { start, end: start + quote.length };
}

/** Builds a Doc from a spec; sha256 is the hash of the text (as if the bytes were the text). */
export function interview(spec: InterviewSpec): Doc {
  const text = spec.turns.map(([, , t]) => t).join('\n\n');
  let at = 0;
  const turns = spec.turns.map(([role, speaker, t]) => {
    const s = { role, speaker, start: at, end: at + t.length };
    at += t.length + 2;
    return s;
  });
  const turnOf = (pos: number) => turns.findIndex((t) => pos >= t.start && pos < t.end);
  const quantities = (spec.quantities ?? []).map(([q, value, unit]) => {
    const s = span(text, q);
    return { ...s, turn: turnOf(s.start), sentence: 0, value, unit, approx: 'exact', kind: 'level', of: null, when: null };
  }).sort((a, b) => a.start - b.start);
  let from = 0;
  const claims = (spec.claims ?? []).map((q) => {
    const s = span(text, q, from);
    from = s.start + 1;
    const qs = quantities.map((x, i) => (x.start >= s.start && x.end <= s.end ? i : -1)).filter((i) => i >= 0);
    return { ...s, turn: turnOf(s.start), score: 0.8, kind: qs.length ? 'statistical' : 'other', reasons: ['test'], quantities: qs, entities: [] };
  }).sort((a, b) => a.start - b.start);
  const techniques = (spec.techniques ?? []).map(([q, technique]) => {
    const s = span(text, q);
    return { ...s, turn: turnOf(s.start), technique, confidence: 0.7, rule: `test/${technique}`, explanation: 'A test cue.' };
  }).sort((a, b) => a.start - b.start);
  const narratives = (spec.narratives ?? []).map(([q, narrative]) => {
    const s = span(text, q);
    return { ...s, narrative, title: narrative.replace(/_/g, ' '), turn: turnOf(s.start), score: 0.6, evidence: [s], explanation: 'A test narrative.' };
  }).sort((a, b) => a.start - b.start);
  const entities = (spec.people ?? []).map(([q, name, role]) => ({ ...span(text, q), type: 'PERSON', name, ...(role !== undefined && { role }) }))
    .sort((a, b) => a.start - b.start);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const doc: Record<string, unknown> = {
    schema: SCHEMA,
    source: { uri: spec.uri ?? `test://${sha256.slice(0, 8)}`, sha256, bytes: Buffer.byteLength(text), encoding: 'utf-8', format: 'text' },
    meta: {
      title: null, interviewee: null, interviewee_role: null, interviewer: null, outlet: null, published: null,
      language: 'en', turn_convention: 'speaker_labels', ...spec.meta,
    },
    text,
    removed: [],
    diagnostics: [],
    turns,
    quantities,
    entities,
    claims,
    techniques,
    narratives,
  };
  for (const w of spec.without ?? []) delete doc[w];
  return doc as Doc;
}

/** The stores a store test runs against: PGlite in memory always, PostgreSQL when PARLEY_TEST_DATABASE_URL is set. */
export const BACKENDS: { name: string; open: () => Promise<{ db: Store; close: () => Promise<void> }> }[] = [
  {
    name: 'pglite',
    open: async () => {
      const db = await openDb({ memory: true });
      return { db, close: () => db.destroy() };
    },
  },
  ...(process.env.PARLEY_TEST_DATABASE_URL
    ? [
        {
          name: 'postgres',
          open: async () => {
            const url = process.env.PARLEY_TEST_DATABASE_URL!;
            const schema = `parley_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
            const db = await openDb({ url, schema });
            return {
              db,
              close: async () => {
                const { sql } = await import('kysely');
                await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
                await db.destroy();
              },
            };
          },
        },
      ]
    : []),
];

/** Empties every table (between tests sharing one database). */
export async function truncate(db: Store): Promise<void> {
  const { sql } = await import('kysely');
  forgetClaimIndex(db);
  await sql`truncate document, annotation, turn, speaker, speaker_alias, speaker_role, outlet, outlet_alias, claim, claim_match, review restart identity cascade`.execute(db);
}

// ---------------------------------------------------------------------------------------------
// The interviews

export const budget = interview({
  uri: 'https://news.example/karsten-budget',
  meta: {
    title: 'Finance minister Lena Karsten on the budget',
    interviewee: 'Lena Karsten',
    interviewee_role: 'Finance Minister',
    interviewer: 'Tom Whitfield',
    outlet: 'The Harbour Ledger',
    published: '2024-03-10',
  },
  turns: [
    ['intro', null, 'Lena Karsten has run the finance ministry of Ostmark since 2022. Tom Whitfield asked her about the budget.'],
    ['question', 'Tom Whitfield', 'Minister, the deficit worries many people. Is the budget under control?'],
    ['answer', 'Lena Karsten', 'The budget is under control. We cut the deficit by €1.3 billion last year, and unemployment fell to 4.1% in December. Our opponents spread panic about a collapse that never came.'],
    ['question', 'Tom Whitfield', 'What about the new rail tunnel?'],
    ['answer', 'Lena Karsten', 'The rail tunnel will be 42 km long and it opens in 2027. Every serious economist agrees that the tunnel pays for itself.'],
  ],
  quantities: [['€1.3 billion', 1.3e9, 'EUR'], ['4.1%', 4.1, 'percent'], ['42 km', 42, 'kilometre']],
  claims: [
    'We cut the deficit by €1.3 billion last year',
    'unemployment fell to 4.1% in December',
    'The rail tunnel will be 42 km long and it opens in 2027.',
  ],
  techniques: [['spread panic', 'loaded_language'], ['Every serious economist agrees', 'bandwagon']],
  narratives: [['Our opponents spread panic about a collapse that never came.', 'opposition_fearmongering']],
  people: [['Lena Karsten', 'Lena Karsten', 'Finance Minister']],
});

export const budgetAgain = interview({
  uri: 'https://radio.example/karsten-march',
  meta: {
    title: 'Karsten: "The deficit is shrinking"',
    interviewee: 'L. Karsten',
    interviewee_role: 'Deputy Prime Minister',
    interviewer: 'Mira Osei',
    outlet: 'Radio Norvik',
    published: '2025-01-20',
  },
  turns: [
    ['question', 'Mira Osei', 'Ms Karsten, you are now deputy prime minister. Has the deficit really shrunk?'],
    ['answer', 'L. Karsten', 'It has. Last year we reduced the deficit by 1,300 million euros. And joblessness dropped to 4.1 per cent by December, the lowest in a decade.'],
    ['question', 'Mira Osei', 'Critics say the tunnel is late.'],
    ['answer', 'L. Karsten', 'The tunnel will run for 42,000 metres and opens in 2027. Fishing quotas rose by 4.1% as well.'],
  ],
  quantities: [['1,300 million euros', 1.3e9, 'EUR'], ['4.1 per cent', 4.1, 'percent'], ['42,000 metres', 42000, 'metre'], ['4.1%', 4.1, 'percent']],
  claims: [
    'Last year we reduced the deficit by 1,300 million euros.',
    'joblessness dropped to 4.1 per cent by December, the lowest in a decade.',
    'The tunnel will run for 42,000 metres and opens in 2027.',
    'Fishing quotas rose by 4.1% as well.',
  ],
  techniques: [['the lowest in a decade', 'exaggeration']],
});

export const opposition = interview({
  uri: 'https://ledger.example/brandt',
  meta: {
    title: 'Opposition leader Ivo Brandt',
    interviewee: 'Ivo Brandt',
    interviewee_role: 'Leader of the Opposition',
    interviewer: 'Tom Whitfield',
    outlet: 'Harbour Ledger',
    published: '2024-06-02',
  },
  turns: [
    ['question', 'Tom Whitfield', 'Mr Brandt, the minister says the budget is under control. Is she right?'],
    ['answer', 'Ivo Brandt', 'The government claims it cut the deficit by €1.3 billion last year, but that money came from selling the state ferries. The regime hides the real debt.'],
    ['question', 'Tom Whitfield', 'And the harbour strike?'],
    ['answer', 'Ivo Brandt', 'Dock workers have not had a pay rise in six years, and the port authority refuses to talk to them.'],
  ],
  quantities: [['€1.3 billion', 1.3e9, 'EUR'], ['six years', 6, 'year']],
  claims: [
    'The government claims it cut the deficit by €1.3 billion last year',
    'Dock workers have not had a pay rise in six years',
  ],
  techniques: [['The regime hides the real debt', 'name_calling']],
});

export const russian = interview({
  uri: 'https://vesti.example/sokolova',
  meta: {
    title: 'Интервью министра Анны Соколовой',
    interviewee: 'Анна Соколова',
    interviewee_role: 'Министр экономики',
    outlet: 'Северный вестник',
    published: '2024-11-05',
    language: 'ru',
  },
  turns: [
    ['question', null, 'Как изменилась безработица в регионе?'],
    ['answer', 'Анна Соколова', 'Безработица снизилась до четырех процентов, а экспорт зерна вырос на треть. Новые заводы открываются каждый месяц.'],
  ],
  claims: ['Безработица снизилась до четырех процентов, а экспорт зерна вырос на треть.'],
});

// ---------------------------------------------------------------------------------------------
// Export records built by hand (no store)


/** An export record of `doc` with claim keys "k0", "k1"… and the given reviews by claim index. */
export function recordOf(
  doc: Doc,
  options: { id?: number; reviews?: Record<number, Partial<ReviewRecord>[]>; speaker?: string | null; role?: string | null } = {},
): DocumentRecord {
  const claims: ClaimRecord[] = (doc.claims ?? []).map((c, i) => {
    const history = (options.reviews?.[i] ?? []).map((r, j) => ({
      id: j + 1, verdict: 'true', note: null, sources: [], reviewer: 'ana', created_at: '2025-02-03T10:00:00.000Z',
      quote: doc.text.slice(c.start, c.end), ...r,
    }));
    const turn = doc.turns?.[c.turn];
    return {
      key: `k${i}`, index: i, start: c.start, end: c.end, quote: doc.text.slice(c.start, c.end), turn: c.turn,
      speaker: options.speaker !== undefined ? options.speaker : (turn?.speaker ?? null),
      speaker_role: options.role !== undefined ? options.role : (doc.meta.interviewee_role ?? null),
      kind: c.kind, score: c.score, numbers: [], group: null, review: history.at(-1) ?? null, history,
    };
  });
  return {
    schema: 'parley.corpus/1', id: options.id ?? 1, sha256: doc.source.sha256, uri: doc.source.uri, parley_version: '0.1.0',
    outlet: doc.meta.outlet, interviewee: doc.meta.interviewee, doc, claims, orphaned_reviews: [],
  };
}
