/**
 * schema.org ClaimReview JSON-LD, one object per reviewed claim, with the fields fact-check
 * aggregators read (Google's fact-check markup, the Fact Check Tools API): claimReviewed,
 * reviewRating (ratingValue on a 1–5 scale, bestRating, worstRating, alternateName = the verdict
 * in words), author (the reviewing organisation), datePublished, url (required: from a template),
 * itemReviewed (a Claim with its author, date and appearance: the interview).
 * https://schema.org/ClaimReview; https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
import type { ClaimRecord, DocumentRecord } from './json.js';

/** The verdict scale: 1 worst to 5 best, the words shown as `alternateName`. Unverifiable has no number. */
export const RATING_SCALE: Readonly<Record<string, { readonly label: string; readonly value: number | null }>> = {
  true: { label: 'True', value: 5 },
  mostly_true: { label: 'Mostly true', value: 4 },
  misleading: { label: 'Misleading', value: 2 },
  false: { label: 'False', value: 1 },
  unverifiable: { label: 'Unverifiable', value: null },
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;
/** Google: "try to keep claimReviewed less than 75 characters". */
export const CLAIM_REVIEWED_MAX = 75;

export interface ClaimReviewOptions {
  /** URL of the fact-check article; `{key}` is replaced by the claim key, `{doc}` by the document sha256. */
  readonly urlTemplate: string;
  /** The reviewing organisation; without it the reviewer is the author (a Person). */
  readonly organisation?: string;
  readonly organisationUrl?: string;
}

export interface ClaimReviewResult {
  readonly items: Record<string, unknown>[];
  /** One line per problem a publisher should know about (nothing is silently truncated). */
  readonly warnings: string[];
}

function isWebUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** The review article URL for a claim. */
export function reviewUrl(template: string, claim: ClaimRecord, doc: DocumentRecord): string {
  return template.replace(/\{key\}/g, encodeURIComponent(claim.key)).replace(/\{doc\}/g, encodeURIComponent(doc.sha256));
}

/**
 * ClaimReview objects for every reviewed claim of `records` (the latest review of each).
 * @example
 * const { items } = claimReviews(records, { urlTemplate: 'https://factcheck.example/c/{key}', organisation: 'Example Check' });
 */
export function claimReviews(records: readonly DocumentRecord[], options: ClaimReviewOptions): ClaimReviewResult {
  const items: Record<string, unknown>[] = [];
  let long = 0;
  let noAuthor = 0;
  let noUrl = 0;
  for (const r of records) {
    const meta = r.doc.meta;
    for (const c of r.claims) {
      const review = c.review;
      if (!review) continue;
      const scale = RATING_SCALE[review.verdict] ?? { label: review.verdict, value: null };
      if ([...c.quote].length > CLAIM_REVIEWED_MAX) long++;
      const rating: Record<string, unknown> = { '@type': 'Rating' };
      if (scale.value !== null) Object.assign(rating, { ratingValue: scale.value, bestRating: BEST_RATING, worstRating: WORST_RATING });
      rating.alternateName = scale.label;
      if (review.note) rating.ratingExplanation = review.note;
      const appearance: Record<string, unknown> = { '@type': 'CreativeWork' };
      if (isWebUrl(r.uri)) appearance.url = r.uri;
      else noUrl++;
      if (meta?.title) appearance.headline = meta.title;
      if (meta?.published) appearance.datePublished = meta.published;
      const outlet = r.outlet ?? meta?.outlet;
      if (outlet) appearance.publisher = { '@type': 'Organization', name: outlet };
      const claim: Record<string, unknown> = { '@type': 'Claim' };
      if (c.speaker) {
        claim.author = { '@type': 'Person', name: c.speaker, ...(c.speaker_role && { jobTitle: c.speaker_role }) };
      } else noAuthor++;
      if (meta?.published) claim.datePublished = meta.published;
      claim.appearance = appearance;
      claim.firstAppearance = appearance;
      const author = options.organisation
        ? { '@type': 'Organization', name: options.organisation, ...(options.organisationUrl && { url: options.organisationUrl }) }
        : { '@type': 'Person', name: review.reviewer };
      items.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: reviewUrl(options.urlTemplate, c, r),
        claimReviewed: c.quote,
        datePublished: review.created_at.slice(0, 10),
        author,
        reviewRating: rating,
        itemReviewed: claim,
        ...(review.sources.length && { citation: review.sources.map((url) => ({ '@type': 'CreativeWork', url })) }),
        identifier: `parley:claim:${c.key}`,
      });
    }
  }
  const warnings: string[] = [];
  if (long) warnings.push(`${long} claimReviewed value${long > 1 ? 's are' : ' is'} longer than ${CLAIM_REVIEWED_MAX} characters (Google suggests shorter); the full quote is kept`);
  if (noAuthor) warnings.push(`${noAuthor} reviewed claim${noAuthor > 1 ? 's have' : ' has'} no known speaker: itemReviewed.author is missing`);
  if (noUrl) warnings.push(`${noUrl} reviewed claim${noUrl > 1 ? 's come' : ' comes'} from a document without an http(s) URL: itemReviewed.appearance.url is missing`);
  return { items, warnings };
}
