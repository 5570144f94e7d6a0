/**
 * The quantities layer: money, percentages, counts, physical amounts and durations in years, read sentence by
 * sentence with a hand-written linear tokenizer (the only regular expression that sees a whole sentence is the
 * prefilter, a flat alternation that cannot backtrack badly). Per sentence: the prefilter (a digit, a currency sign
 * or a number word), tokens, then at each
 * token a number core (digits or words plus scale), a range, a unit or a counted noun, approximation cues, and
 * the exclusions (years, dates, ordinals, labels, identifiers, "one"). Every look-around is bounded, so the work
 * is linear in the text. Word lists live in src/lexicon/; conventions are in docs/units.md.
 */
import type { Approx, Doc, Quantity, QuantityKind, Unit } from '../doc.js';
import type { Stage } from '../pipeline.js';
import {
  AMBIGUOUS_CURRENCY_WORDS, CODE_ALIASES, CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
} from '../lexicon/currencies.js';
import { MONTHS, RU_MONTHS } from '../lexicon/months.js';
import {
  CHANGE_MULTIPLES, DOLLAR_PREFIXES, FRACTION_WORDS, MULTIPLIER_WORDS, ORDINAL_SUFFIXES, RU_COMPOUND_STEMS,
  RU_FRACTION_WORDS, RU_HALF_PREFIXES, RU_HUNDREDS, RU_MULTIPLIERS, RU_ONE, RU_ONE_AND_HALF, RU_ORDINAL_SUFFIXES,
  RU_SCALE_ALONE, RU_SCALE_GENITIVE, RU_SCALE_WORDS, RU_TEENS, RU_TENS, RU_UNITS, SCALE_ABBREVIATIONS, SCALE_WORDS,
  SMALL_NUMBERS, SPACE_GROUPED_LANGUAGES, TENS,
} from '../lexicon/numbers.js';
import {
  ABOUT_NOT_APPROX, APPROX_AFTER, OR_EQUAL, APPROX_BEFORE, BASELINE_WORDS, CHANGE_NOUNS, CHANGE_WORDS, FUNCTION_WORDS,
  IRREGULAR_PLURALS, LABEL_WORDS, LINK_WORDS, NOT_COUNTED, NOT_CHANGE_AFTER, NOT_MEASURED, NOT_PLURAL, PARTITIVE_NOUNS,
  RELATIVE_MONTHS, RELATIVE_YEARS, RU_BEFORE_LATER, RU_CHANGE_STEMS, RU_FUNCTION_WORDS, RU_LATER_WORDS, RU_LINK_WORDS,
  RU_EVERY, RU_EVERY_ORDINALS, RU_NOT_COUNTED, RU_SHARE_WORDS, RU_TARGET_STEMS, YEAR_PARTS, YEAR_PREPOSITIONS,
} from '../lexicon/quantity-cues.js';
import type { ApproxCue } from '../lexicon/quantity-cues.js';
import { UNIT_PHRASES } from '../lexicon/units.js';
import type { UnitPhrase } from '../lexicon/units.js';

export interface QuantityOptions {
  /** Extra currency names after a number, lower case → ISO 4217 code; merged over src/lexicon/currencies.ts. */
  readonly currencies?: Readonly<Record<string, string>>;
  /** Sentences longer than this (UTF-16 units) are read in windows of this size, cut at whitespace. Default 4000. */
  readonly maxSentence?: number;
}

/** How digits are written: "10 000" and "1,5" in Russian; "10,000" and "1.5" in English. */
interface Locale {
  /** Thousands grouped with a plain space ("10 000"), and a lone comma is always decimal ("1,250" is 1.25). */
  readonly spaceGroups: boolean;
}
const ENGLISH_DIGITS: Locale = { spaceGroups: false };
const SPACED_DIGITS: Locale = { spaceGroups: true };

/** A quantity read from one piece of text, before it is tied to a turn and a sentence. */
export type QuantityMatch = Omit<Quantity, 'turn' | 'sentence'>;

/** A number read from text, with no judgement on whether it is a quantity (used by the evaluations). */
export interface NumberMatch {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly approx: Approx;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

const enum T { Num, Word, Sym }

interface Tok {
  readonly type: T;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly low: string;
  /** No whitespace between the previous token and this one. */
  readonly glued: boolean;
  /** For numbers: the parsed value, NaN when the digits are not one number ("192.168.1.2"). */
  readonly value: number;
  /** For numbers: digits only, no separator or decimal point. */
  readonly plain: boolean;
  /** A word that starts with a Cyrillic letter. */
  readonly cyr: boolean;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_NUMBER = /\p{N}/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_LETTER.test(s[i]!);
}
function isWordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c);
  return NON_ASCII_LETTER.test(s[i]!) || NON_ASCII_NUMBER.test(s[i]!);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b
    || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}
/** Characters that join two parts of one word: hyphens and apostrophes. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;
}
/** Thin or no-break spaces that group thousands ("70 000"). */
function isGroupSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Value of a run of digits with "," "." or space separators; NaN when it is not one number. */
function parseDigits(raw: string, locale: Locale): number {
  let s = '';
  for (let i = 0; i < raw.length; i++) if (!isGroupSpace(raw.charCodeAt(i)) && raw.charCodeAt(i) !== 32) s += raw[i];
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  const grouped = (parts: string[]) => parts[0]!.length <= 3 && parts.slice(1).every((g) => g.length === 3);
  if (commas === 0 && dots === 0) return Number(s);
  if (commas && dots) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const [group, decimal] = lastDot > lastComma ? [',', '.'] : ['.', ','];
    const [intPart, frac = ''] = [s.slice(0, Math.max(lastDot, lastComma)), s.slice(Math.max(lastDot, lastComma) + 1)];
    if (intPart.includes(decimal) || !grouped(intPart.split(group))) return NaN;
    return Number(`${intPart.split(group).join('')}.${frac}`);
  }
  const sep = commas ? ',' : '.';
  const parts = s.split(sep);
  if (parts.length === 2 && sep === ',' && locale.spaceGroups) return Number(`${parts[0]}.${parts[1]}`);
  if (parts.length === 2) {
    // "11,000" groups; "3,99" and "4.800" are decimals (a dot is always decimal in English).
    if (sep === ',' && parts[1]!.length === 3) return Number(parts.join(''));
    return Number(`${parts[0]}.${parts[1]}`);
  }
  return grouped(parts) ? Number(parts.join('')) : NaN;
}

/**
 * True when the plain space at `j` joins two groups of one number that starts at `from`: "10 000" and
 * "1 250 000", but not "2024 300" (a first group has 1-3 digits, later ones exactly 3) nor "1,5 000".
 */
function spaceGroupAt(text: string, from: number, j: number, to: number): boolean {
  for (let m = 1; m <= 3; m++) if (j + m >= to || !isDigit(text.charCodeAt(j + m))) return false;
  if (j + 4 < to && isDigit(text.charCodeAt(j + 4))) return false;
  let n = 0;
  let k = j - 1;
  while (k >= from && isDigit(text.charCodeAt(k))) { n++; k--; }
  if (n < 1 || n > 3) return false;
  if (k < from) return true;
  const c = text.charCodeAt(k);
  return (c === 32 || isGroupSpace(c)) && n === 3;
}

/** Splits `text[from, to)` into numbers, words (letters, digits, inner hyphens/apostrophes) and single symbols. */
function tokenize(text: string, from: number, to: number, locale: Locale = ENGLISH_DIGITS): Tok[] {
  const out: Tok[] = [];
  let i = from;
  let gap = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap = true;
      i++;
      continue;
    }
    let j = i + 1;
    let type: T;
    const prevTok = out[out.length - 1];
    const leadingPoint = c === 46 && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && (gap || prevTok?.type === T.Sym);
    if (isDigit(c) || leadingPoint) {
      type = T.Num;
      j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) { j++; continue; }
        if ((d === 44 || d === 46) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) { j++; continue; }
        if (isGroupSpace(d) && j + 3 < to && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))
          && isDigit(text.charCodeAt(j + 3)) && !(j + 4 < to && isDigit(text.charCodeAt(j + 4)))) { j++; continue; }
        if (d === 32 && locale.spaceGroups && spaceGroupAt(text, i, j, to)) { j++; continue; }
        break;
      }
    } else if (isLetterAt(text, i)) {
      type = T.Word;
      // Letters glued to a number ("5k-20k", "10km") end before a hyphen and a digit.
      const afterNumber = !gap && prevTok?.type === T.Num;
      while (j < to) {
        if (isWordCharAt(text, j)) { j++; continue; }
        if (isJoiner(text.charCodeAt(j)) && j + 1 < to && isWordCharAt(text, j + 1)
          && !(afterNumber && isDigit(text.charCodeAt(j + 1)))) { j++; continue; }
        break;
      }
    } else {
      type = T.Sym;
    }
    const raw = text.slice(i, j);
    const value = type === T.Num ? parseDigits(raw, locale) : NaN;
    if (type === T.Num && Number.isNaN(value) && /^\d+(?:,\d+)+$/.test(raw)) {
      // "22,24,26,31" is a list of numbers, not one.
      let p = i;
      for (const [n, part] of raw.split(',').entries()) {
        if (n > 0) {
          out.push({ type: T.Sym, start: p, end: p + 1, text: ',', low: ',', glued: true, value: NaN, plain: false, cyr: false });
          p++;
        }
        out.push({ type: T.Num, start: p, end: p + part.length, text: part, low: part, glued: n > 0 || !gap,
          value: Number(part), plain: true, cyr: false });
        p += part.length;
      }
      gap = false;
      i = j;
      continue;
    }
    const cyr = type === T.Word && c >= 0x400 && c <= 0x4ff;
    let low = raw;
    if (type === T.Word) {
      low = raw.toLowerCase().replace(/\u2019/g, "'");
      if (cyr && low.includes('ё')) low = low.replace(/ё/g, 'е');
    }
    out.push({ type, start: i, end: j, text: raw, low, glued: !gap, value, plain: type === T.Num && /^\d+$/.test(raw), cyr });
    gap = false;
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon indexes, built once

const CYRILLIC = /[\u0400-\u04ff]/;
const QUOTES = new Set(['\u2018', '\u2019', '\u201c', '\u201d', '"', "'", '\u00ab', '\u00bb', '\u201e']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '[', ']', '\u2013', '\u2014', '!', '?', '\u2026']);
const RANGE_DASHES = new Set(['-', '\u2013', '\u2014', '\u2010', '\u2011', '\u2212']);
const PERCENTISH = new Set(['percent', 'percentage_point', 'basis_point']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'that', 'his', 'her', 'whose', 'these']);
const PAST_WORDS = new Set(['past', 'recent', 'coming', 'previous', 'following', 'same']);
const TIME_WORDS = new Set(['year', 'years', 'month', 'months', 'decade', 'century', 'quarter', 'week', 'period', 'day']);
const LATER_WORDS = new Set(['ago', 'later', 'earlier', 'hence', 'previously']);
const ENGLISH_MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'sept',
]);
const SMALL = SMALL_NUMBERS;
/** Function words that may still modify a counted noun ("two other countries", "three new sources"). */
const ADJECTIVAL = new Set(['new', 'last', 'next', 'first', 'former', 'latter', 'total', 'overall',
  'other', 'own', 'same', 'more', 'most', 'additional', 'further', 'extra', 'record', 'high', 'low']);
/** Words before a fraction that make it a part of a period or a thing, not a share ("the first half"). */
const NOT_BEFORE_FRACTION = new Set(['first', 'second', 'the', 'other', 'latter', 'last', 'next', 'this', 'that', 'each',
  'every', 'third', 'fourth', 'final', 'western', 'eastern', 'northern', 'southern', 'better']);
