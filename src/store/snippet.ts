/**
 * Search snippets built in JavaScript from the matched words, instead of PostgreSQL's ts_headline:
 * ts_headline re-parses and stems every word of every hit and was three quarters of a search's
 * cost. Here only the few words of a hit that could stem like a query word (they share their first
 * two letters, diacritics and case aside) are stemmed, by PostgreSQL itself (see `lexize` in
 * search.ts), so what is highlighted is exactly what the index matched.
 */

/** A word of a text: its [start, end) UTF-16 offsets (no copy of the word, most are never read). */
export interface Word {
  readonly start: number;
  readonly end: number;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE = /\s/;
/** Punctuation kept at most this far before a fragment's first word and after its last. */
const EDGE = 64;
/** For each UTF-16 unit outside the surrogates: 0 not yet known, 1 part of a word, 2 not. */
const UNIT = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  let v = UNIT[c]!;
  if (v === 0) UNIT[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * The words of a text: runs of letters, digits and combining marks (astral ones included). A
 * scan over char codes with a lazily filled table: a Unicode-property regex over every hit's text
 * was a tenth of a search's cost.
 */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      units = 2;
      word = WORD_CHAR.test(text.slice(i, i + 2));
    } else word = isWordUnit(c);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push({ start, end: i });
      start = -1;
    }
    i += units;
  }
  if (start >= 0) out.push({ start, end: n });
  return out;
}

/**
 * The words a web-search query looks for: its words outside negated terms (`-word`, `-"a phrase"`)
 * and without the `or` operator, lower-cased and unique.
 * @example queryWords('"gas transit" or oil -coal') // ['gas', 'transit', 'oil']
 */
export function queryWords(query: string): string[] {
  // Quoted phrases and bare terms, in order; as in websearch_to_tsquery, "-" and "or" are operators
  // outside quotes only, and an unclosed quote runs to the end.
  const out: string[] = [];
  for (const m of query.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const [, minus, phrase, bare] = m;
    if (phrase !== undefined) {
      if (!minus) out.push(phrase);
    } else if (bare !== undefined && !bare.startsWith('-') && bare.toLowerCase() !== 'or') out.push(bare);
  }
  const positive = out.join(' ');
  return [...new Set(wordsOf(positive).map((w) => positive.slice(w.start, w.end).toLowerCase()))];
}

/**
 * Lower case without diacritics, for the cheap "could these stem alike?" test. Not names.ts's fold:
 * that one also drops every symbol, so "😀x" would pass for "x".
 */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The first two letters of text[start, end), folded, as one number (the second 0 for a one-letter word). */
function headKey(text: string, start: number, end: number): number {
  let a = text.charCodeAt(start);
  let b = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  if (a < 0x80 && b < 0x80) {
    // Most words open with ASCII: lower-case by hand, no string made.
    if (a >= 0x41 && a <= 0x5a) a += 0x20;
    if (b >= 0x41 && b <= 0x5a) b += 0x20;
  } else {
    const f = fold(text.slice(start, Math.min(end, start + 6)));
    a = f.charCodeAt(0);
    b = f.length > 1 ? f.charCodeAt(1) : 0;
  }
  return a * 0x10000 + b;
}

/**
 * A test for the words that could stem like one of the query words: the same first two letters
 * once folded (a one-letter word compares its one letter). Cheap, and never misses: stems differ
 * from their words at the end (country → countri, ёлки → ёлк), not in the first two letters.
 * @example couldMatch(['country'])('Countries', 0, 9) // true
 */
export function couldMatch(queryWords: readonly string[]): (text: string, start: number, end: number) => boolean {
  const pairs = new Set<number>();
  const firsts = new Set<number>();
  const short = new Set<number>();
  for (const q of queryWords) {
    if (!q) continue;
    const k = headKey(q, 0, q.length);
    firsts.add(Math.floor(k / 0x10000));
    if (k % 0x10000 === 0) short.add(Math.floor(k / 0x10000));
    else pairs.add(k);
  }
  return (text, start, end) => {
    if (end <= start) return false;
    const k = headKey(text, start, end);
    const first = Math.floor(k / 0x10000);
    if (k % 0x10000 === 0) return firsts.has(first);
    return pairs.has(k) || short.has(first);
  };
}

export interface SnippetOptions {
  /** Words in the main fragment. Default 35. */
  readonly maxWords?: number;
  /** Words in a second fragment, shown when the main one misses a matched query word. Default 15. */
  readonly secondWords?: number;
  /** Words kept before the first highlighted word of a fragment. Default 4. */
  readonly lead?: number;
}

/**
 * A snippet of `text` around its matched words: the window of `maxWords` words holding the most
 * distinct matched terms (then the most matches), and a shorter second fragment when a term matched
 * only outside it. `matched[i]` is the term (stem) word i matched, or null. Whitespace is collapsed;
 * "…" marks text left out. Highlights are [start, end) UTF-16 ranges into the snippet, adjacent
 * matched words merged.
 * @example
 * const words = wordsOf('The gas transit deal ends.');
 * snippetOf('The gas transit deal ends.', words, [null, 'gas', 'transit', null, null]);
 * // { snippet: 'The gas transit deal ends.', highlights: [[4, 15]] }
 */
