/** Figures about the whole corpus for `parley stats`. */
import { sql } from 'kysely';
import type { Store } from './db.js';
import { currentReviews, VERDICTS, type Verdict } from './reviews.js';
import { layerBySpeaker, listSpeakers } from './speakers.js';

export interface CorpusStats {
  readonly documents: number;
  readonly words: number;
  readonly turns: number;
  readonly claims: number;
  /** Claims grouped with a claim of another document. */
  readonly repeated_claims: number;
  readonly reviews: number;
  readonly reviewed_claims: number;
  /** Current verdicts, by verdict. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  readonly speakers: number;
  readonly outlets: number;
  /** Items per layer across the corpus. */
  readonly layers: Readonly<Record<string, number>>;
  readonly first_published: string | null;
  readonly last_published: string | null;
  readonly top_speakers: readonly { name: string; documents: number; words: number; claims: number }[];
  readonly top_outlets: readonly { name: string; documents: number }[];
  readonly techniques_by_speaker: readonly { name: string; techniques: readonly { technique: string; count: number }[] }[];
}

/** Counts over the corpus; `top` bounds the speaker and outlet lists. */
export async function corpusStats(db: Store, options: { top?: number } = {}): Promise<CorpusStats> {
  const top = options.top ?? 10;
  const totals = await sql<{ documents: number; words: number; first: string | null; last: string | null }>`
    select count(*)::int as documents, coalesce(sum(words), 0)::bigint::text as words, min(published) as first, max(published) as last from document`.execute(db);
  const counts = await sql<{ turns: number; claims: number; reviews: number; speakers: number; outlets: number; repeated: number }>`
    select (select count(*) from turn where role is not null)::int as turns,
      (select count(*) from claim)::int as claims,
      (select count(*) from review)::int as reviews,
      (select count(*) from speaker)::int as speakers,
      (select count(*) from outlet)::int as outlets,
      (select count(*) from claim where grp is not null)::int as repeated`.execute(db);
  const layers = await sql<{ layer: string; n: number }>`select layer, count(*)::int as n from annotation group by layer order by layer`.execute(db);
  const current = await currentReviews(db);
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of current) verdicts[c.review.verdict]++;
  const speakers = await listSpeakers(db);
  const outlets = await sql<{ name: string; documents: number }>`
    select o.name, count(d.id)::int as documents from outlet o join outlet_alias a on a.outlet_id = o.id
    join document d on d.outlet_key = a.key group by o.id, o.name order by count(d.id) desc, o.name limit ${top}`.execute(db);
  const techniques = await layerBySpeaker(db, 'techniques', 'technique');
  const nameOf = new Map(speakers.map((s) => [s.id, s.name]));
  const t = totals.rows[0]!;
  const c = counts.rows[0]!;
  return {
    documents: t.documents,
    words: Number(t.words),
    turns: c.turns,
    claims: c.claims,
    repeated_claims: c.repeated,
    reviews: c.reviews,
    reviewed_claims: current.length,
    verdicts,
    speakers: c.speakers,
    outlets: c.outlets,
    layers: Object.fromEntries(layers.rows.map((r) => [r.layer, r.n])),
    first_published: t.first,
    last_published: t.last,
    top_speakers: speakers
      .filter((s) => s.turns > 0)
      .sort((a, b) => b.words - a.words || a.name.localeCompare(b.name))
      .slice(0, top)
      .map((s) => ({ name: s.name, documents: s.documents, words: s.words, claims: s.claims })),
    top_outlets: outlets.rows,
    techniques_by_speaker: [...techniques]
      .map(([id, list]) => ({ name: nameOf.get(id) ?? `#${id}`, techniques: list.map((x) => ({ technique: x.value, count: x.count })) }))
      .sort((a, b) => sum(b.techniques) - sum(a.techniques) || a.name.localeCompare(b.name))
      .slice(0, top),
  };
}

function sum(list: readonly { count: number }[]): number {
  return list.reduce((n, x) => n + x.count, 0);
}