/** Compounds of irregular plurals: "grandchildren", "townspeople", "servicewomen", "policemen". */
const COMPOUND_PLURAL = /(?:children|people|women|(?:service|police|fire|fisher|business|work|chair|congress|country|kins|gentle|sales|spokes|states|crafts|trades|lines|middle|sea|air|guards|gun|horse|fresh|fore|fore|clergy|militia|tribes|towns|yes)men)$/;
/** Singular time units: "45 second opening statements" does not count statements. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const CUT_WORDS = new Set(['cut', 'cuts', 'slashed', 'slash', 'split', 'halved', 'reduced']);
const NUMBER_WORD_START = new Set([...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS)]);

function indexCues(list: readonly ApproxCue[], byLast: boolean): Map<string, { words: string[]; cue: ApproxCue }[]> {
  const map = new Map<string, { words: string[]; cue: ApproxCue }[]>();
  for (const cue of list) {
    const words = cue.words.split(' ');
    const key = byLast ? words[words.length - 1]! : words[0]!;
    const arr = map.get(key) ?? [];
    arr.push({ words, cue });
    arr.sort((a, b) => b.words.length - a.words.length);
    map.set(key, arr);
  }
  return map;
}
const APPROX_BEFORE_BY_LAST = indexCues(APPROX_BEFORE, true);
const APPROX_AFTER_BY_FIRST = indexCues(APPROX_AFTER, false);

interface IndexedPhrase { words: string[]; phrase: UnitPhrase }
const UNIT_BY_FIRST = new Map<string, IndexedPhrase[]>();
for (const phrase of UNIT_PHRASES) {
  const words = phrase.words.map((w) => (phrase.exact ? w : w.toLowerCase()));
  const key = phrase.exact ? `=${words[0]}` : words[0]!;
  const arr = UNIT_BY_FIRST.get(key) ?? [];
  arr.push({ words, phrase });
  arr.sort((a, b) => b.words.length - a.words.length);
  UNIT_BY_FIRST.set(key, arr);
}

/** Sentences worth reading: a digit, a currency sign or a number word (Russian words only where Cyrillic is). */
interface Prefilter {
  test(s: string): boolean;
}