export function snippetOf(
  text: string,
  words: readonly Word[],
  matched: readonly (string | null)[],
  options: SnippetOptions = {},
): { snippet: string; highlights: [number, number][] } {
  const maxWords = options.maxWords ?? 35;
  const secondWords = options.secondWords ?? 15;
  const lead = options.lead ?? 4;
  if (!words.length) return { snippet: text.trim().replace(/\s+/g, ' '), highlights: [] };
  const hits: number[] = [];
  matched.forEach((m, i) => m !== null && hits.push(i));

  const windowAt = (from: number, size: number): [number, number] => {
    const start = Math.max(0, Math.min(from, words.length - size));
    return [start, Math.min(words.length, start + size)];
  };
  // Every window that starts `lead` words before a match (and the one at the start), scored in one
  // sweep over the matches, since the starts only grow: the most distinct terms, then the most
  // matches; the first such window wins. A turn with thousands of matches stays linear.
  const counts = new Map<string, number>();
  let lo = 0;
  let hi = 0;
  let best = { distinct: -1, n: -1, start: 0 };
  let previous = -1;
  for (const from of [0, ...hits.map((i) => i - lead)]) {
    const [start, end] = windowAt(from, maxWords);
    if (start === previous) continue;
    previous = start;
    for (; hi < hits.length && hits[hi]! < end; hi++) counts.set(matched[hits[hi]!]!, (counts.get(matched[hits[hi]!]!) ?? 0) + 1);
    for (; lo < hi && hits[lo]! < start; lo++) {
      const term = matched[hits[lo]!]!;
      const c = counts.get(term)! - 1;
      if (c) counts.set(term, c);
      else counts.delete(term);
    }
    if (counts.size > best.distinct || (counts.size === best.distinct && hi - lo > best.n)) best = { distinct: counts.size, n: hi - lo, start };
  }
  const main = windowAt(best.start, maxWords);
  const inMain = new Set(hits.filter((i) => i >= main[0] && i < main[1]).map((i) => matched[i]!));
  const fragments: [number, number][] = [main];
  const missing = hits.find((i) => !inMain.has(matched[i]!));
  if (missing !== undefined) {
    const second = windowAt(missing - lead, secondWords);
    // Overlapping or touching windows read as one.
    if (second[0] <= main[1] && second[1] >= main[0]) fragments[0] = [Math.min(main[0], second[0]), Math.max(main[1], second[1])];
    else fragments.push(second);
  }
  fragments.sort((x, y) => x[0] - y[0]);

  const end = text.trimEnd().length;
  let snippet = '';
  const highlights: [number, number][] = [];
  let cut = false;
  fragments.forEach(([a, b], k) => {
    // From the punctuation right before the first word ("«Газ»", "(the") to the punctuation right
    // after the last one, each at most EDGE characters.
    const first = words[a]!.start;
    let from = first;
    const floor = Math.max(a > 0 ? words[a - 1]!.end : 0, first - EDGE);
    while (from > floor && !SPACE.test(text[from - 1]!)) from--;
    const last = words[b - 1]!.end;
    const to = Math.min(trailingEnd(text, last, b < words.length ? words[b]!.start : end), last + EDGE);
    if (k > 0) snippet += ' … ';
    else if (text.slice(0, from).trim()) snippet += '… ';
    const local: [number, number][] = [];
    for (let i = a; i < b; i++) if (matched[i] !== null) local.push([words[i]!.start - from, words[i]!.end - from]);
    const piece = collapseWithRanges(text.slice(from, to), local);
    for (const [s, e] of piece.ranges) highlights.push([snippet.length + s, snippet.length + e]);
    snippet += piece.text;
    cut = to < end;
  });
  if (cut) snippet += ' …';
  return { snippet, highlights: mergeAdjacent(snippet, highlights) };
}

/** The end of the non-space characters right after a word (its closing punctuation). */
function trailingEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && !SPACE.test(text[i]!)) i++;
  return i;
}

/** Collapses runs of whitespace to one space, moving [start, end) ranges with the text. */
function collapseWithRanges(s: string, ranges: readonly [number, number][]): { text: string; ranges: [number, number][] } {
  // Each run of whitespace other than a lone space: where it starts, how long it is.
  const runs: [number, number][] = [];
  const text = s.replace(/\s+/g, (run: string, at: number) => {
    if (run !== ' ') runs.push([at, run.length]);
    return ' ';
  });
  if (!runs.length) return { text, ranges: ranges.map(([a, b]) => [a, b]) };
  const map = (x: number) => {
    let shift = 0;
    for (const [at, len] of runs) {
      if (x >= at + len) shift += len - 1;
      else if (x > at) return at - shift + 1; // inside a run: just after its one space
      else break;
    }
    return x - shift;
  };
  return { text, ranges: ranges.map(([a, b]) => [map(a), map(b)]) };
}

/** Highlights separated by whitespace only read as one phrase. */
function mergeAdjacent(snippet: string, highlights: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const h of highlights) {
    const last = merged.at(-1);
    if (last && /^\s*$/.test(snippet.slice(last[1], h[0]))) last[1] = h[1];
    else merged.push([h[0], h[1]]);
  }
  return merged;
}
