import type { Sentence } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { AMBIGUOUS, BEFORE_NUMBER, NON_TERMINAL } from '../lexicon/abbreviations.js';
import { FUNCTION_WORDS, RUSSIAN_FUNCTION_WORDS } from '../lexicon/stopwords.js';
import { isDigit, isLetter, isLower, isUpper } from './chars.js';

export interface SentenceOptions {
  /** Longest sentence in UTF-16 units; a longer run is cut at its last whitespace (default 2000). */
  readonly maxLength?: number;
  /** More abbreviations that never end a sentence, lower case without the final period ("approx"). */
  readonly nonTerminal?: readonly string[];
  /** More abbreviations that end a sentence only before a sentence-opening word ("inc"). */
  readonly ambiguous?: readonly string[];
}

interface Rules {
  readonly maxLength: number;
  readonly nonTerminal: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
  readonly beforeNumber: ReadonlySet<string>;
  readonly starters: ReadonlySet<string>;
}

// Character classes by UTF-16 code unit; the non-ASCII ones are looked up once and cached.

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0
    || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** . ! ? … ‼ ⁇ ⁈ ⁉ and the full-width 。！？ */
function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049)
    || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
const isFullWidthTerminator = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f;

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb
    || c === 0x203a || c === 0x300d || c === 0x300f;
}

/** Opening quotes and brackets, skipped when looking at the word after a period. */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 || c === 0xab
    || c === 0x2039 || c === 0x201e || c === 0x201a || c === 0x300c || c === 0x300e;
}

/** Characters that, at the end of a line, show the sentence goes on past the line break. */
function continuesLine(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 45 || c === 0x2013 || c === 0x2014 || c === 38 || c === 47;
}

function resolve(options: SentenceOptions): Rules {
  const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
  return {
    maxLength: Math.max(80, options.maxLength ?? 2000),
    nonTerminal: new Set([...NON_TERMINAL, ...lower(options.nonTerminal ?? [])]),
    ambiguous: new Set([...AMBIGUOUS, ...lower(options.ambiguous ?? [])]),
    beforeNumber: new Set(BEFORE_NUMBER),
    starters: new Set([...FUNCTION_WORDS, ...RUSSIAN_FUNCTION_WORDS]),
  };
}

/** The word after position `k` (skipping spaces and opening quotes), or '' at a paragraph break or the end. */
function nextWord(text: string, k: number, end: number): { word: string; first: number } {
  let p = k;
  let newlines = 0;
  while (p < end && isSpace(text.charCodeAt(p))) {
    if (text.charCodeAt(p) === 10) newlines++;
    p++;
  }
  if (p >= end || newlines > 1) return { word: '', first: -1 };
  while (p < end && isOpener(text.charCodeAt(p))) p++;
  if (p >= end) return { word: '', first: -1 };
  const first = text.charCodeAt(p);
  let q = p;
  while (q < end && q - p < 30 && isLetter(text.charCodeAt(q))) q++;
  return { word: text.slice(p, q), first };
}

/** True when the word opens sentences often enough to end an ambiguous abbreviation before it ("The", "Это"). */
function isStarter(word: string, rules: Rules): boolean {
  return word.length > 0 && isUpper(word.charCodeAt(0)) && rules.starters.has(word.toLowerCase());
}

/** The word that ends at the period at `dot`, back to whitespace or an opening bracket ("U.S", "Mr", "т.е"). */
function wordBefore(text: string, dot: number, from: number): string {
  let j = dot;
  while (j > from && dot - j < 24) {
    const c = text.charCodeAt(j - 1);
    if (isSpace(c) || isOpener(c) || c === 0x2014 || c === 0x2013) break;
    j--;
  }
  return text.slice(j, dot);
}

const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** True when the word starting at `at` follows a number ("2023 г", "5 bn"). */
function afterNumber(text: string, at: number, from: number): boolean {
  let p = at - 1;
  while (p >= from && isSpace(text.charCodeAt(p))) p--;
  return p >= from && p < at - 1 && isDigit(text.charCodeAt(p));
}

/**
 * Whether the terminator run text[i, j), followed by closers up to `k` and
 * then whitespace, ends the sentence.
 */