function prefilter(): Prefilter {
  const words = [
    ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), 'hundred', 'thousand', 'million', 'billion', 'trillion',
    'dozen', 'half', 'thirds?', 'quarters?', ...Object.keys(CHANGE_MULTIPLES),
  ];
  const symbols = Object.keys(CURRENCY_SYMBOLS).join('');
  const latin = new RegExp(`[0-9%${symbols.replace(/[\]\\^-]/g, '\\$&')}]|\\b(?:${words.join('|')})\\b`, 'i');
  // Russian number words: \b does not see Cyrillic letters, so the boundaries are written out. Compound
  // durations ("пятилетний"), "полмиллиона" and "каждый пятый" are caught by their parts, without boundaries.
  const ru = [
    ...Object.keys(RU_UNITS), ...Object.keys(RU_TEENS), ...Object.keys(RU_TENS), ...Object.keys(RU_HUNDREDS),
    ...Object.keys(RU_SCALE_WORDS), ...RU_ONE_AND_HALF, ...Object.keys(RU_FRACTION_WORDS), 'вдвое', 'втрое', 'вчетверо',
  ].sort((a, b) => b.length - a.length);
  const cyrillic = new RegExp(`(?<![а-яё])(?:${ru.join('|')})(?![а-яё])|летн|пол(?:у)?(?:миллион|миллиард|тысяч)|кажд`, 'i');
  return { test: (s) => latin.test(s) || (CYRILLIC.test(s) && cyrillic.test(s)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Number cores

interface Core {
  readonly i0: number;
  /** Exclusive. */
  readonly i1: number;
  readonly value: number;
  /** Value before a scale word, and the scale (1 when none). */
  readonly base: number;
  readonly scale: number;
  readonly scalePlural: boolean;
  readonly words: boolean;
  /** Digits only with no scale: a candidate year, label or list number. */
  readonly plain: boolean;
  /** A glued lower-case "m" was left unread: million after a currency, metre otherwise. */
  readonly ambiguousM: boolean;
  /** Letters glued to the digits that must be a unit ("100km"), else the number is rejected. */
  readonly gluedLetters: boolean;
  /** The unit named inside a hyphenated number word ("twenty-year" → "year"). */
  readonly unitWord: string | null;
  /** The word "one" (or "a") alone: a pronoun or determiner unless a unit follows. */
  readonly isOne: boolean;
}

type Reject = 'skip';

class Reader {
  constructor(
    readonly toks: readonly Tok[],
    readonly text: string,
    readonly currencyWords: Readonly<Record<string, string>>,
  ) {}

  low(i: number): string {
    const t = this.toks[i];
    return t ? t.low : '';
  }
  isWord(i: number, w?: string): boolean {
    const t = this.toks[i];
    return !!t && t.type === T.Word && (w === undefined || t.low === w);
  }
  isSym(i: number, s?: string): boolean {
    const t = this.toks[i];
    return !!t && t.type === T.Sym && (s === undefined || t.text === s);
  }

  /** Reads a number in digits or words starting at token `i`; 'skip' for ordinals and decades. */
  core(i: number): Core | Reject | null {
    const t = this.toks[i];
    if (!t) return null;
    if (t.type === T.Num) return this.digitCore(i, t);
    if (t.type === T.Word) return t.cyr ? this.ruWordCore(i) : this.wordCore(i);
    return null;
  }

  private digitCore(i: number, t: Tok): Core | Reject | null {
    if (!Number.isFinite(t.value)) return 'skip';
    let k = i + 1;
    let scale = 1;
    let scalePlural = false;
    let ambiguousM = false;
    let gluedLetters = false;
    const next = this.toks[k];
    if (next && next.glued && next.type === T.Word) {
      if (ORDINAL_SUFFIXES.includes(next.low)) return 'skip';
      if (next.low === 's') return 'skip';
      if (next.text === 'm') ambiguousM = true;
      else if (SCALE_ABBREVIATIONS[next.text] !== undefined) {
        scale = SCALE_ABBREVIATIONS[next.text]!;
        k++;
      } else gluedLetters = true;
    } else if (next && next.glued && next.type === T.Sym && (next.text === "'" || next.text === '\u2019')
      && this.toks[k + 1]?.glued && this.low(k + 1) === 's') {
      return 'skip';
    } else if (next && next.glued && next.type === T.Sym && RANGE_DASHES.has(next.text) && this.toks[k + 1]?.glued
      && this.toks[k + 1]!.cyr && (RU_ORDINAL_SUFFIXES.has(this.low(k + 1)) || this.low(k + 1).startsWith('лети'))) {
      return 'skip'; // "14-й", "в 90-х", "к 80-летию"
    }
    if (!gluedLetters && !ambiguousM && scale === 1) {
      // Spaced scale words: "45 billion", "3 hundred thousand", "10 mln", "two dozen".
      for (let n = 0; n < 2; n++) {
        const w = this.toks[k];
        if (!w || w.type !== T.Word) break;
        const lone = w.text.length === 1 && n === 0 && this.toks[k + 1]?.type !== T.Word && 'kKM'.includes(w.text);
        const s = SCALE_WORDS[w.low] ?? MULTIPLIER_WORDS[w.low] ?? RU_SCALE_WORDS[w.low]
          ?? (w.text.length > 1 || lone ? SCALE_ABBREVIATIONS[w.text] : undefined);
        if (s === undefined || (n > 0 && s <= scale)) break;
        if (w.low === 'dozens' || w.low === 'hundreds') break;
        if (w.low.endsWith('s') && SCALE_WORDS[w.low] !== undefined) scalePlural = true;
        scale *= s;
        k++;
        // "45 тыс. человек": the abbreviation's period belongs to the number.
        if (w.cyr && SCALE_ABBREVIATIONS[w.text] !== undefined && this.isSym(k, '.') && this.toks[k]!.glued) k++;
      }
    } else if (scale > 1 && next?.cyr && this.isSym(k, '.') && this.toks[k]!.glued) {
      k++; // "5млрд."
    }
    return {
      i0: i, i1: k, value: t.value * scale, base: t.value, scale, scalePlural, words: false,
      plain: t.plain && scale === 1, ambiguousM, gluedLetters, unitWord: null, isOne: false,
    };
  }

  /** English number words: "thirty", "twenty-five", "two hundred and six", "eight million", "a dozen", "half a million". */
  private wordCore(i: number): Core | Reject | null {
    const first = this.toks[i]!;
    let k = i;
    let total = 0;
    let cur = 0;
    let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'a' = 'none';
    let lastScale = Infinity;
    let scaleUsed = 1;
    let scalePlural = false;
    let unitWord: string | null = null;
    let any = false;
    if (first.low === 'half' && this.isWord(i + 1, 'a') && SCALE_WORDS[this.low(i + 2)] && !this.low(i + 2).endsWith('s')) {
      const s = SCALE_WORDS[this.low(i + 2)]!;
      return {
        i0: i, i1: i + 3, value: s / 2, base: 0.5, scale: s, scalePlural: false, words: true, plain: false,
        ambiguousM: false, gluedLetters: false, unitWord: null, isOne: false,
      };
    }
    if (first.low === 'a' || first.low === 'an') {
      const n = this.low(i + 1);
      if (!(n === 'hundred' || n === 'dozen' || (SCALE_WORDS[n] !== undefined && !n.endsWith('s')))) return null;
      cur = 1;
      last = 'a';
      k = i + 1;
    } else if (!NUMBER_WORD_START.has(first.low.split('-')[0]!)) {
      return null;
    }
    for (let steps = 0; k < this.toks.length && steps < 16; steps++) {
      const t = this.toks[k]!;
      if (t.type === T.Sym && RANGE_DASHES.has(t.text) && any && (last === 'tens') && SMALL[this.low(k + 1)] !== undefined
        && SMALL[this.low(k + 1)]! < 10) {
        k++; // "fifty - two"
        continue;
      }
      if (t.type !== T.Word) break;
      const parts = t.low.split('-');
      // A hyphenated word is one number ("twenty-five"), a number and a unit ("twenty-year"), or not a number.
      let consumed = 0;
      let stop = false;
      for (const [pi, part] of parts.entries()) {
        const small = SMALL[part];
        const tens = TENS[part];
        if (small !== undefined && small < 10) {
          if (last === 'unit' || last === 'teen') { stop = true; break; }
          cur += small;
          last = 'unit';
        } else if (small !== undefined) {
          if (last === 'unit' || last === 'teen' || last === 'tens') { stop = true; break; }
          cur += small;
          last = 'teen';
        } else if (tens !== undefined) {
          if (last === 'unit' || last === 'teen' || last === 'tens') { stop = true; break; }
          cur += tens;
          last = 'tens';
        } else if (part === 'hundred' && (last === 'unit' || last === 'teen' || last === 'a')) {
          cur *= 100;
          last = 'hundred';
        } else if (part === 'dozen' && (last === 'unit' || last === 'teen' || last === 'tens' || last === 'a')) {
          cur *= 12;
          last = 'hundred';
        } else if (SCALE_WORDS[part] !== undefined && last === 'scale' && cur === 0 && SCALE_WORDS[part]! >= lastScale
          && !part.endsWith('s')) {
          // "three lakh crore", "two thousand million": the scales multiply.
          total *= SCALE_WORDS[part]!;
          scaleUsed *= SCALE_WORDS[part]!;
          lastScale = scaleUsed;
        } else if (SCALE_WORDS[part] !== undefined && cur > 0 && SCALE_WORDS[part]! < lastScale
          && (!part.endsWith('s') || last !== 'a')) {
          const s = SCALE_WORDS[part]!;
          if (part.endsWith('s') && !['thousands', 'millions', 'billions', 'trillions'].includes(part)) { stop = true; break; }
          scalePlural ||= part.endsWith('s');
          total += cur * s;
          scaleUsed = s;
          cur = 0;
          lastScale = s;
          last = 'scale';
        } else if (pi > 0 && any && consumed === pi && UNIT_BY_FIRST.has(part)) {
          unitWord = part;
          consumed = parts.length;
          break;
        } else {
          stop = true;
          break;
        }
        consumed++;
        any = true;
      }
      if (consumed > 0 && consumed < parts.length) return null; // "ten-figures", "one-sided", "two-thirds"
      if (stop && consumed === 0) break;
      k++;
      if (stop || unitWord) break;
      // "one hundred and six", "two million and five hundred"
      if (this.isWord(k, 'and') && (last === 'hundred' || last === 'scale')
        && (SMALL[this.low(k + 1).split('-')[0]!] !== undefined || TENS[this.low(k + 1).split('-')[0]!] !== undefined)) k++;
      else if (this.isWord(k, 'and') && this.isWord(k + 1, 'a') && this.isWord(k + 2, 'half') && last !== 'scale') {
        cur += 0.5;
        k += 3;
      }
    }
    if (!any && last !== 'a') return null;
    if (last === 'a') return null;
    const value = total + cur;
    const isOne = value === 1 && scaleUsed === 1;
    return {
      i0: i, i1: k, value, base: scaleUsed > 1 ? value / scaleUsed : value, scale: scaleUsed, scalePlural, words: true,
      plain: false, ambiguousM: false, gluedLetters: false, unitWord, isOne,
    };
  }

  /**
   * Russian number words with their case forms: "двадцать пять", "двухсот тысяч", "полтора миллиона", "два
   * десятка" (20), "тысячу" (1000), "более миллиона" (a genitive scale alone needs the cue), "полмиллиона", and
   * compound duration adjectives ("пятилетний": 5 with the unit inside). Plurals alone ("тысячи", "десятки") are
   * vague and not read.
   */
  private ruWordCore(i: number): Core | null {
    const w0 = this.low(i);
    const made = (i1: number, value: number, scale: number, unitWord: string | null, isOne = false): Core => ({
      i0: i, i1, value, base: scale > 1 ? value / scale : value, scale, scalePlural: false, words: true, plain: false,
      ambiguousM: false, gluedLetters: false, unitWord, isOne,
    });
    for (const pre of RU_HALF_PREFIXES) {
      const s = w0.startsWith(pre) ? RU_SCALE_WORDS[w0.slice(pre.length)] : undefined;
      if (s !== undefined) return made(i + 1, s / 2, s, null);
    }
    const compound = ruCompoundYears(w0);
    if (compound !== null) return made(i + 1, compound, 1, 'летний');
    let total = 0;
    let cur = 0;
    let state: 'none' | 'hundred' | 'ten' | 'teen' | 'unit' | 'mult' | 'scale' = 'none';
    let lastScale = Infinity;
    let scaleUsed = 1;
    let one = false;
    let k = i;
    for (; k < this.toks.length && k < i + 12; k++) {
      const t = this.toks[k]!;
      if (t.type !== T.Word || !t.cyr) break;
      const w = t.low;
      const open = state === 'none' || state === 'scale';
      let v: number | undefined;
      if ((v = RU_HUNDREDS[w]) !== undefined && open) { cur += v; state = 'hundred'; }
      else if ((v = RU_TENS[w]) !== undefined && (open || state === 'hundred')) { cur += v; state = 'ten'; }
      else if ((v = RU_TEENS[w]) !== undefined && (open || state === 'hundred')) { cur += v; state = 'teen'; }
      else if ((v = RU_UNITS[w]) !== undefined && (open || state === 'hundred' || state === 'ten')) { cur += v; state = 'unit'; }
      else if (RU_ONE.has(w) && (open || state === 'hundred' || state === 'ten')) { one = state === 'none'; cur += 1; state = 'unit'; }
      else if (RU_ONE_AND_HALF.has(w) && state === 'none') { cur = 1.5; state = 'unit'; }
      else if ((v = RU_MULTIPLIERS[w]) !== undefined && (state === 'unit' || state === 'teen' || state === 'ten') && cur < 100) {
        cur *= v;
        state = 'mult';
      } else if ((v = RU_SCALE_WORDS[w]) !== undefined && v < lastScale && state !== 'scale') {
        if (cur > 0) {
          total += cur * v;
          cur = 0;
        } else if (state === 'none' && (RU_SCALE_ALONE.has(w) || (RU_SCALE_GENITIVE.has(w) && this.approxBefore(i)))) {
          if (this.low(i - 1) === 'за') return null; // "500 долларов за тысячу кубометров": a price's denominator
          total += v;
        } else break;
        lastScale = v;
        scaleUsed = v;
        state = 'scale';
      } else break;
    }
    if (k === i) return null;
    const value = total + cur;
    return made(k, value, scaleUsed, null, one && value === 1 && scaleUsed === 1);
  }

  /** A unit phrase starting at token `k` (exact symbols first, then lower-cased words). */
  unitAt(k: number): { phrase: UnitPhrase; end: number } | null {
    const t = this.toks[k];
    if (!t) return null;
    for (const key of [`=${t.text}`, t.low]) {
      const list = UNIT_BY_FIRST.get(key);
      if (!list) continue;
      for (const { words, phrase } of list) {
        let ok = true;
        for (let m = 0; m < words.length; m++) {
          const u = this.toks[k + m];
          if (!u || (phrase.exact ? u.text : u.low) !== words[m] || (m > 0 && u.type === T.Sym && !u.glued && words[m] === '.')) {
            ok = false;
            break;
          }
        }
        if (ok) return { phrase, end: k + words.length };
      }
    }
    return null;
  }

  /** A currency named at token `k` after a number: symbol, code, name, "US dollars", "of dollars". */
  currencyAfter(k: number, afterPluralScale: boolean): { code: string; end: number; factor?: number } | null {
    const t = this.toks[k];
    if (!t) return null;
    if (t.type === T.Sym && CURRENCY_SYMBOLS[t.text]) return { code: CURRENCY_SYMBOLS[t.text]!, end: k + 1 };
    if (t.type !== T.Word) return null;
    if (CURRENCY_CODES.has(t.text)) return { code: CODE_ALIASES[t.text] ?? t.text, end: k + 1 };
    if (afterPluralScale && t.low === 'of') return this.currencyAfter(k + 1, false);
    const word = this.currencyWords[t.low];
    if (word) {
      let end = k + 1;
      // "руб.", "долл. США", "долларов США": the abbreviation's period and the country belong to the currency.
      if (t.cyr && this.isSym(end, '.') && this.toks[end]!.glued && (t.low === 'руб' || t.low === 'долл')) end++;
      if (t.cyr && this.toks[end]?.text === 'США') end++;
      return { code: word, end };
    }
    const sub = CURRENCY_SUBUNITS[t.low];
    if (sub && this.low(k - 1) !== 'per') return { code: sub, end: k + 1, factor: 0.01 };
    if ((t.low === 'pounds' || t.low === 'pound') && this.low(k + 1) === 'sterling') return { code: 'GBP', end: k + 2 };
    // "US dollars", "Belarusian roubles", "Swiss francs", "New Zealand dollars".
    const n = this.toks[k + 1];
    if (n && n.type === T.Word) {
      const base = this.currencyWords[n.low] ?? (AMBIGUOUS_CURRENCY_WORDS[n.low] ? n.low : undefined);
      if (base) {
        const code = CURRENCY_ADJECTIVES[`${t.low} ${base}`];
        if (code) return { code, end: k + 2 };
      }
    }
    return null;
  }

  /** A currency written before the number: "€", "US$", "USD". Returns the index of the number. */
  currencyBefore(i: number): { code: string; numAt: number } | null {
    const t = this.toks[i];
    if (!t) return null;
    const numberAt = (k: number) => {
      const u = this.toks[k];
      return !!u && (u.type === T.Num || (u.type === T.Word && (NUMBER_WORD_START.has(u.low.split('-')[0]!) || u.low === 'a')));
    };
    if (t.type === T.Sym && CURRENCY_SYMBOLS[t.text] && numberAt(i + 1)) {
      return { code: CURRENCY_SYMBOLS[t.text]!, numAt: i + 1 };
    }
    if (t.type === T.Word && DOLLAR_PREFIXES[t.text] && this.isSym(i + 1, '$') && this.toks[i + 1]!.glued && numberAt(i + 2)) {
      return { code: DOLLAR_PREFIXES[t.text]!, numAt: i + 2 };
    }
    if (t.type === T.Word && CURRENCY_CODES.has(t.text) && this.toks[i + 1]?.type === T.Num) {
      return { code: CODE_ALIASES[t.text] ?? t.text, numAt: i + 1 };
    }
    return null;
  }

  /** A cue such as "more than" ending right before token `i`. */
  approxBefore(i: number): { approx: Approx; from: number; inSpan: boolean; words: string } | null {
    const last = this.toks[i - 1];
    if (!last) return null;
    const list = APPROX_BEFORE_BY_LAST.get(last.low);
    if (!list) return null;
    for (const { words, cue } of list) {
      const from = i - words.length;
      if (from < 0) continue;
      let ok = true;
      for (let m = 0; m < words.length; m++) if (this.low(from + m) !== words[m]) { ok = false; break; }
      if (!ok) continue;
      if (cue.words === 'about' && ABOUT_NOT_APPROX.has(this.low(from - 1))) continue;
      return { approx: cue.approx, from, inSpan: cue.inSpan, words: cue.words };
    }
    return null;
  }

  /** A cue such as "or more" starting at token `k`. */
  approxAfter(k: number): { approx: Approx; end: number } | null {
    const first = this.toks[k];
    if (!first) return null;
    const list = APPROX_AFTER_BY_FIRST.get(first.low);
    if (!list) return null;
    for (const { words, cue } of list) {
      let ok = true;
      for (let m = 0; m < words.length; m++) if (this.low(k + m) !== words[m]) { ok = false; break; }
      if (!ok) continue;
      if ((cue.words === '+' || cue.words === '- odd' || cue.words === '- plus') && !first.glued) continue;
      if (cue.words === 'plus' && this.toks[k + 1]?.type === T.Num) continue; // "5 plus 3"
      // "2000 лицензий и свыше 300 разрешений": a Russian cue before a number belongs to that number.
      if (first.cyr && this.startsNumber(k + words.length)) continue;
      return { approx: cue.approx, end: k + words.length };
    }
    return null;
  }

  /** True when a number (digits or a Russian number word) starts at token `k`. */
  startsNumber(k: number): boolean {
    const t = this.toks[k];
    if (!t) return false;
    if (t.type === T.Num) return true;
    return t.cyr && t.type === T.Word && this.ruWordCore(k) !== null;
  }

  /** "or equal (to)" at token `k`: the end of the phrase, or -1. */
  orEqual(k: number): number {
    for (const phrase of OR_EQUAL) {
      const words = phrase.split(' ');
      if (words.every((w, m) => this.low(k + m) === w)) return k + words.length;
    }
    return -1;
  }

  isPlural(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.type !== T.Word) return false;
    const w = t.low;
    if (IRREGULAR_PLURALS.has(w) || COMPOUND_PLURAL.test(w)) return true;
    if (NOT_PLURAL.has(w) || FUNCTION_WORDS.has(w) || w.length < 3) return false;
    if (!w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith("'s")) return false;
    if (ENGLISH_MONTHS.has(w) || this.currencyWords[w]) return false;
    return true;
  }

  /** The word after an opening quote glued to it ("‘coalitions’" → "coalitions"), else `k`. */
  afterOpenQuote(k: number): number {
    const t = this.toks[k];
    return t?.type === T.Sym && QUOTES.has(t.text) && this.toks[k + 1]?.glued ? k + 1 : k;
  }

  /** `end`, moved past a closing quote glued to the word before it. */
  pastCloseQuote(end: number): number {
    const t = this.toks[end];
    return t?.type === T.Sym && QUOTES.has(t.text) && t.glued ? end + 1 : end;
  }

  /** A counted noun phrase at `k`: up to three modifiers and a plural noun ("eight multinational combat groups"). */
  countNoun(k: number): { first: number; head: number; end: number } | null {
    const at = this.toks[k];
    if (at?.cyr || (at?.type === T.Sym && QUOTES.has(at.text) && this.toks[k + 1]?.cyr)) return this.ruCountNoun(k);
    const first = this.afterOpenQuote(k);
    const quote = first !== k;
    let j = first;
    for (let n = 0; n < 4; n++, j++) {
      const t = this.toks[j];
      if (!t || t.type !== T.Word) return null;
      if (this.isPlural(j)) {
        if (NOT_COUNTED.has(t.low)) return null;
        return { first, head: j, end: quote ? this.pastCloseQuote(j + 1) : j + 1 };
      }
      const w = t.low;
      if ((FUNCTION_WORDS.has(w) && !ADJECTIVAL.has(w)) || NUMBER_WORD_START.has(w) || SCALE_WORDS[w] !== undefined
        || TIME_UNITS.has(w)
        || ENGLISH_MONTHS.has(w) || this.currencyWords[w] || w.length < 2) return null;
    }
    return null;
  }

  /**
   * A Russian counted noun phrase at `k`: up to three adjectives ("казахстанских", "новых") and a noun in
   * whatever case the number governs ("300 компаний", "два моста", "45 тыс. человек"). Verbs ("45 получают"),
   * function words, months, units and time words are refused, so is a capitalised word (a name).
   */
  ruCountNoun(k: number): { first: number; head: number; end: number } | null {
    const first = this.afterOpenQuote(k);
    const quote = first !== k;
    let j = first;
    for (let n = 0; n < 4; n++, j++) {
      const t = this.toks[j];
      if (!t || t.type !== T.Word || !t.cyr) return null;
      const w = t.low;
      const upper = t.text !== w && t.text === t.text.toUpperCase() && t.text.length >= 2;
      if (!upper && t.text[0] !== w[0]) return null; // a capitalised name
      if (RU_FUNCTION_WORDS.has(w) || RU_NOT_COUNTED.has(w) || RU_MONTHS[w] !== undefined || this.currencyWords[w]
        || RU_SCALE_WORDS[w] !== undefined || RU_MULTIPLIERS[w] !== undefined || RU_UNITS[w] !== undefined
        || RU_TENS[w] !== undefined || RU_HUNDREDS[w] !== undefined || RU_ONE.has(w) || w.length < 2) return null;
      if (!upper && ruVerbLike(w)) return null;
      const nextWord = this.toks[j + 1];
      if (!upper && n < 3 && RU_ADJECTIVE.test(w) && nextWord?.cyr && !nextWord.glued) continue;
      return { first, head: j, end: quote ? this.pastCloseQuote(j + 1) : j + 1 };
    }
    return null;
  }
}

/** Endings of Russian adjectives and participles before a counted noun ("новых", "казахстанские", "новый"). */
const RU_ADJECTIVE = /(?:ых|их|ые|ие|ыми|ими|ый|ая|яя|ое|ее)$/;
/** Endings of Russian verb forms, adverbs and comparatives, which are never what a number counts. */
const RU_VERB_END = /(?:ют|ут|ят|ат|ть|ться|тся|ли|лся|лась|лось|лись|ешь|ишь|ете|ите|ому|ему|ски|о)$/;
/** Genitive plurals that end like verbs ("500 солдат", "10 валют"). */
const RU_NOUNS_LIKE_VERBS = new Set(['солдат', 'ребят', 'котят', 'валют', 'минут', 'граждан', 'бюро', 'депо', 'кино', 'метро', 'казино']);

/** True for a Cyrillic word that starts with one of `stems`. */
function hasRuStem(w: string, stems: readonly string[]): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x400 || c > 0x4ff) return false;
  for (const s of stems) if (w.startsWith(s)) return true;
  return false;
}

