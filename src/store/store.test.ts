import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Doc } from '../doc.js';
import { BACKENDS, budget, budgetAgain, interview, opposition, russian, truncate } from '../../test/store/fixtures.js';
import { migrate, migrateDown, type Store } from './db.js';
import { dumpCorpus } from '../../test/store/dump.js';
import { findDocument, getDocument, listDocuments, storeDocument, storeDocuments, type StoreResult } from './documents.js';
import { prepareDocument } from './prepare.js';
import { repeatedClaims } from './matching.js';
import { addReview, currentReviews, findClaim, listClaims, reviewHistory } from './reviews.js';
import { searchTurns } from './search.js';
import { findOutlets, findSpeakers, listSpeakers, speakerProfile } from './speakers.js';
import { corpusStats } from './stats.js';

const V1 = '0.1.0';

describe.each(BACKENDS)('store on $name', ({ name, open }) => {
  let db: Store;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(async () => {
    await close?.();
  });
  beforeEach(async () => {
    await truncate(db);
  });

  const add = (doc: Doc, version = V1, force = false) => storeDocument(db, doc, { version, force });

  test('store: a stored document loads back as the same Doc', async () => {
    const r = await add(budget);
    expect(r).toMatchObject({ status: 'added', claims: 3 });
    const back = await getDocument(db, r.id);
    expect(back).toEqual(budget);
  });

  test('store: a long document with Cyrillic, emoji and combining marks loads back the same', async () => {
    // Past 4,096 characters text and JSON go to the embedded store as bytes (db.ts): the bytes must be exact.
    const long = interview({
      uri: 'long.txt',
      meta: { title: 'Длинное интервью 😀', interviewee: 'Анна Соколова', published: '2024-11-05', language: 'ru' },
      turns: [
        ['question', null, 'Что с ценами на газ? 😀'],
        ['answer', 'Анна Соколова', `${'Цены на газ выросли на треть, а «ё» и e\u0301 остаются. 🇷🇺 '.repeat(300)}Конец.`],
      ],
      claims: ['Цены на газ выросли на треть'],
    });
    expect(long.text.length).toBeGreaterThan(10_000);
    const r = await add(long);
    expect(await getDocument(db, r.id)).toEqual(long);
    // The batch path (parley add) sends them as one JSON array per table.
    const other = { ...long, source: { ...long.source, uri: 'other.txt', sha256: 'f'.repeat(64) }, text: long.text.replace('Конец.', 'Итог.') };
    const [batched] = await storeDocuments(db, [other, budget], { version: V1, maybeStored: false });
    expect(await getDocument(db, batched!.id)).toEqual(other);
    const hits = await searchTurns(db, 'газ', { limit: 1 });
    expect(hits[0]!.snippet.slice(...hits[0]!.highlights[0]!)).toMatch(/^газ/);
  });

  test('store: the same bytes are one document; stored again by the same version nothing changes', async () => {
    const a = await add(budget);
    const b = await add(budget);
    expect(b).toMatchObject({ status: 'unchanged', id: a.id });
    const docs = await listDocuments(db);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ turns: 5, claims: 3, title: budget.meta.title, outlet: 'The Harbour Ledger', interviewee: 'Lena Karsten' });
  });

  test('store: a newer parley replaces the annotations and keeps the reviews', async () => {
    const a = await add(budget);
    const claim = await findClaim(db, `${a.id}#1`);
    await addReview(db, claim, { verdict: 'mostly_true', reviewer: 'ana', sources: ['https://stats.example/unemployment'] });
    // The new analysis finds one claim fewer and a new technique.
    const newer = { ...budget, claims: budget.claims!.slice(1), techniques: [...budget.techniques!].slice(0, 1) } as Doc;
    const r = await add(newer, '0.2.0');
    expect(r).toMatchObject({ status: 'replaced', id: a.id, claims: 2 });
    expect((await getDocument(db, a.id))?.claims).toHaveLength(2);
    const current = await currentReviews(db);
    expect(current).toHaveLength(1);
    expect(current[0]!.claim?.quote).toBe('unemployment fell to 4.1% in December');
    expect(current[0]!.reattached).toBe(false);
    const count = await sql<{ n: number }>`select count(*)::int as n from annotation where doc_id = ${a.id} and layer = 'techniques'`.execute(db);
    expect(count.rows[0]!.n).toBe(1);
  });

  test('store: a review follows its words when re-analysis changes the claim boundaries', async () => {
    const a = await add(budget);
    const claim = await findClaim(db, `${a.id}#0`);
    await addReview(db, claim, { verdict: 'misleading', note: 'One-off sale of assets.', reviewer: 'ana' });
    // The newer analysis makes the claim a whole sentence: the key changes, the reviewed words are inside it.
    const sentence = 'We cut the deficit by €1.3 billion last year, and unemployment fell to 4.1% in December.';
    const start = budget.text.indexOf(sentence);
    const claims = [{ ...budget.claims![0]!, start, end: start + sentence.length }, budget.claims![2]!];
    await add({ ...budget, claims } as Doc, '0.2.0');
    const current = await currentReviews(db);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ reattached: true, review: { verdict: 'misleading', quote: claim.quote } });
    expect(current[0]!.claim?.quote).toBe(sentence);
  });

  test('store: concurrent stores of the same bytes leave one document', async () => {
    const results = await Promise.all([add(opposition), add(opposition), add(opposition)]);
    expect(results.filter((r) => r.status === 'added')).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await listDocuments(db)).toHaveLength(1);
  });

  test('store: missing layers are tolerated', async () => {
    const bare = interview({ turns: [['answer', 'Nils Aho', 'Exports grew by 7% to 12 billion kroner in 2023.']], claims: ['Exports grew by 7% to 12 billion kroner in 2023.'], without: ['quantities', 'techniques', 'narratives', 'entities'] });
    const r = await add(bare);
    expect(r.status).toBe('added');
    const back = await getDocument(db, r.id);
    expect(back).toEqual(bare);
    const [claim] = await listClaims(db);
    expect(claim?.numbers).toEqual(['count:1.2e+10', 'percent:7e+0']);
    const textOnly = interview({ turns: [['intro', null, 'A text without turns or claims.']], without: ['turns', 'claims', 'quantities', 'techniques', 'narratives', 'entities'] });
    await add(textOnly);
    expect(await searchTurns(db, 'claims')).toHaveLength(1);
  });

  test('store: documents are found by number, sha256 prefix or URI; unknown ones are a ParleyError', async () => {
    const a = await add(budget);
    expect((await findDocument(db, String(a.id))).id).toBe(a.id);
    expect((await findDocument(db, budget.source.sha256.slice(0, 8))).id).toBe(a.id);
    expect((await findDocument(db, budget.source.uri)).id).toBe(a.id);
    await expect(findDocument(db, 'nope')).rejects.toMatchObject({ name: 'ParleyError', code: 'unknown_ref' });
    await expect(findClaim(db, 'abcdef12')).rejects.toMatchObject({ code: 'unknown_ref' });
  });

  test('search: ranks turns, highlights matched words, refers to document and turn', async () => {
    await add(budget);
    await add(opposition);
    await add(budgetAgain);
    const hits = await searchTurns(db, 'deficit');
    expect(hits.length).toBeGreaterThanOrEqual(3);
    for (const h of hits) {
      expect(h.highlights.length).toBeGreaterThan(0);
      for (const [a, b] of h.highlights) expect(h.snippet.slice(a, b).toLowerCase()).toMatch(/^deficit/);
    }
    const ranks = hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    const hit = hits.find((h) => h.uri === budget.source.uri && h.role === 'answer')!;
    expect(hit).toMatchObject({ turn: 2, speaker: 'Lena Karsten', outlet: 'The Harbour Ledger', published: '2024-03-10' });
    expect(budget.text.slice(hit.start, hit.end)).toContain('We cut the deficit');
    // Web-search syntax: a phrase, and a negated word.
    expect((await searchTurns(db, '"rail tunnel"')).map((h) => [h.uri, h.turn]).sort()).toEqual([[budget.source.uri, 3], [budget.source.uri, 4]]);
    expect((await searchTurns(db, 'deficit -ferries')).some((h) => h.uri === opposition.source.uri && h.role === 'answer')).toBe(false);
    expect(await searchTurns(db, 'zeppelin')).toEqual([]);
  });

  test('search: filters by speaker, outlet, dates, role, technique, narrative and quantity', async () => {
    await add(budget);
    await add(opposition);
    await add(budgetAgain);
    const uris = (hs: { uri: string }[]) => [...new Set(hs.map((h) => h.uri))].sort();
    const karsten = (await findSpeakers(db, 'Karsten'))[0]!;
    expect(uris(await searchTurns(db, 'deficit', { speakerKeys: karsten.keys }))).toEqual([budget.source.uri, budgetAgain.source.uri].sort());
    const ledger = (await findOutlets(db, 'harbour ledger'))[0]!;
    expect(ledger.name).toBe('The Harbour Ledger');
    expect(uris(await searchTurns(db, 'deficit', { outletKeys: ledger.keys }))).toEqual([budget.source.uri, opposition.source.uri].sort());
    expect(uris(await searchTurns(db, 'deficit', { since: '2024-05-01', until: '2024-12-31' }))).toEqual([opposition.source.uri]);
    expect((await searchTurns(db, 'deficit', { role: 'question' })).every((h) => h.role === 'question')).toBe(true);
    expect(uris(await searchTurns(db, 'deficit', { layers: [{ layer: 'techniques', attr: 'technique', value: 'name_calling' }] }))).toEqual([opposition.source.uri]);
    expect(uris(await searchTurns(db, 'budget', { layers: [{ layer: 'narratives', attr: 'narrative', value: 'opposition_fearmongering' }] }))).toEqual([budget.source.uri]);
    const withNumbers = await searchTurns(db, 'tunnel', { layers: [{ layer: 'quantities' }] });
    expect(withNumbers.every((h) => h.role === 'answer')).toBe(true);
    expect(withNumbers.length).toBe(2);
  });

  test('search: Russian turns are found by another form of the word', async () => {
    await add(russian);
    await add(budget);
    const hits = await searchTurns(db, 'безработицы');
    expect(hits.map((h) => h.uri)).toEqual([russian.source.uri, russian.source.uri]);
    expect(hits[0]!.snippet.slice(...hits[0]!.highlights[0]!)).toMatch(/^[Бб]езработица$/);
  });

  test('speakers: one person across documents, abbreviated names as aliases, roles over time', async () => {
    await add(budgetAgain); // "L. Karsten" arrives before the full name
    await add(budget);
    await add(opposition);
    const speakers = await listSpeakers(db);
    const karsten = speakers.filter((s) => /Karsten/.test(s.name));
    expect(karsten).toHaveLength(1);
    expect(karsten[0]).toMatchObject({ name: 'Lena Karsten', aliases: ['L. Karsten'], documents: 2, role: 'Deputy Prime Minister' });
    const whitfield = speakers.find((s) => s.name === 'Tom Whitfield')!;
    expect(whitfield.documents).toBe(2);
    const profile = await speakerProfile(db, karsten[0]!.id);
    expect(profile?.roles).toEqual([
      { role: 'Finance Minister', from: '2024-03-10', to: '2024-03-10', documents: 1 },
      { role: 'Deputy Prime Minister', from: '2025-01-20', to: '2025-01-20', documents: 1 },
    ]);
    expect(profile?.outlets.map((o) => o.name).sort()).toEqual(['Radio Norvik', 'The Harbour Ledger']);
    expect(profile?.techniques).toEqual([
      { technique: 'bandwagon', count: 1 },
      { technique: 'exaggeration', count: 1 },
      { technique: 'loaded_language', count: 1 },
    ]);
    // "Harbour Ledger" and "The Harbour Ledger" are one outlet.
    expect((await corpusStats(db)).outlets).toBe(2);
  });

  test('claims: restatements across documents are grouped, in any order of adding', async () => {
    const groupsAfter = async (docs: Doc[]) => {
      await truncate(db);
      for (const d of docs) await add(d);
      const groups = await repeatedClaims(db);
      return groups.map((g) => g.claims.map((c) => c.quote).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    };
    const groups = await groupsAfter([budget, budgetAgain, opposition]);
    expect(groups).toEqual([
      ['joblessness dropped to 4.1 per cent by December, the lowest in a decade.', 'unemployment fell to 4.1% in December'],
      [
        // another scale and unit word, another speaker, a paraphrase
        'Last year we reduced the deficit by 1,300 million euros.',
        'The government claims it cut the deficit by €1.3 billion last year',
        'We cut the deficit by €1.3 billion last year',
      ],
      ['The rail tunnel will be 42 km long and it opens in 2027.', 'The tunnel will run for 42,000 metres and opens in 2027.'],
    ]);
    // "Fishing quotas rose by 4.1%" shares the number but not the subject: not grouped.
    expect(groups.flat()).not.toContain('Fishing quotas rose by 4.1% as well.');
    expect(await groupsAfter([opposition, budgetAgain, budget])).toEqual(groups);
  });

  test('claims: re-analysis that removes a bridging claim splits its group', async () => {
    const a = interview({ turns: [['answer', 'Ola Berg', 'Exports of grain rose to 12 million tonnes.']], claims: ['Exports of grain rose to 12 million tonnes.'], quantities: [['12 million tonnes', 1.2e7, 'tonne']] });
    const bridge = 'Grain exports rose to 12 million tonnes and wheat prices fell by 3% this autumn.';
    const b = interview({ turns: [['answer', 'Ola Berg', bridge]], claims: [bridge], quantities: [['12 million tonnes', 1.2e7, 'tonne'], ['3%', 3, 'percent']] });
    const c = interview({ turns: [['answer', 'Ola Berg', 'Wheat prices fell by 3% after the harvest.']], claims: ['Wheat prices fell by 3% after the harvest.'], quantities: [['3%', 3, 'percent']] });
    const groups = async () => (await repeatedClaims(db)).map((g) => g.claims.map((x) => x.quote).sort());
    for (const d of [a, c, b]) await add(d);
    expect(await groups()).toEqual([[bridge, 'Exports of grain rose to 12 million tonnes.', 'Wheat prices fell by 3% after the harvest.'].sort()]);
    await add({ ...b, claims: [] } as Doc, '0.2.0');
    expect(await groups()).toEqual([]);
    await add(b, '0.3.0');
    expect(await groups()).toHaveLength(1);
    // Without the bridge's middle part, the other two still match each other.
    const d = interview({ turns: [['answer', 'Ola Berg', 'Grain exports rose to 12 million tonnes this year.']], claims: ['Grain exports rose to 12 million tonnes this year.'], quantities: [['12 million tonnes', 1.2e7, 'tonne']] });
    await add(d);
    await add({ ...b, claims: [] } as Doc, '0.4.0');
    expect(await groups()).toEqual([['Exports of grain rose to 12 million tonnes.', 'Grain exports rose to 12 million tonnes this year.']]);
  });

  test('store: several documents in one transaction end as if stored one after the other', async () => {
    const a = interview({ turns: [['answer', 'Ola Berg', 'Exports of grain rose to 12 million tonnes.']], claims: ['Exports of grain rose to 12 million tonnes.'], quantities: [['12 million tonnes', 1.2e7, 'tonne']] });
    const bridge = 'Grain exports rose to 12 million tonnes and wheat prices fell by 3% this autumn.';
    const b = interview({ turns: [['answer', 'O. Berg', bridge]], claims: [bridge], quantities: [['12 million tonnes', 1.2e7, 'tonne'], ['3%', 3, 'percent']] });
    const c = interview({ turns: [['answer', 'Ola Berg', 'Wheat prices fell by 3% after the harvest.']], claims: ['Wheat prices fell by 3% after the harvest.'], quantities: [['3%', 3, 'percent']] });
    // New documents, one stored by an older version (replaced), one twice (unchanged the second time);
    // b joins the groups of a and c, which formed earlier in the same transaction.
    // Within the batch, an abbreviated name before the full one (merged into it), with people between.
    const d = interview({ turns: [['answer', 'K. Lind', 'The port handled more ships than ever.']] });
    const e = interview({ turns: [['answer', 'Karin Lind', 'The new pier opens in spring.']] });
    const docs = [budgetAgain, a, c, d, opposition, e, budget, b, russian, budgetAgain];
    const edges = async () =>
      (
        await sql<{ a: string; b: string; score: number; reason: string }>`select ca.key as a, cb.key as b, m.score, m.reason
          from claim_match m join claim ca on ca.id = m.a join claim cb on cb.id = m.b order by 1, 2`.execute(db)
      ).rows;
    const run = async (store: () => Promise<StoreResult[]>) => {
      await truncate(db);
      await add(budget, '0.0.9');
      await add(a, '0.0.9');
      const results = await store();
      return { results, dump: await dumpCorpus(db), edges: await edges(), groups: (await repeatedClaims(db)).map((g) => g.claims.map((x) => x.quote).sort()) };
    };
    const one = await run(async () => {
      const out: StoreResult[] = [];
      for (const d of docs) out.push(await add(d));
      return out;
    });
    const together = await run(() => storeDocuments(db, docs, { version: V1 }));
    expect(together.results.map((r) => r.status)).toEqual(['added', 'replaced', 'added', 'added', 'added', 'added', 'replaced', 'added', 'added', 'unchanged']);
    expect(together.results).toEqual(one.results);
    expect(together.dump).toEqual(one.dump);
    expect(together.edges).toEqual(one.edges);
    expect(together.groups).toContainEqual([bridge, 'Exports of grain rose to 12 million tonnes.', 'Wheat prices fell by 3% after the harvest.'].sort());
    expect(together.groups).toEqual(one.groups);
  });

  test('store: a batch that fails stores none of its documents, and storing them again works', async () => {
    await add(budget);
    const broken = { ...prepareDocument(opposition), annotationRows: '[{"layer": 1' };
    await expect(storeDocuments(db, [prepareDocument(budgetAgain), broken], { version: V1, maybeStored: false })).rejects.toThrow();
    expect((await listDocuments(db)).map((d) => d.uri)).toEqual([budget.source.uri]);
    const rs = await storeDocuments(db, [budgetAgain, opposition], { version: V1, maybeStored: false });
    expect(rs.map((r) => r.status)).toEqual(['added', 'added']);
    expect(rs[0]!.matches).toBeGreaterThan(0);
    const groups = (await repeatedClaims(db)).map((g) => g.claims.map((x) => x.quote).sort());
    expect(groups).toContainEqual(['Last year we reduced the deficit by 1,300 million euros.', 'The government claims it cut the deficit by €1.3 billion last year', 'We cut the deficit by €1.3 billion last year']);
  });

  test('reviews: history is append-only and the latest verdict is current', async () => {
    const a = await add(budget);
    const claim = await findClaim(db, `${a.id}#1`);
    expect((await findClaim(db, claim.key.slice(0, 8))).key).toBe(claim.key);
    await addReview(db, claim, { verdict: 'unverifiable', reviewer: 'ana', note: 'Waiting for the statistics office.' });
    const second = await addReview(db, claim, { verdict: 'true', reviewer: 'ben', sources: ['https://stats.example/dec'] });
    const history = await reviewHistory(db, claim.key);
    expect(history.map((r) => [r.verdict, r.reviewer])).toEqual([['unverifiable', 'ana'], ['true', 'ben']]);
    expect(history[1]).toMatchObject({ sources: ['https://stats.example/dec'], quote: 'unemployment fell to 4.1% in December' });
    expect(Date.parse(history[1]!.created_at)).not.toBeNaN();
    const current = await currentReviews(db);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ count: 2, review: { id: second.id, verdict: 'true' } });
    await expect(sql`update review set verdict = 'false'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from review`.execute(db)).rejects.toThrow(/append-only/);
    await expect(addReview(db, claim, { verdict: 'half_true', reviewer: 'ana' })).rejects.toMatchObject({ code: 'usage' });
    await expect(addReview(db, claim, { verdict: 'true', reviewer: 'ana', sources: ['javascript:alert(1)'] })).rejects.toMatchObject({ code: 'usage' });
  });

  test('stats: documents, words, claims, reviews, top speakers, techniques per speaker', async () => {
    const a = await add(budget);
    await add(opposition);
    await addReview(db, await findClaim(db, `${a.id}#0`), { verdict: 'misleading', reviewer: 'ana' });
    const s = await corpusStats(db);
    expect(s).toMatchObject({
      documents: 2,
      claims: 5,
      reviews: 1,
      reviewed_claims: 1,
      verdicts: { true: 0, mostly_true: 0, misleading: 1, false: 0, unverifiable: 0 },
      first_published: '2024-03-10',
      last_published: '2024-06-02',
      repeated_claims: 2,
    });
    expect(s.words).toBe(budget.text.split(/\s+/).length + opposition.text.split(/\s+/).length);
    expect(s.top_speakers[0]).toMatchObject({ name: 'Lena Karsten', documents: 1 });
    expect(s.techniques_by_speaker).toEqual([
      { name: 'Lena Karsten', techniques: [{ technique: 'bandwagon', count: 1 }, { technique: 'loaded_language', count: 1 }] },
      { name: 'Ivo Brandt', techniques: [{ technique: 'name_calling', count: 1 }] },
    ]);
    expect(s.layers).toMatchObject({ turns: 9, claims: 5, quantities: 5 });
  });

  test(`migrations: down removes every table and up restores them (${name})`, async () => {
    await migrateDown(db);
    const left = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
      where table_schema = current_schema() and table_name in ('document', 'annotation', 'turn', 'claim', 'review')`.execute(db);
    expect(left.rows[0]!.n).toBe(0);
    await migrate(db);
    expect((await add(budget)).status).toBe('added');
  });
});
