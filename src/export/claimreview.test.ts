import { describe, expect, test } from 'vitest';
import { budget, interview, recordOf } from '../../test/store/fixtures.js';
import { claimReviews } from './claimreview.js';

const options = { urlTemplate: 'https://factcheck.example/claims/{key}', organisation: 'Example Check', organisationUrl: 'https://factcheck.example' };

describe('claimreview', () => {
  test('claimreview: one JSON-LD object per reviewed claim with the fields aggregators need', () => {
    const record = recordOf(budget, {
      reviews: {
        0: [{ verdict: 'unverifiable' }, { verdict: 'misleading', note: 'The saving came from a one-off sale.', sources: ['https://stats.example/deficit'], reviewer: 'ana', created_at: '2025-02-03T10:00:00.000Z' }],
      },
    });
    const { items, warnings } = claimReviews([record], options);
    expect(items).toHaveLength(1);
    const item = items[0] as Record<string, any>;
    expect(item['@context']).toBe('https://schema.org');
    expect(item['@type']).toBe('ClaimReview');
    expect(item.url).toBe('https://factcheck.example/claims/k0');
    expect(item.claimReviewed).toBe('We cut the deficit by €1.3 billion last year');
    expect(item.datePublished).toBe('2025-02-03');
    expect(item.author).toEqual({ '@type': 'Organization', name: 'Example Check', url: 'https://factcheck.example' });
    expect(item.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Misleading',
      ratingExplanation: 'The saving came from a one-off sale.',
    });
    expect(item.itemReviewed['@type']).toBe('Claim');
    expect(item.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Lena Karsten', jobTitle: 'Finance Minister' });
    expect(item.itemReviewed.datePublished).toBe('2024-03-10');
    expect(item.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://news.example/karsten-budget',
      headline: 'Finance minister Lena Karsten on the budget',
      datePublished: '2024-03-10',
      publisher: { '@type': 'Organization', name: 'The Harbour Ledger' },
    });
    expect(item.itemReviewed.firstAppearance).toEqual(item.itemReviewed.appearance);
    expect(item.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://stats.example/deficit' }]);
    expect(item.identifier).toBe('parley:claim:k0');
    expect(warnings).toEqual([]);
    // The JSON-LD round-trips through JSON unchanged.
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });

  test('claimreview: each verdict maps to its rating; unverifiable has words but no number', () => {
    const verdicts = ['true', 'mostly_true', 'misleading', 'false', 'unverifiable'] as const;
    const record = recordOf(budget, { reviews: { 0: [{ verdict: verdicts[0] }], 1: [{ verdict: verdicts[1] }], 2: [{ verdict: verdicts[4] }] } });
    const more = recordOf({ ...budget, source: { ...budget.source, sha256: 'f'.repeat(64) } }, { id: 2, reviews: { 0: [{ verdict: 'misleading' }], 1: [{ verdict: 'false' }] } });
    const ratings = claimReviews([record, more], options).items.map((i) => (i as any).reviewRating);
    expect(ratings.map((r) => [r.alternateName, r.ratingValue])).toEqual([
      ['True', 5], ['Mostly true', 4], ['Unverifiable', undefined], ['Misleading', 2], ['False', 1],
    ]);
    expect(ratings[2]).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  test('claimreview: unreviewed claims are left out; problems are warnings, the quote is never cut', () => {
    const long = 'The rail tunnel will be 42 km long and it opens in 2027, three years before the harbour bridge is finished.';
    const doc = interview({ uri: '/home/me/notes.txt', turns: [['answer', null, long]], claims: [long] });
    const { items, warnings } = claimReviews([recordOf(doc, { reviews: { 0: [{ verdict: 'true', reviewer: 'ben' }] } })], { urlTemplate: 'https://fc.example/{doc}/{key}' });
    const item = items[0] as any;
    expect(item.claimReviewed).toBe(long);
    expect(item.url).toBe(`https://fc.example/${doc.source.sha256}/k0`);
    expect(item.author).toEqual({ '@type': 'Person', name: 'ben' });
    expect(item.itemReviewed.author).toBeUndefined();
    expect(item.itemReviewed.appearance.url).toBeUndefined();
    expect(warnings).toEqual([
      '1 claimReviewed value is longer than 75 characters (Google suggests shorter); the full quote is kept',
      '1 reviewed claim has no known speaker: itemReviewed.author is missing',
      '1 reviewed claim comes from a document without an http(s) URL: itemReviewed.appearance.url is missing',
    ]);
    expect(claimReviews([recordOf(budget)], options).items).toEqual([]);
  });
});