/** Russian words that end a backward read of `of` or are skipped before it: function and link words, change verbs. */
function isRuLink(w: string): boolean {
  return RU_FUNCTION_WORDS.has(w) || RU_LINK_WORDS.has(w) || hasRuStem(w, RU_CHANGE_STEMS);
}
/** Russian words of time that are never what is measured ("в прошлом году", "сегодня"). */
const RU_TIME_WORDS = new Set(['год', 'года', 'году', 'годы', 'годах', 'прошлом', 'этом', 'текущем', 'следующем',
  'полугодии', 'квартале', 'месяце', 'сегодня', 'сейчас', 'ныне', 'ежегодно']);

/** Ordinals before "половина" that make it a part of a period ("в первой половине года"). */
const RU_PERIOD_ORDINALS = new Set(['первая', 'первой', 'первую', 'вторая', 'второй', 'вторую', 'последней', 'последняя',
  'последнюю', 'ближайшей', 'ближайшую', 'минувшей', 'прошлой', 'эту', 'этой', 'эта', 'та', 'той', 'ту']);
/** Words after a fraction that make it a part of a period ("половина года", "треть века"). */
const RU_TIME_WORDS_AFTER_FRACTION = new Set(['года', 'дня', 'века', 'месяца', 'недели', 'срока', 'пути', 'столетия',
  'десятилетия', 'часа', 'ночи', 'матча', 'игры', 'времени', 'жизни', 'суток']);
const RU_MORE = new Set(['больше', 'выше', 'дороже', 'быстрее', 'чаще', 'сильнее', 'шире']);
const RU_LESS = new Set(['меньше', 'ниже', 'дешевле', 'медленнее', 'реже', 'слабее', 'уже']);
/** Stems of Russian words of increase and decrease, for multiples ("вырос вдвое" is +100%, "сократился вдвое" -50%). */
const RU_UP_STEMS = ['вырос', 'выраст', 'возрос', 'увелич', 'повыс', 'повыш', 'рост', 'прирост', 'подорож', 'нарост',
  'нараст', 'расшир', 'умнож', 'подскоч', 'поднял', 'поднима', 'удво', 'утро'];
const RU_DOWN_STEMS = ['сократ', 'сокращ', 'сниз', 'сниж', 'упал', 'упад', 'уменьш', 'пониз', 'пониж', 'подешев', 'обвал',
  'сузи', 'упрост', 'просел', 'просяд', 'потерял'];

/** A word of change in either language: "rose", "increase", "вырос", "снижение". */
function isChangeWord(w: string): boolean {
  return CHANGE_WORDS.has(w) || hasRuStem(w, RU_CHANGE_STEMS);
}

function ruVerbLike(w: string): boolean {
  if (RU_NOUNS_LIKE_VERBS.has(w)) return false;
  if (RU_VERB_END.test(w)) return true;
  // Past tense in -ал/-ил/-ел/-ыл/-ял ("получил"), but not short genitive plurals ("сил", "дел").
  return w.length > 4 && /(?:ал|ил|ел|ыл|ял)$/.test(w);
}