function endsSentence(text: string, segStart: number, i: number, j: number, k: number, end: number, rules: Rules): boolean {
  const { word, first } = nextWord(text, k, end);
  if (first === -1) return true;
  // "Why?" he asked. / I thought… maybe. / approx. five: a lowercase word continues the sentence.
  if (isLower(first)) return false;
  const single = j - i === 1 && text.charCodeAt(i) === 46;
  if (!single) return true;
  const before = wordBefore(text, i, segStart);
  if (before.length === 0) return true;
  const key = before.toLowerCase();
  const unit = afterNumber(text, i - before.length, segStart) && isUpper(first);
  if (before.length === 1 && isLetter(before.charCodeAt(0))) return isStarter(word, rules) || unit; // initials: "V. Putin", "J. R. R. Tolkien"
  if (rules.nonTerminal.has(key)) return false;
  if (rules.beforeNumber.has(key) && isDigit(first)) return false;
  if (rules.ambiguous.has(key) || DOTTED.test(before)) {
    // After a number the abbreviation is a unit or a date, which ends sentences: "в 2023 г. Стало…", "$5 bn. Then".
    return isStarter(word, rules) || unit;
  }
  return true;
}

/** Appends the sentences of text[start, end) for turn `turn` to `out`. Linear in the length of the turn. */
function splitTurn(text: string, start: number, end: number, turn: number, rules: Rules, out: Sentence[]): void {
  let segStart = -1;
  let lastSpace = -1;
  let paragraph = 0;
  let prevParagraph = -1;
  const emit = (s: number, e: number): void => {
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    // A run of punctuation alone ("–", "…") joins the sentence before it in the same paragraph.
    let word = false;
    for (let p = s; p < e && !word; p++) {
      const c = text.charCodeAt(p);
      word = isLetter(c) || isDigit(c);
    }
    const prev = out[out.length - 1];
    if (!word && prev && prev.turn === turn && prevParagraph === paragraph) {
      out[out.length - 1] = { start: prev.start, end: e, turn };
      return;
    }
    out.push({ start: s, end: e, turn });
    prevParagraph = paragraph;
  };

  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      let j = i + 1;
      let blank = false;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d === 10) { blank = true; break; }
        if (!isSpace(d)) break;
        j++;
      }
      if (segStart >= 0) {
        let breakHere = blank || j >= end;
        if (!breakHere) {
          // A single line break ends the sentence unless the line plainly runs on.
          let p = i - 1;
          while (p > segStart && isSpace(text.charCodeAt(p))) p--;
          breakHere = !isLower(text.charCodeAt(j)) && !continuesLine(text.charCodeAt(p));
        }
        if (breakHere) {
          emit(segStart, i);
          segStart = -1;
        } else {
          lastSpace = i;
        }
      }
      if (blank) paragraph++;
      i = blank ? j : i + 1;
      continue;
    }
    if (isSpace(c)) {
      lastSpace = i;
      i++;
      continue;
    }
    if (segStart < 0) {
      segStart = i;
      lastSpace = -1;
    }
    if (i - segStart >= rules.maxLength) {
      let cut = lastSpace > segStart ? lastSpace : i;
      // Never between the two halves of a surrogate pair (an emoji, a CJK extension character).
      if (cut === i && c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text.charCodeAt(i - 1))) cut--;
      emit(segStart, cut);
      segStart = -1;
      i = cut;
      continue;
    }
    if (isTerminator(c)) {
      let j = i + 1;
      while (j < end && isTerminator(text.charCodeAt(j))) j++;
      let k = j;
      while (k < end && isCloser(text.charCodeAt(k))) k++;
      const spaced = k >= end || isSpace(text.charCodeAt(k)) || isFullWidthTerminator(text.charCodeAt(j - 1));
      if (spaced && endsSentence(text, segStart, i, j, k, end, rules)) {
        emit(segStart, k);
        segStart = -1;
      }
      i = k;
      continue;
    }
    i++;
  }
  if (segStart >= 0) emit(segStart, end);
}

/**
 * Sentences within each turn, never crossing a turn or a paragraph ("\n\n").
 * Knows abbreviations (Mr., U.S., т.е.), initials (V.V. Putin), decimals,
 * ellipses and closing quotes; cuts runs longer than `maxLength` at whitespace.
 * A hand-written linear scan: Intl.Segmenter is super-linear on long input.
 *
 * @example runStages(doc, [turns(), sentences()]).sentences
 */
export function sentences(options: SentenceOptions = {}): Stage<'sentences'> {
  const rules = resolve(options);
  return {
    layer: 'sentences',
    needs: ['turns'],
    run(doc) {
      const out: Sentence[] = [];
      const turns = doc.turns ?? [];
      for (let t = 0; t < turns.length; t++) {
        const turn = turns[t]!;
        splitTurn(doc.text, turn.start, turn.end, t, rules, out);
      }
      return out;
    },
  };
}
