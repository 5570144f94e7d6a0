import { FUNCTION_WORDS } from '../lexicon/languages.js';

const index = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) index.set(w, [...(index.get(w) ?? []), lang]);
}

const WORD = /[\p{L}’']+/gu;

/**
 * Guesses the language of `text` from function-word counts; returns a BCP 47
 * primary tag, or null when fewer than `minHits` function words were seen.
 * Reads at most `maxChars` characters, so it is linear and bounded.
 */
export function guessLanguage(text: string, minHits = 3, maxChars = 20_000): string | null {
  const scores = new Map<string, number>();
  let hits = 0;
  for (const m of text.slice(0, maxChars).toLowerCase().matchAll(WORD)) {
    const langs = index.get(m[0]);
    if (!langs) continue;
    hits++;
    for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + 1 / langs.length);
  }
  if (hits < minHits) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [l, s] of scores) if (s > bestScore) [best, bestScore] = [l, s];
  return best;
}