/** "пятилетний" → 5, "двадцатипятилетнего" → 25: genitive number stems followed by "летн…"; else null. */
function ruCompoundYears(w: string): number | null {
  const at = w.indexOf('летн');
  if (at < 3) return null;
  let rest = w.slice(0, at);
  let value = 0;
  for (let guard = 0; rest && guard < 3; guard++) {
    let hit = '';
    for (const stem of Object.keys(RU_COMPOUND_STEMS)) if (rest.startsWith(stem) && stem.length > hit.length) hit = stem;
    if (!hit) return null;
    value += RU_COMPOUND_STEMS[hit]!;
    rest = rest.slice(hit.length);
  }
  return rest ? null : value;
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates

interface Candidate {
  /** Token range of the quoted span. */
  i0: number;
  i1: number;
  /** Token range of the number (and unit) itself, without approximation cues. */
  n0: number;
  n1: number;
  value: number;
  unit: Unit;
  approx: Approx;
  kind: QuantityKind | null;
  /** For counts: the counted noun phrase. */
  noun: { first: number; head: number; end: number } | null;
  /** End of the previous quantity: `of` is not read across it. */
  floor?: number;
}

interface Published {
  readonly year: number;
  readonly month: number;
}

function parsePublished(p: string | null): Published | null {
  const m = p ? /^(\d{4})-(\d{2})/.exec(p) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

interface TimeMention {
  readonly i0: number;
  readonly i1: number;
  readonly value: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
function addMonths(p: Published, delta: number): string {
  const m = p.year * 12 + (p.month - 1) + delta;
  return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
}

class SentenceReader extends Reader {
  readonly clause: number[];
  /** The sentence has Cyrillic words: Russian cues decide kinds and periods. */
  readonly ru: boolean;

  constructor(toks: readonly Tok[], text: string, currencyWords: Readonly<Record<string, string>>, readonly published: Published | null) {
    super(toks, text, currencyWords);
    this.clause = new Array<number>(toks.length);
    this.ru = toks.some((t) => t.cyr);
    let c = 0;
    for (const [i, t] of toks.entries()) {
      // A spaced dash breaks a clause; a glued one is a range or a compound.
      if (t.type === T.Sym && (CLAUSE_BREAKS.has(t.text) || (t.text === '-' && !t.glued && !toks[i + 1]?.glued))) {
        if ((t.text === '\u2013' || t.text === '\u2014') && t.glued && toks[i + 1]?.glued) {
          this.clause[i] = c;
          continue;
        }
        if (t.text === ',' && toks[i - 1]?.type === T.Num && toks[i + 1]?.type === T.Num && t.glued) {
          this.clause[i] = c;
          continue;
        }
        c++;
        this.clause[i] = c;
        c++;
        continue;
      }
      this.clause[i] = c;
    }
  }

  lastCurrency: string | null = null;
  lastCurrencyClause = -1;

  read(): Candidate[] {
    const out: Candidate[] = [];
    let floor = 0;
    for (let i = 0; i < this.toks.length;) {
      const c = this.candidateAt(i, floor);
      if (c && c !== 'skip') {
        c.floor = floor;
        if (/^[A-Z]{3}$/.test(c.unit)) {
          this.lastCurrency = c.unit;
          this.lastCurrencyClause = this.clause[c.n0] ?? -1;
        }
        out.push(c);
        floor = c.i1;
        i = Math.max(c.i1, i + 1);
      } else if (c === 'skip') {
        i = this.skipNumber(i);
      } else i++;
    }
    return out;
  }

  /** Past a number that is not a quantity, with its glued suffix ("14th", "1990s"). */
  private skipNumber(i: number): number {
    let k = i + 1;
    while (this.toks[k]?.glued && this.toks[k]!.type !== T.Sym) k++;
    return k;
  }

  private candidateAt(i: number, floor: number): Candidate | Reject | null {
    const t = this.toks[i]!;
    if (t.type === T.Word) {
      const special = this.special(i, floor);
      if (special) return special;
    }
    let currency: string | null = null;
    let numAt = i;
    const before = this.currencyBefore(i);
    if (before) {
      currency = before.code;
      numAt = before.numAt;
    } else if (t.type === T.Sym) return null;
    const core = this.core(numAt);
    if (core === null) return null;
    if (core === 'skip') return before ? null : 'skip';
    if (!before) {
      const ratio = this.ratio(i, core);
      if (ratio) return ratio;
    }
    return this.around(i, core, currency, floor);
  }

  /** "one in five Belgians", "3 out of 10 firms": a share, 20 and 30 percent. */
  private ratio(i: number, core: Core): Candidate | null {
    let k = core.i1;
    if (this.low(k) === 'in') k++;
    else if (this.low(k) === 'out' && this.low(k + 1) === 'of') k += 2;
    else return null;
    const second = this.core(k);
    if (!second || second === 'skip' || second.isOne || second.value <= core.value || core.value <= 0) return null;
    if (second.plain && second.value >= 1000 && second.value <= 2100) return null; // "2 in 2024"
    if (second.words !== core.words && !(core.isOne && second.words)) return null;
    if (this.unitAt(second.i1) || this.currencyAfter(second.i1, false)) return null;
    return {
      i0: i, i1: second.i1, n0: i, n1: second.i1, value: round((100 * core.value) / second.value), unit: 'percent',
      approx: 'exact', kind: 'share', noun: null,
    };
  }

  /** "halved", "more than half", "a third of", "two-thirds of", "by half". */
  private special(i: number, floor: number): Candidate | null {
    if (this.toks[i]!.cyr) return this.ruSpecial(i, floor);
    const w = this.low(i);
    const multiple = CHANGE_MULTIPLES[w];
    if (multiple !== undefined) {
      return { i0: i, i1: i + 1, n0: i, n1: i + 1, value: multiple, unit: 'percent', approx: 'exact', kind: 'change', noun: null };
    }
    let fracAt = -1;
    let frac = 0;
    const next1 = this.low(i + 1);
    const hyphenated = /^(one|two|three|four)-(thirds?|quarters?|fifths?)$/.exec(w);
    if (w === 'half') {
      fracAt = i;
      frac = 50;
    } else if ((w === 'a' || w === 'one') && (next1 === 'third' || next1 === 'quarter' || next1 === 'fifth')) {
      fracAt = i + 1;
      frac = FRACTION_WORDS[next1]!;
    } else if ((w === 'two' || w === 'three' || w === 'four') && (next1 === 'thirds' || next1 === 'quarters' || next1 === 'fifths')) {
      fracAt = i + 1;
      frac = FRACTION_WORDS[next1]! * SMALL[w]!;
    } else if (hyphenated) {
      fracAt = i;
      frac = FRACTION_WORDS[hyphenated[2]!]! * SMALL[hyphenated[1]!]!;
    }
    if (fracAt < 0 || frac >= 100) return null;
    const next = this.low(fracAt + 1);
    const prev = this.low(i - 1);
    if (next === 'a' || next === 'an' || NOT_BEFORE_FRACTION.has(prev)) return null; // "half a century", "the first half"
    if (next === 'of') {
      // "half of 2025", "a quarter of the year" are periods.
      const o = this.toks[fracAt + 2];
      if (!o || o.type === T.Num || TIME_WORDS.has(o.low)
        || (['this', 'last', 'next', 'the', 'a', 'that'].includes(o.low) && TIME_WORDS.has(this.low(fracAt + 3)))) return null;
    }
    const value = round(frac);
    if (prev === 'by' || (prev === 'in' && CUT_WORDS.has(this.low(i - 2)))) {
      return { i0: i, i1: fracAt + 1, n0: i, n1: fracAt + 1, value, unit: 'percent', approx: 'exact', kind: 'change', noun: null };
    }
    const cue = this.approxBefore(i);
    const useCue = cue && cue.from >= floor ? cue : null;
    if (!useCue && next !== 'of') return null;
    return {
      i0: useCue?.inSpan ? useCue.from : i, i1: fracAt + 1, n0: i, n1: fracAt + 1, value, unit: 'percent',
      approx: useCue ? useCue.approx : 'exact', kind: 'share', noun: null,
    };
  }

  /**
   * Russian shares and multiples in words: "более половины" (50, over), "треть бюджета", "две трети" (66.7),
   * "сократился на треть" (a change), "вырос вдвое" / "в два раза" (100), "снизился вдвое" (50). A multiple
   * needs a word of direction near it; "в первой половине года" is a period.
   */
  private ruSpecial(i: number, floor: number): Candidate | null {
    const w = this.low(i);
    // Multiples: "вдвое", "втрое", "вчетверо", "в N раз(а)".
    let times = 0;
    let end = i + 1;
    if (w === 'вдвое') times = 2;
    else if (w === 'втрое') times = 3;
    else if (w === 'вчетверо') times = 4;
    else if (w === 'в') {
      const n = this.core(i + 1);
      if (n && n !== 'skip' && n.scale === 1 && n.value > 1 && n.value <= 100 && (this.low(n.i1) === 'раза' || this.low(n.i1) === 'раз')) {
        times = n.value;
        end = n.i1 + 1;
      }
    }
    if (times) {
      const dir = this.ruDirection(i, end);
      if (!dir) return null;
      const value = round(dir === 'up' ? (times - 1) * 100 : (1 - 1 / times) * 100);
      const cue = this.approxBefore(i);
      const useCue = cue && cue.from >= floor && cue.inSpan ? cue : null;
      return {
        i0: useCue ? useCue.from : i, i1: end, n0: i, n1: end, value, unit: 'percent', approx: useCue ? useCue.approx : 'exact',
        kind: 'change', noun: null,
      };
    }
    // "каждый пятый житель": one in five.
    const every = RU_EVERY.has(w) ? RU_EVERY_ORDINALS[this.low(i + 1)] : undefined;
    if (every !== undefined) {
      return { i0: i, i1: i + 2, n0: i, n1: i + 2, value: round(every), unit: 'percent', approx: 'exact', kind: 'share', noun: null };
    }
    // Fractions.
    let frac = RU_FRACTION_WORDS[w];
    let fracAt = i;
    if (frac === undefined && (RU_UNITS[w] === 2 || RU_UNITS[w] === 3) && RU_FRACTION_WORDS[this.low(i + 1)] !== undefined
      && this.low(i + 1) !== 'половины' && this.low(i + 1) !== 'половина') {
      frac = RU_FRACTION_WORDS[this.low(i + 1)]! * RU_UNITS[w]!;
      fracAt = i + 1;
    }
    if (frac === undefined || frac >= 100) return null;
    const prev = this.low(i - 1);
    const next = this.toks[fracAt + 1];
    if (RU_PERIOD_ORDINALS.has(prev) || (next?.cyr && RU_TIME_WORDS_AFTER_FRACTION.has(next.low)) || next?.type === T.Num) return null;
    const value = round(frac);
    if (prev === 'на' && this.changeInClause(i - 1, 30)) {
      return { i0: i, i1: fracAt + 1, n0: i, n1: fracAt + 1, value, unit: 'percent', approx: 'exact', kind: 'change', noun: null };
    }
    const cue = this.approxBefore(i);
    const useCue = cue && cue.from >= floor ? cue : null;
    const genitive = !!next?.cyr && next.type === T.Word && next.text[0] === next.low[0] && !RU_FUNCTION_WORDS.has(next.low);
    if (!useCue && !genitive) return null;
    return {
      i0: useCue?.inSpan ? useCue.from : i, i1: fracAt + 1, n0: i, n1: fracAt + 1, value, unit: 'percent',
      approx: useCue ? useCue.approx : 'exact', kind: 'share', noun: null,
    };
  }

  /** "из них 45", "среди которых около 30": a bare number that counts the things named before. */
  private ruPartitive(i: number): boolean {
    const cue = this.approxBefore(i);
    const at = cue ? cue.from : i;
    const a = this.low(at - 2);
    const b = this.low(at - 1);
    if (!((a === 'из' || a === 'среди') && (b === 'них' || b === 'которых' || b === 'этого' || b === 'этих'))) return false;
    const next = this.toks[this.toks[i]!.type === T.Num ? i + 1 : i + 1];
    return !next || next.type === T.Sym || (next.cyr && next.text[0] === next.low[0]);
  }

  /** 'up' or 'down' from the Russian words of change around a multiple ("вырос вдвое", "в три раза меньше"). */
  private ruDirection(i: number, end: number): 'up' | 'down' | null {
    const after = this.low(end);
    if (RU_MORE.has(after)) return 'up';
    if (RU_LESS.has(after)) return 'down';
    const clause = this.clause[i] ?? 0;
    for (let j = i - 1; j >= 0 && j >= i - 8 && this.clause[j] === clause; j--) {
      const t = this.low(j);
      if (hasRuStem(t, RU_UP_STEMS)) return 'up';
      if (hasRuStem(t, RU_DOWN_STEMS)) return 'down';
    }
    for (let j = end; j < this.toks.length && j < end + 3 && this.clause[j] === clause; j++) {
      const t = this.low(j);
      if (hasRuStem(t, RU_UP_STEMS)) return 'up';
      if (hasRuStem(t, RU_DOWN_STEMS)) return 'down';
    }
    return null;
  }

  /** Everything around a number: ranges, currency, scale, unit, counted noun, approximation. */
  private around(i: number, core: Core, prefixCurrency: string | null, floor: number): Candidate | Reject | null {
    let currency = prefixCurrency;
    let value = core.value;
    let approx: Approx = 'exact';
    let k = core.i1;
    let isRange = false;
    let low = value;
    let high = value;
    let elided = -1;
    const startLow = this.low(i - 1);
    const range = this.rangeAfter(i, core, currency);
    if (range && 'elided' in range) {
      elided = range.elided;
      // "с 50 до 65 тыс. рублей": the second number's scale is the first's too.
      if (this.ru && core.scale === 1 && range.scale > 1 && !core.words) {
        core = { ...core, value: core.value * range.scale, scale: range.scale, plain: false };
        value = core.value;
      }
    } else if (range) {
      isRange = true;
      low = range.low;
      high = range.high;
      k = range.second.i1;
      const second = range.second;
      core = { ...core, ambiguousM: second.ambiguousM, gluedLetters: second.gluedLetters, unitWord: second.unitWord, plain: false };
    }

    // Units after the number.
    let unit: Unit | null = null;
    let factor = 1;
    let unitEnd = k;
    if (core.ambiguousM) {
      const m = k;
      if (currency || this.currencyAfter(m + 1, false) || this.unitAt(m + 1) || this.countNoun(m + 1)) {
        factor = 1e6;
        k++;
        unitEnd = k;
        core = { ...core, ambiguousM: false };
      }
    }
    const named = this.currencyAfter(k, core.scalePlural);
    if (!currency && named) {
      currency = named.code;
      unitEnd = named.end;
      factor *= named.factor ?? 1;
    } else if (currency && named && named.code === currency && !named.factor) {
      unitEnd = named.end; // "$10,000 dollars"
    }
    if (!currency) {
      if (core.unitWord) {
        const phrase = UNIT_BY_FIRST.get(core.unitWord)?.find((p) => p.words.length === 1);
        if (phrase) {
          unit = phrase.phrase.unit;
          factor *= phrase.phrase.factor;
          unitEnd = k;
        }
      } else {
        let u = this.unitAt(k);
        // "20-year", "10-km": a glued hyphen and a unit word, possibly itself hyphenated ("year-old").
        if (!u && this.isSym(k, '-') && this.toks[k]!.glued && this.toks[k + 1]?.glued && this.toks[k + 1]!.type === T.Word) {
          const head = this.toks[k + 1]!.low.split('-')[0]!;
          const phrase = UNIT_BY_FIRST.get(head)?.find((p) => p.words.length === 1)
            ?? UNIT_BY_FIRST.get(`=${this.toks[k + 1]!.text.split('-')[0]}`)?.find((p) => p.words.length === 1);
          if (phrase) u = { phrase: phrase.phrase, end: k + 2 };
        }
        if (u && (!u.phrase.exact || u.phrase.words[0] !== 't' || this.toks[k]!.glued || this.low(u.end) === 'of')) {
          unit = u.phrase.unit;
          factor *= u.phrase.factor;
          unitEnd = u.end;
        }
      }
    }
    if (unit === null && !currency && elided >= 0 && !core.gluedLetters && !core.ambiguousM) {
      const u = this.unitAt(elided);
      const cur = u ? null : this.currencyAfter(elided, false);
      if (u && PERCENTISH.has(u.phrase.unit)) unit = u.phrase.unit;
      else if (cur) currency = cur.code;
    }
    if (currency) unit = currency;
    if (unit === 'percent' && this.low(i - 1) === 'the' && /^\p{Lu}\p{Ll}+$/u.test(this.toks[unitEnd]?.text ?? '')) return null;
    if (core.gluedLetters && unit === null) return 'skip';
    if (core.ambiguousM && unit === null) return 'skip';

    // Approximation after the number ("500 or more", "20-odd", "100-plus").
    let after = this.approxAfter(unitEnd);
    let spanEnd = unitEnd;
    if (after) {
      approx = after.approx;
      spanEnd = after.end;
    }
    let noun: Candidate['noun'] = null;
    if (unit === null) {
      noun = this.countNoun(after ? after.end : k);
      if (noun) {
        unit = 'count';
        spanEnd = noun.end;
        const post = after ? null : this.approxAfter(noun.end);
        if (post && post.approx !== 'over') {
          after = post;
          approx = post.approx;
          spanEnd = post.end;
        }
      } else if (!core.words && core.scale >= 1000 && !core.scalePlural && !after && this.lastCurrency !== null
        && this.clause[i] === this.lastCurrencyClause) {
        // A scaled number with nothing after it shares the currency of its clause ("$5bn this year and 6bn next").
        unit = this.lastCurrency;
      } else if (this.ru && !after && this.ruPartitive(i)) {
        unit = 'count'; // "из них 45 работают": a count of what "них" refers to
      } else return null;
    }

    // Durations: "five years ago" is a date, not a quantity.
    if (unit === 'year') {
      // "five years ago", "ten years from now", "20-year-olds" are dates and ages, not durations.
      const w = this.low(unitEnd);
      if (LATER_WORDS.has(w) || (w === 'from' && this.low(unitEnd + 1) === 'now')) return null;
      if (this.low(unitEnd - 1).endsWith('-olds')) return null;
      // "два года назад", "через пять лет": points in time.
      if (RU_LATER_WORDS.has(w) || RU_BEFORE_LATER.has(this.low(i - 1))) return null;
      // "в 2024 году", "2020-2024 годы": a year named with the word for year; "1500 лет" stays a duration.
      if (core.plain && core.value >= 1000 && core.value <= 2100 && this.toks[unitEnd - 1]?.cyr && this.low(unitEnd - 1) !== 'лет') {
        return null;
      }
    }

    const prev = this.low(i - 1);
    const prevTok = this.toks[i - 1];
    // "one" is a pronoun or determiner unless a real unit follows.
    if (core.isOne && (unit === 'count' || unit === 'year')) return null;
    if (unit === 'count' || unit === 'year') {
      // Labels and names: "Article 5", "top 5", "No. 3".
      const labelAt = prevTok?.type === T.Sym && prevTok.text === '.' ? i - 2 : i - 1;
      if (LABEL_WORDS.has(this.low(labelAt))) return null;
      // Glued to what precedes it ("Ktzi200/2007 wells", "#3", "v2"): part of an identifier.
      if (this.toks[i]!.glued && prevTok && (prevTok.type !== T.Sym || '/#№.:-_'.includes(prevTok.text))) return null;
    }
    if (unit === 'count') {
      if (value === 0) return null;
      if (noun && core.words && i > 0 && /^\p{Lu}/u.test(this.toks[i]!.text) && /^\p{Lu}/u.test(this.toks[noun.first]!.text)
        && this.toks[i - 1]!.type === T.Word) return null;
      if (noun && AMBIGUOUS_CURRENCY_WORDS[this.low(noun.head)]) return null;
      // A capitalised word before digits makes them a model or a name ("Boeing 737 jets", "Stream 2 pipes").
      if (!core.words && prevTok?.type === T.Word && /^\p{Lu}/u.test(prevTok.text) && i - 1 > 0
        && !FUNCTION_WORDS.has(prevTok.low) && !YEAR_PREPOSITIONS.has(prevTok.low)) return null;
      if (core.plain && value >= 1000 && value <= 2100) {
        if (YEAR_PREPOSITIONS.has(prev) || (prevTok?.type === T.Word && /^\p{Lu}/u.test(prevTok.text) && i > 0)) return null;
      }
      if (noun && ENGLISH_MONTHS.has(this.low(noun.head))) return null;
      if (noun && RU_MONTHS[this.low(noun.head)] !== undefined) return null; // "15 апреля"
    }
    if (core.words && value > 0 && value < 1 && unit === 'count') return null;

    // Scale and factor.
    if (isRange) {
      low *= factor;
      high *= factor;
    } else value *= factor;

    // Approximation before the number, and the quoted span's start.
    let i0 = i;
    let cue = this.approxBefore(i);
    // "over ten years" is usually "during ten years"; "for over ten years" is more than ten.
    if (cue && unit === 'year' && this.low(cue.from) === 'over' && cue.from === i - 1
      && !['for', 'of', 'lasted', 'lasting', 'took', 'spanning', 'spans', 'than'].includes(this.low(cue.from - 1))) cue = null;
    // "вырос до 5%", "довести до 2 млн тонн": "до" names the level reached, not an upper bound.
    if (cue && cue.words === 'до' && this.ruTargetBefore(cue.from)) cue = null;
    if (cue && cue.from >= floor) {
      if (approx === 'exact') approx = cue.approx;
      if (cue.inSpan) i0 = cue.from;
    } else if (isRange && (startLow === 'between' || startLow === 'от') && i - 1 >= floor) {
      i0 = i - 1;
    }
    const eq = this.orEqual(spanEnd);
    if (eq >= 0 && (approx === 'over' || approx === 'under')) {
      approx = approx === 'over' ? 'at_least' : 'up_to';
      spanEnd = eq;
    }
    if (isRange) {
      if (approx === 'over' || approx === 'at_least') value = low;
      else if (approx === 'under' || approx === 'up_to') value = high;
      else {
        value = (low + high) / 2;
        approx = 'about';
      }
    }
    if (!Number.isFinite(value)) return null;
    return { i0, i1: spanEnd, n0: i, n1: unitEnd, value: round(value), unit, approx, kind: null, noun };
  }

  /**
   * A range after the number `core` that starts at token `i`: "430–450 billion", "20 to 30", "between 20 and 30",
   * "20 through 100". "from 18 to 20" after a change word is two values, not a range: the first takes the
   * second's unit (`elided` is where that unit starts).
   */
  rangeAfter(i: number, core: Core, currency: string | null): { low: number; high: number; second: Core } | { elided: number; scale: number } | null {
    const k = core.i1;
    const con = this.toks[k];
    const startLow = this.low(i - 1);
    if (!con || core.gluedLetters || core.unitWord) return null;
    const isCon = (con.type === T.Sym && (RANGE_DASHES.has(con.text) || con.text === '~')) || con.low === 'to' || con.low === 'through'
      || (con.low === 'and' && startLow === 'between')
      || (con.low === 'до' && (startLow === 'от' || startLow === 'с' || startLow === 'со'));
    if (!isCon) return null;
    let k2 = k + 1;
    if (currency && this.toks[k2]?.type === T.Sym && CURRENCY_SYMBOLS[this.toks[k2]!.text] === currency) k2++;
    const second = this.core(k2);
    if (!second || second === 'skip') return null;
    if ((startLow === 'from' || startLow === 'с' || startLow === 'со') && this.changeInClause(i, 30)) {
      return { elided: second.i1, scale: second.scale };
    }
    if (second.isOne || !(second.words === core.words || con.low === 'to' || con.low === 'до')) return null;
    let lo = core.value;
    const hi = second.value;
    if (core.scale === 1 && second.scale > 1 && core.value < second.base) lo = core.value * second.scale;
    const yearish = core.plain && second.plain && core.value >= 1000 && core.value <= 2100 && hi >= 1000 && hi <= 2100;
    // "+1-222-2222", "123-45-67": identifiers, not ranges.
    const after = this.toks[second.i1];
    const id = con.type === T.Sym && ((this.isSym(i - 1, '+') && this.toks[i]!.glued)
      || (after?.type === T.Sym && after.glued && (RANGE_DASHES.has(after.text) || after.text === '/') && this.toks[second.i1 + 1]?.type === T.Num));
    return lo < hi && !yearish && !id ? { low: lo, high: hi, second } : null;
  }

  /** True when the clause before token `i` has a change word (at most `max` tokens back). */
  changeInClause(i: number, max: number): boolean {
    const clause = this.clause[i] ?? 0;
    for (let j = i - 1; j >= 0 && j >= i - max && this.clause[j] === clause; j--) {
      const w = this.low(j);
      if (isChangeWord(w) && !NOT_CHANGE_AFTER.has(this.low(j + 1))) return true;
    }
    return false;
  }

  /** A Russian verb of change or reaching in the clause before token `i` ("вырос … до", "довести … до"). */
  ruTargetBefore(i: number): boolean {
    const clause = this.clause[i] ?? 0;
    for (let j = i - 1; j >= 0 && j >= i - 12 && this.clause[j] === clause; j--) {
      if (hasRuStem(this.low(j), RU_TARGET_STEMS)) return true;
    }
    return false;
  }

  /** A Russian word of share in the clause before token `i`, or right after the quantity ("доля", "% ВВП"). */
  ruShareAround(i0: number, i1: number): boolean {
    if (RU_SHARE_WORDS.has(this.low(i1))) return true;
    const clause = this.clause[i0] ?? 0;
    for (let j = i0 - 1; j >= 0 && j >= i0 - 12 && this.clause[j] === clause; j--) {
      if (RU_SHARE_WORDS.has(this.low(j))) return true;
    }
    return false;
  }

  kindOf(c: Candidate): QuantityKind {
    if (c.kind) return c.kind;
    const prev = this.low(c.i0 - 1);
    const prev2 = this.low(c.i0 - 2);
    const next = this.low(c.i1);
    const pct = PERCENTISH.has(c.unit);
    if (this.ru) {
      // Russian: "на 5%" is a change ("by"), "до 5%" a level reached ("to"), "доля … 5%" and "5% ВВП" shares.
      const before = this.low(c.n0 - 1);
      if (before === 'на' && (pct || this.changeInClause(c.i0, 30))) return 'change';
      if (!pct) return 'level';
      if (this.ruShareAround(c.i0, c.i1)) return 'share';
      if (before === 'до' || before === 'с' || before === 'от') return 'share';
      if (isChangeWord(prev) || this.changeInClause(c.i0, 30)) return 'change';
      return c.unit === 'percent' ? 'share' : 'change';
    }
    if (prev === 'of' && CHANGE_NOUNS.has(prev2) && prev2 !== 'more' && prev2 !== 'less') return 'change';
    if (prev === 'by' && (pct || this.changeInClause(c.i0 - 1, 30))) return 'change';
    if (!pct) return 'level';
    if (this.inflationBefore(c.i0)) return 'change';
    if (prev === 'up' || prev === 'down' || (CHANGE_WORDS.has(prev) && !['inflation', 'growth'].includes(prev))) return 'change';
    if (CHANGE_NOUNS.has(next) || (next === 'year' && this.low(c.i1 + 1) === 'on')) return 'change';
    if (prev === 'to' || prev === 'at' || prev === 'from') return 'share';
    if (this.changeInClause(c.i0, 30)) return 'change';
    return c.unit === 'percent' ? 'share' : 'change';
  }

  /** "inflation", "growth" as the subject of the clause before a percentage. */
  private inflationBefore(i: number): boolean {
    const clause = this.clause[i] ?? 0;
    for (let j = i - 1; j >= 0 && j >= i - 12 && this.clause[j] === clause; j--) {
      const w = this.low(j);
      if (w === 'inflation' || w === 'deflation' || w === 'growth') return true;
    }
    return false;
  }

  // -------------------------------------------------------------------------------------------------------------
  // `of`: what is measured

  ofText(c: Candidate): string | null {
    if (c.n1 - c.n0 === 1 && CHANGE_MULTIPLES[this.low(c.n0)] !== undefined) {
      // "has halved its staff": the object.
      const k = DETERMINERS.has(this.low(c.i1)) ? c.i1 + 1 : c.i1;
      const np = this.forwardPhrase(k, 4);
      return np ? this.slice(k, np.end) : this.backwardPhrase(c.i0, c.floor ?? 0);
    }
    if (c.unit === 'year') {
      const k = this.low(c.i1) === 'of' ? c.i1 + 1 : DETERMINERS.has(this.low(c.i0 - 1)) ? c.i1 : -1;
      const np = k >= 0 ? this.forwardPhrase(k, 5) : null;
      return np ? this.slice(k, np.end) : null;
    }
    if (this.ru && !(c.unit === 'count' && c.noun)) return this.ruOf(c);
    if (c.unit === 'count' && c.noun) {
      let end = c.noun.head + 1;
      if (PARTITIVE_NOUNS.has(this.low(c.noun.head)) && this.low(end) === 'of') {
        const np = this.forwardPhrase(end + 1, 5);
        if (np) end = np.end;
      }
      return this.slice(c.noun.first, end);
    }
    const next = this.low(c.i1);
    if (next === 'of') {
      const k = DETERMINERS.has(this.low(c.i1 + 1)) ? c.i1 + 2 : c.i1 + 1;
      const np = this.forwardPhrase(k, 6);
      if (np) return this.slice(k, np.end);
    }
    if (!PERCENTISH.has(c.unit) && (next === 'in' || next === 'for') && /^\p{Ll}/u.test(this.toks[c.i1 + 1]?.text ?? '')
      && !TIME_WORDS.has(this.low(c.i1 + 1))) {
      const np = this.forwardPhrase(c.i1 + 1, 4);
      if (np) return this.slice(c.i1 + 1, np.end);
    }
    // Attributive: "the 2% defence spending target", "a 20-year contract", "5.4 percent unemployment".
    if ((DETERMINERS.has(this.low(c.i0 - 1)) || PERCENTISH.has(c.unit)) && this.toks[c.i1]?.type === T.Word
      && (!FUNCTION_WORDS.has(next) || ADJECTIVAL.has(next))) {
      const np = this.forwardPhrase(c.i1, 4);
      if (np) return this.slice(c.i1, np.end);
    }
    return this.backwardPhrase(c.i0, c.floor ?? 0);
  }

  /** Russian `of`: a genitive right after a percentage ("2% ВВП"), else the subject before the number. */
  private ruOf(c: Candidate): string | null {
    if (c.unit === 'year') return null;
    if (PERCENTISH.has(c.unit)) {
      let j = c.i1;
      while (j < this.toks.length && j - c.i1 < 3 && this.toks[j]!.cyr && !isRuLink(this.low(j))) j++;
      if (j > c.i1) return this.slice(c.i1, j);
    }
    return this.backwardPhrase(c.i0, c.floor ?? 0);
  }

  private slice(a: number, b: number): string | null {
    const first = this.toks[a];
    const last = this.toks[b - 1];
    if (!first || !last || b <= a) return null;
    const s = this.text.slice(first.start, last.end).replace(/\s+/g, ' ');
    return s.split(' ').length <= 8 ? s : s.split(' ').slice(0, 8).join(' ');
  }

  /** Content words from `k` on, at most `max`, stopping at function words, verbs and punctuation. */
  private forwardPhrase(k: number, max: number): { end: number } | null {
    let j = k;
    while (j < this.toks.length && j - k < max) {
      const t = this.toks[j]!;
      if (t.type !== T.Word) break;
      const w = t.low;
      const nextIsContent = this.isWord(j + 1) && !FUNCTION_WORDS.has(this.low(j + 1));
      // "new", "record", "additional" modify the noun after them; elsewhere they end the phrase.
      const adjective = ADJECTIVAL.has(w) && nextIsContent;
      const verbForm = j > k && (w.endsWith('ing') || (w.endsWith('ed') && w.length > 4)) && !nextIsContent;
      if (!adjective && (FUNCTION_WORDS.has(w) || (LINK_WORDS.has(w) && !w.endsWith('ing')))) break;
      if (w.endsWith('ly') || /^\d/.test(w) || NUMBER_WORD_START.has(w) || NOT_MEASURED.has(w) || verbForm) break;
      j++;
    }
    return j > k ? { end: j } : null;
  }

  /** The subject before a number: skip verbs and cues back, then read a short noun phrase. */
  private backwardPhrase(i: number, floor: number): string | null {
    const clause = this.clause[i - 1];
    let j = i - 1;
    for (let skipped = 0; j >= floor && skipped < 8 && this.clause[j] === clause; skipped++) {
      const t = this.toks[j]!;
      if (t.type === T.Sym && QUOTES.has(t.text)) {
        // Skip a quoted word: "a seemingly ‘harmless’ 4.3%".
        let q = j - 1;
        while (q >= 0 && q > j - 5 && !(this.toks[q]!.type === T.Sym && QUOTES.has(this.toks[q]!.text))) q--;
        j = q >= 0 && q > j - 5 ? q - 1 : j - 1;
        continue;
      }
      if (t.type === T.Num && t.plain && t.value >= 1900 && t.value <= 2100) { j--; continue; }
      if (t.type === T.Word && (YEAR_PARTS[t.low] !== undefined || (ENGLISH_MONTHS.has(t.low) && /^\p{Lu}/u.test(t.text)))) { j--; continue; }
      if (t.type === T.Word && (LINK_WORDS.has(t.low) || FUNCTION_WORDS.has(t.low) || t.low.endsWith('ly')
        || (t.low.length > 4 && (t.low.endsWith('ed') || t.low.endsWith('ing'))))) { j--; continue; }
      if (t.cyr && (isRuLink(t.low) || ruVerbLike(t.low) || RELATIVE_YEARS[`${t.low} ${this.low(j + 1)}`] !== undefined
        || RU_TIME_WORDS.has(t.low) || RU_MONTHS[t.low] !== undefined)) { j--; continue; }
      break;
    }
    const end = j + 1;
    let start = end;
    for (let n = 0; j >= floor && n < 8 && this.clause[j] === clause; n++) {
      const t = this.toks[j]!;
      if (t.type !== T.Word || NUMBER_WORD_START.has(t.low) || SCALE_WORDS[t.low] !== undefined || UNIT_BY_FIRST.has(t.low)
        || UNIT_BY_FIRST.has(`=${t.text}`)) break;
      if (t.cyr && (isRuLink(t.low) || RU_TIME_WORDS.has(t.low) || RU_MONTHS[t.low] !== undefined)) break;
      const inner = ['of', 'to', 'in', 'for', 'on'].includes(t.low);
      if (inner) {
        const before = this.toks[j - 1];
        if (!before || before.type !== T.Word || FUNCTION_WORDS.has(before.low) || LINK_WORDS.has(before.low)) break;
      } else if (FUNCTION_WORDS.has(t.low) || LINK_WORDS.has(t.low) || (t.low.length > 4 && t.low.endsWith('ed'))) break;
      start = j;
      j--;
    }
    while (start < end && (['of', 'to', 'in', 'for', 'on'].includes(this.low(start)) || this.low(start).length < 2)) start++;
    const head = this.low(end - 1);
    if (start >= end || TIME_WORDS.has(head) || PAST_WORDS.has(head) || NOT_MEASURED.has(head)
      || (/'/.test(head) && !head.endsWith("'s"))) return null;
    return this.slice(start, end);
  }

  // -------------------------------------------------------------------------------------------------------------
  // `when`: the period

  times(): TimeMention[] {
    const out: TimeMention[] = [];
    const p = this.published;
    for (let j = 0; j < this.toks.length; j++) {
      const t = this.toks[j]!;
      const w = t.low;
      if (t.type === T.Num && t.plain && t.text.length === 4 && t.value >= 1900 && t.value <= 2100) {
        if (this.toks[j + 1]?.glued && this.toks[j + 1]!.type === T.Word) {
          continue; // "1990s"
        }
        const prevTok = this.toks[j - 1];
        if (prevTok?.type === T.Sym && (prevTok.text === "'" || prevTok.text === '\u2019') && prevTok.glued) continue;
        if (this.isBaseline(j)) continue;
        const year = t.value;
        // "the first half of 2025", "H1 2025", "2025-H1".
        const ofPart = this.low(j - 1) === 'of' ? YEAR_PARTS[`${this.low(j - 3)} ${this.low(j - 2)}`] : undefined;
        // "в первом полугодии 2025 года": the Russian part stands right before the year.
        const ruPart = this.ru && !ofPart ? YEAR_PARTS[`${this.low(j - 2)} ${this.low(j - 1)}`] : undefined;
        const part = ofPart ?? ruPart ?? YEAR_PARTS[this.low(j - 1)];
        if (part) {
          out.push({ i0: ofPart ? j - 3 : ruPart ? j - 2 : j - 1, i1: j + 1, value: `${year}-${part}` });
          continue;
        }
        if (this.isSym(j + 1, '-') && this.toks[j + 2]?.glued && YEAR_PARTS[this.low(j + 2)]) {
          out.push({ i0: j, i1: j + 3, value: `${year}-${YEAR_PARTS[this.low(j + 2)]}` });
          j += 2;
          continue;
        }
        // Month (and day) before the year.
        const dayOf = (k: number) => {
          const d = this.toks[k];
          return d?.type === T.Num && d.plain && d.value >= 1 && d.value <= 31 ? d.value : null;
        };
        const m = this.monthAt(j - 1);
        const mdy = !m && this.isSym(j - 1, ',') && dayOf(j - 2) !== null ? this.monthAt(j - 3) : null;
        if (m || mdy) {
          const day = m ? dayOf(j - 2) : dayOf(j - 2);
          const month = (m ?? mdy)!;
          out.push({ i0: m ? j - 1 : j - 3, i1: j + 1, value: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` });
          continue;
        }
        // A name such as "West 2025": a capitalised word that is not a preposition.
        if (prevTok?.type === T.Word && /^\p{Lu}/u.test(prevTok.text) && !YEAR_PREPOSITIONS.has(prevTok.low)) continue;
        out.push({ i0: j, i1: j + 1, value: String(year) });
        continue;
      }
      if (t.type === T.Word && /^(?:mid|early|late)-(?:19|20)\d\d$/.test(w)) {
        out.push({ i0: j, i1: j + 1, value: w.slice(-4) });
        continue;
      }
      if (t.type !== T.Word) continue;
      const month = this.monthAt(j);
      if (month) {
        const nextYear = this.toks[j + 1];
        if (nextYear?.type === T.Num && nextYear.plain && nextYear.value >= 1900 && nextYear.value <= 2100) continue;
        if (this.isBaseline(j)) continue;
        if (p) {
          const year = month <= p.month ? p.year : p.year - 1;
          const dayTok = this.toks[j - 1];
          const day = dayTok?.type === T.Num && dayTok.plain && dayTok.value >= 1 && dayTok.value <= 31 ? dayTok.value : null;
          out.push({ i0: j, i1: j + 1, value: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` });
        }
        continue;
      }
      if (!p) continue;
      const two = `${w} ${this.low(j + 1)}`;
      if (RELATIVE_YEARS[two] !== undefined && (w !== 'past' || this.low(j - 1) !== 'the')) {
        const year = p.year + RELATIVE_YEARS[two]!;
        const part = this.low(j - 1) === 'of' ? YEAR_PARTS[`${this.low(j - 3)} ${this.low(j - 2)}`]
          : this.ru ? YEAR_PARTS[`${this.low(j - 2)} ${this.low(j - 1)}`] : undefined;
        const partAt = this.low(j - 1) === 'of' ? j - 3 : j - 2;
        out.push({ i0: part ? partAt : j, i1: j + 2, value: part ? `${year}-${part}` : String(year) });
        j++;
        continue;
      }
      if (RELATIVE_MONTHS[two] !== undefined) {
        out.push({ i0: j, i1: j + 2, value: addMonths(p, RELATIVE_MONTHS[two]!) });
        j++;
        continue;
      }
      // "five years ago", "пять лет назад"
      if (((w === 'years' || w === 'year') && this.low(j + 1) === 'ago')
        || ((w === 'лет' || w === 'года' || w === 'год') && this.low(j + 1) === 'назад')) {
        const n = this.toks[j - 1];
        const count = n?.type === T.Num ? n.value
          : n ? (SMALL[n.low] ?? TENS[n.low] ?? RU_UNITS[n.low] ?? RU_TEENS[n.low] ?? RU_TENS[n.low] ?? (n.low === 'a' ? 1 : undefined)) : undefined;
        if (count !== undefined && Number.isInteger(count)) out.push({ i0: j - 1, i1: j + 2, value: String(p.year - count) });
      }
    }
    return out;
  }

  private monthAt(j: number): number | null {
    const t = this.toks[j];
    if (t?.cyr) return RU_MONTHS[t.low] ?? null; // Russian months are lower case
    if (!t || t.type !== T.Word || !/^\p{Lu}/u.test(t.text) || !ENGLISH_MONTHS.has(t.low)) return null;
    if (t.low === 'may' || t.low === 'march') {
      // "May" and "March" are months only next to a day, a year or a preposition of time.
      const prev = this.low(j - 1);
      const next = this.toks[j + 1];
      const ok = ['in', 'of', 'since', 'until', 'by', 'from', 'to', 'early', 'late', 'mid', 'last', 'next', 'this', 'on', 'before', 'after', 'end', 'during']
        .includes(prev) || this.toks[j - 1]?.type === T.Num || next?.type === T.Num;
      if (!ok) return null;
    }
    return MONTHS[t.low] ?? null;
  }

  /** "compared to May", "the same period of 2022", "than in 2019": the comparison, not the period. */
  private isBaseline(j: number): boolean {
    const a = this.low(j - 1);
    const b = this.low(j - 2);
    const c = this.low(j - 3);
    if (BASELINE_WORDS.has(a) || BASELINE_WORDS.has(b) && (a === 'to' || a === 'with' || a === 'in' || a === 'с' || a === 'со' || a === 'в')) return true;
    if (a === 'of' && b === 'period') return true;
    if ((a === 'to' || a === 'with') && BASELINE_WORDS.has(b)) return true;
    // "по сравнению с аналогичным периодом 2023 года"
    if (b === 'периодом' || a === 'периодом' || (c === 'сравнению' || this.low(j - 4) === 'сравнению')) return true;
    return c === 'same' && b === 'period';
  }

  whenOf(c: Candidate, times: readonly TimeMention[]): string | null {
    const clause = this.clause[c.n0] ?? 0;
    let best: TimeMention | null = null;
    let bestDist = Infinity;
    for (const t of times) {
      if (t.i0 >= c.i0 && t.i1 <= c.i1) continue;
      if (this.clause[t.i0] !== clause) continue;
      // Ties go to the period after the quantity ("1.8% in H1 2025").
      const d = t.i0 < c.i0 ? c.i0 - t.i1 : t.i0 - c.i1 - 0.5;
      if (d < bestDist) {
        best = t;
        bestDist = d;
      }
    }
    if (best) return best.value;
    for (let k = times.length - 1; k >= 0; k--) {
      const t = times[k]!;
      if (t.i1 <= c.i0) return t.value;
    }
    return null;
  }
}

function round(v: number): number {
  return Math.abs(v) >= 1 ? Number(v.toPrecision(15)) : Number(v.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points

interface Settings {
  readonly currencyWords: Readonly<Record<string, string>>;
  readonly prefilter: Prefilter;
  readonly maxSentence: number;
}

const PREFILTER = prefilter();

function settingsOf(options: QuantityOptions): Settings {
  const currencyWords = { ...CURRENCY_WORDS, ...(options.currencies ?? {}) };
  return { currencyWords, prefilter: PREFILTER, maxSentence: options.maxSentence ?? 4000 };
}

/** Windows of at most `max` units over [start, end), cut at whitespace, so that no sentence costs more than linear work. */
function windows(text: string, start: number, end: number, max: number): [number, number][] {
  if (end - start <= max) return [[start, end]];
  const out: [number, number][] = [];
  let s = start;
  while (s < end) {
    let e = Math.min(end, s + max);
    if (e < end) {
      let k = e;
      while (k > s + max / 2 && !isSpace(text.charCodeAt(k))) k--;
      if (k > s + max / 2) e = k;
    }
    out.push([s, e]);
    s = e;
  }
  return out;
}

/**
 * How digits are written in a document in `language` (BCP 47), or, when the language is unknown, in a piece of
 * text that has Cyrillic letters.
 */
function localeOf(language: string | null | undefined, piece: string): Locale {
  const lang = language?.toLowerCase().split('-')[0];
  if (lang) return SPACE_GROUPED_LANGUAGES.has(lang) ? SPACED_DIGITS : ENGLISH_DIGITS;
  return CYRILLIC.test(piece) ? SPACED_DIGITS : ENGLISH_DIGITS;
}

function readSpan(text: string, start: number, end: number, published: Published | null, settings: Settings, locale: Locale): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (const [s, e] of windows(text, start, end, settings.maxSentence)) {
    const toks = tokenize(text, s, e, locale);
    const reader = new SentenceReader(toks, text, settings.currencyWords, published);
    const candidates = reader.read();
    if (!candidates.length) continue;
    const times = reader.times();
    for (const c of candidates) {
      const first = toks[c.i0]!;
      const last = toks[c.i1 - 1]!;
      out.push({
        start: first.start, end: last.end, value: c.value, unit: c.unit, approx: c.approx, kind: reader.kindOf(c),
        of: reader.ofText(c), when: reader.whenOf(c, times),
      });
    }
  }
  return out;
}

/**
 * Reads the quantities of one piece of text as if it were a single sentence; offsets are into `text`.
 * `published` (YYYY-MM-DD) resolves "last year" and "in June"; `language` (BCP 47) says how digits are grouped
 * ("10 000" and "1,5" in Russian), guessed from the script when absent.
 * @example readQuantities('Debt exceeded €643 billion.')[0] // { start: 14, end: 26, value: 643000000000, unit: 'EUR', approx: 'over', … }
 */
export function readQuantities(
  text: string,
  options: QuantityOptions & { published?: string | null; language?: string | null } = {},
): QuantityMatch[] {
  const settings = settingsOf(options);
  if (!settings.prefilter.test(text)) return [];
  return readSpan(text, 0, text.length, parsePublished(options.published ?? null), settings, localeOf(options.language, text));
}

/**
 * Every number in `text` (digits or English words, with scale words), quantity or not, with its approximation
 * cue and ranges folded as in `Quantity` (midpoint, or the bound an "over"/"up to" cue names); ordinals and
 * decades are skipped.
 */
export function readNumbers(text: string): NumberMatch[] {
  const toks = tokenize(text, 0, text.length);
  const reader = new SentenceReader(toks, text, CURRENCY_WORDS, null);
  const out: NumberMatch[] = [];
  let floor = 0;
  for (let i = 0; i < toks.length;) {
    const core = reader.core(i);
    if (!core || core === 'skip') {
      i++;
      continue;
    }
    let value = core.value;
    let end = core.i1;
    let approx: Approx = 'exact';
    const range = reader.rangeAfter(i, core, null);
    const isRange = !!range && !('elided' in range);
    const after = reader.approxAfter(isRange ? range.second.i1 : end);
    const before = reader.approxBefore(i);
    let start = i;
    if (before && before.from >= floor) {
      approx = before.approx;
      if (before.inSpan) start = before.from;
    } else if (isRange && reader.low(i - 1) === 'between' && i - 1 >= floor) start = i - 1;
    if (after) approx = after.approx;
    if (isRange) {
      end = range.second.i1;
      if (approx === 'over' || approx === 'at_least') value = range.low;
      else if (approx === 'under' || approx === 'up_to') value = range.high;
      else {
        value = (range.low + range.high) / 2;
        approx = 'about';
      }
    }
    if (after) end = after.end;
    const eq = reader.orEqual(end);
    if (eq >= 0 && (approx === 'over' || approx === 'under')) {
      approx = approx === 'over' ? 'at_least' : 'up_to';
      end = eq;
    }
    out.push({ start: toks[start]!.start, end: toks[end - 1]!.end, value: round(value), approx });
    floor = end;
    i = end;
  }
  return out;
}

/**
 * Money, shares, counts, physical amounts and durations stated in each sentence, as `Quantity` items sorted by
 * start then end; conventions in docs/units.md. Reads each sentence on its own, or each turn (with
 * `sentence: -1`) when the Doc has no sentences. Work is linear in the text.
 * @example
 * const doc = runStages(parsed, [turns(), sentences(), quantities()]);
 * doc.quantities?.[0]; // "more than €200 billion" → { value: 200000000000, unit: 'EUR', approx: 'over', kind: 'level', … }
 */
export function quantities(options: QuantityOptions = {}): Stage<'quantities'> {
  const settings = settingsOf(options);
  return {
    layer: 'quantities',
    needs: ['turns', 'sentences'],
    run(doc: Doc) {
      const text = doc.text;
      const published = parsePublished(doc.meta.published);
      const sentences = doc.sentences ?? [];
      const pieces = sentences.length
        ? sentences.map((s, i) => ({ start: s.start, end: s.end, turn: s.turn, sentence: i }))
        : (doc.turns ?? []).map((t, i) => ({ start: t.start, end: t.end, turn: i, sentence: -1 }));
      const out: Quantity[] = [];
      for (const piece of pieces) {
        if (piece.end <= piece.start) continue;
        const str = text.slice(piece.start, piece.end);
        if (!settings.prefilter.test(str)) continue;
        for (const q of readSpan(text, piece.start, piece.end, published, settings, localeOf(doc.meta.language, str))) {
          out.push({ start: q.start, end: q.end, turn: piece.turn, sentence: piece.sentence, value: q.value, unit: q.unit,
            approx: q.approx, kind: q.kind, of: q.of, when: q.when });
        }
      }
      out.sort((a, b) => a.start - b.start || a.end - b.end);
      return out;
    },
  };
}
