import type { Doc, Entity, EntityType } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { AMBIGUOUS, BEFORE_NUMBER, NON_TERMINAL } from '../lexicon/abbreviations.js';
import { MONTHS } from '../lexicon/months.js';
import {
  COMPANIES, INTERNATIONAL, MEDIA, NATIONAL, ORG_CUE_NOUNS, ORG_FORMS, ORG_PREFIXES, ORG_SUFFIXES, RELIGIOUS,
} from '../lexicon/organisations.js';
import { CITIES, COUNTRIES, DEMONYMS, KINGDOMS, PLACE_CUE_NOUNS, PLACE_SUFFIXES, REGION_WORDS, REGIONS } from '../lexicon/places.js';
import { FUNCTION_WORDS, NON_ENTITY_HEADS, NOT_ACRONYMS, NOT_NAMES, RUSSIAN_FUNCTION_WORDS, WEEKDAYS } from '../lexicon/stopwords.js';
import {
  GIVEN_NAMES, HONORIFIC_PHRASES, HONORIFICS, PERSON_CUE_NOUNS, PUBLIC_FIGURES, ROLE_QUALIFIERS, SURNAME_ENDINGS,
  SURNAME_ENDINGS_AFTER_NAME, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PHRASES,
} from '../lexicon/titles.js';

export interface EntityOptions {
  /** More places, one per row: `Canonical|other name…`. */
  readonly places?: readonly string[];
  /** More organisations, one per row: `slug|Canonical|other name…`. */
  readonly organisations?: readonly string[];
  /** More given names that mark a person ("Firstname Lastname"). */
  readonly givenNames?: readonly string[];
  /** Treat `meta.interviewee`, `meta.interviewer` (people) and `meta.outlet` (an organisation) as known names (default true). */
  readonly useMeta?: boolean;
}

// ---------------------------------------------------------------------------
// Characters and folding

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const classCache = new Uint8Array(65536); // bit 1 computed, 2 letter or mark, 4 upper, 8 lower

function charClass(c: number): number {
  let k = classCache[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER.test(ch) ? 2 : 0) | (UPPER.test(ch) ? 4 : 0) | (LOWER.test(ch) ? 8 : 0);
    classCache[c] = k;
  }
  return k;
}
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && (charClass(c) & 2) !== 0);
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && (charClass(c) & 4) !== 0);
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && (charClass(c) & 8) !== 0);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f
    || c === 0x3000 || c === 0xfeff;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Case-, accent- and typography-insensitive key: "Prévot" and "prevot" fold alike. */
function fold(s: string): string {
  const t = s.toLowerCase();
  if (!NON_ASCII.test(t)) return t;
  return t.normalize('NFD').replace(MARKS, '').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

// ---------------------------------------------------------------------------
// Tokens

const WORD = 0;
const NUM = 1;
const PUNCT = 2;

class Tok {
  /** First word of its sentence, or first after ":", "|" or an opening quote. */
  initial = false;
  /** Inside quotation marks. */
  quoted = false;
  constructor(
    readonly s: number,
    readonly e: number,
    readonly text: string,
    readonly key: string,
    readonly kind: number,
    /** Word whose first letter is upper case. */
    readonly cap: boolean,
    /** Word of two or more letters, none lower case ("NATO", "G7"). */
    readonly upper: boolean,
    /** Whitespace before the token. */
    readonly sp: boolean,
    readonly sent: number,
  ) {}
}

/** Words that keep their final period as part of the token ("St.", "Co.", "Mr."). */
const DOT_WORDS = new Set([...NON_TERMINAL, ...AMBIGUOUS, ...BEFORE_NUMBER].filter((x) => x.length > 1 && !x.includes('.')));

/** Splits text[s, e) into words (inner apostrophes kept, possessive 's apart), dotted initials, numbers and punctuation. */
function tokenize(text: string, s: number, e: number, sent: number, out: Tok[]): void {
  let i = s;
  let sp = true;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { sp = true; i++; continue; }
    if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < e && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
        if (j + 1 < e && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
          const n = text.charCodeAt(j + 1);
          if ((n === 115 || n === 83) && (j + 2 >= e || !isLetter(text.charCodeAt(j + 2)))) break; // possessive
          j += 1;
          continue;
        }
        break;
      }
      if (j - i === 1 && j < e && text.charCodeAt(j) === 46) {
        // Initials and dotted abbreviations: "V.", "U.S.", "H.E.", "e.g."; "S.Lavrov" gives "S." then "Lavrov".
        j++;
        while (j + 1 < e && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
      } else if (j < e && text.charCodeAt(j) === 46 && DOT_WORDS.has(text.slice(i, j).toLowerCase()) && isLower(text.charCodeAt(j - 1))) {
        j++;
      }
      const t = text.slice(i, j);
      const cap = isUpper(c);
      let lower = false;
      let letters = 0;
      for (let p = i; p < j && !lower; p++) {
        const d = text.charCodeAt(p);
        if (isLower(d)) lower = true;
        else if (isLetter(d)) letters++;
      }
      out.push(new Tok(i, j, t, fold(t), WORD, cap, cap && !lower && letters >= 2 && !t.includes('.'), sp, sent));
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < e) {
        const d = text.charCodeAt(j);
        if (isDigit(d) || isLetter(d)) j++;
        else if ((d === 46 || d === 44) && j + 1 < e && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      const t = text.slice(i, j);
      out.push(new Tok(i, j, t, t, NUM, false, false, sp, sent));
      i = j;
    } else {
      const j = c >= 0xd800 && c <= 0xdbff && i + 1 < e ? i + 2 : i + 1; // keep a surrogate pair whole
      const t = text.slice(i, j);
      out.push(new Tok(i, j, t, isHyphen(c) ? '-' : fold(t), PUNCT, false, false, sp, sent));
      i = j;
    }
    sp = false;
  }
}

const INITIALS = /^(?:\p{Lu}\.)+$/u;
const isInitials = (t: Tok): boolean => t.kind === WORD && t.cap && INITIALS.test(t.text);
const isNameTok = (t: Tok | undefined): boolean => t !== undefined && t.kind === WORD && t.cap;

const OPEN_DOUBLE = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSE_DOUBLE = new Set(['\u201d', '\u00bb']);

/** Marks sentence-initial tokens (also after ":", "|" or an opening quote) and tokens inside quotes, for toks[a, b). */
function markPositions(toks: Tok[], a: number, b: number): void {
  let sawWord = false;
  let dq = false;
  let sq = false;
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (t.kind === PUNCT) {
      const k = t.text;
      let opened = false;
      if (k === '"') { dq = !dq; opened = dq; }
      else if (OPEN_DOUBLE.has(k)) { dq = true; opened = true; }
      else if (CLOSE_DOUBLE.has(k)) dq = false;
      else if (k === '\u2018') { sq = true; opened = true; }
      else if ((k === '\u2019' || k === "'") && sq) sq = false;
      else if (k === "'" && t.sp) { sq = true; opened = true; }
      if (opened || k === ':' || k === '|') sawWord = false;
      continue;
    }
    t.quoted = dq || sq;
    if (t.kind === WORD && !sawWord) t.initial = true;
    sawWord = true;
  }
}

// ---------------------------------------------------------------------------
// Gazetteer: a trie over folded tokens

type LexKind = 'country' | 'city' | 'region' | 'org' | 'phrase';

interface LexEntry {
  readonly type: EntityType;
  readonly name: string;
  readonly id: string | undefined;
  readonly kind: LexKind;
  /** Per token: 0 any case, 1 capitalised, 2 all capitals. */
  readonly shapes: Uint8Array;
}

class Node {
  readonly next = new Map<string, Node>();
  entry: LexEntry | null = null;
}

/** Words that may follow a capitalised place name in lower case ("Ural mountains", "Baltic states"). */
const GENERIC_GEO = new Set(['sea', 'ocean', 'mountains', 'mountain', 'river', 'region', 'islands', 'island', 'strait',
  'gulf', 'lake', 'peninsula', 'valley', 'bay', 'basin', 'desert', 'canal', 'states', 'countries', 'area']);

function insert(root: Node, surface: string, make: (shapes: Uint8Array) => LexEntry, stripThe = true): void {
  const toks: Tok[] = [];
  tokenize(surface, 0, surface.length, 0, toks);
  const add = (ts: Tok[]): void => {
    if (ts.length === 0) return;
    const shapes = new Uint8Array(ts.length);
    let firstWord = true;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (t.kind !== WORD) continue;
      if (t.upper) shapes[i] = 2;
      else if (firstWord) shapes[i] = t.cap ? 1 : 0;
      else shapes[i] = t.cap && !GENERIC_GEO.has(t.key) ? 1 : 0;
      firstWord = false;
    }
    let node = root;
    for (const t of ts) {
      let n = node.next.get(t.key);
      if (!n) { n = new Node(); node.next.set(t.key, n); }
      node = n;
    }
    node.entry ??= make(shapes);
  };
  add(toks);
  // "The Hague" is also "Hague" after a lowercase "the"; but "The Atlantic" (magazine) is not "Atlantic".
  if (toks.length > 1 && toks[0]!.key === 'the' && stripThe) add(toks.slice(1));
}

function shapeOk(t: Tok, shape: number): boolean {
  if (shape === 0) return true;
  if (shape === 2) return t.upper || (t.cap && t.text.includes('.'));
  return t.cap;
}

/** Longest entry of the trie starting at toks[i] and ending by `limit`, as [end, entry]. */
function lookup(root: Node, toks: readonly Tok[], i: number, limit: number): [number, LexEntry] | null {
  let node: Node | undefined = root;
  let best: [number, LexEntry] | null = null;
  for (let j = i; j < limit; j++) {
    node = node.next.get(toks[j]!.key);
    if (!node) break;
    const entry = node.entry;
    if (!entry) continue;
    let ok = true;
    for (let k = 0; k <= j - i && ok; k++) ok = shapeOk(toks[i + k]!, entry.shapes[k] ?? 0);
    if (ok) best = [j + 1, entry];
  }
  return best;
}

function gazetteer(options: EntityOptions): Node {
  const root = new Node();
  for (const row of COUNTRIES) {
    const [id, name, ...others] = row.split('|') as [string, string, ...string[]];
    const make = (shapes: Uint8Array): LexEntry => ({ type: 'PLACE', name, id, kind: 'country', shapes });
    for (const n of [name, ...others]) insert(root, n, make);
    insert(root, `Republic of ${name}`, make);
    insert(root, `Kingdom of ${name}`, make);
  }
  const places = (rows: readonly string[], kind: LexKind): void => {
    for (const row of rows) {
      const names = row.split('|');
      const name = names[0]!;
      const make = (shapes: Uint8Array): LexEntry => ({ type: 'PLACE', name, id: undefined, kind, shapes });
      for (const n of names) insert(root, n, make);
    }
  };
  places(CITIES, 'city');
  places(REGIONS, 'region');
  places(options.places ?? [], 'region');
  for (const rows of [INTERNATIONAL, NATIONAL, RELIGIOUS, COMPANIES, MEDIA, options.organisations ?? []]) {
    for (const row of rows) {
      const [id, name, ...others] = row.split('|') as [string, string, ...string[]];
      const make = (shapes: Uint8Array): LexEntry => ({ type: 'ORG', name, id, kind: 'org', shapes });
      for (const n of [name, ...others]) insert(root, n, make, false);
    }
  }
  return root;
}

function phraseTrie(phrases: readonly string[]): Node {
  const root = new Node();
  for (const p of phrases) insert(root, p, (shapes) => ({ type: 'PERSON', name: p, id: undefined, kind: 'phrase', shapes }));
  return root;
}

// ---------------------------------------------------------------------------
// Word lists, resolved once per factory call

interface Words {
  readonly gaz: Node;
  readonly kingdoms: ReadonlySet<string>;
  readonly titlePhrases: Node;
  readonly honorificPhrases: Node;
  readonly heads: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly qualifiers: ReadonlySet<string>;
  readonly given: ReadonlySet<string>;
  /** Folded surname → full name of a public figure. */
  readonly figures: ReadonlyMap<string, string>;
  readonly figureNames: Node;
  readonly stop: ReadonlySet<string>;
  /** Function words, months and weekdays: never part of a name. */
  readonly func: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  readonly notAcronyms: ReadonlySet<string>;
  readonly nonEntityHeads: ReadonlySet<string>;
  readonly orgSuffixes: ReadonlySet<string>;
  readonly orgPrefixes: Node;
  readonly orgForms: ReadonlySet<string>;
  readonly placeSuffixes: ReadonlySet<string>;
  readonly orgCues: ReadonlySet<string>;
  readonly personCues: ReadonlySet<string>;
  readonly placeCues: ReadonlySet<string>;
  readonly regionWords: ReadonlySet<string>;
  readonly surnameEnds: readonly string[];
  readonly surnameEndsAfter: readonly string[];
}

/** Lowercase words joining the parts of an organisation's or a title's name ("Bank of Russia"). */
const CONNECTORS = new Set(['of', 'for']);
/** Lowercase particles inside people's and outlets' names ("Ursula von der Leyen", "Descifrando la Guerra"). */
const PARTICLES = new Set(['de', 'la', 'le', 'les', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van',
  'von', 'der', 'den', 'ter', 'y', 'bin', 'ibn', 'al', 'el']);
/** Heads after which "to" continues a name ("Permanent Mission to NATO", "Ambassador to Belgium"). */
const TO_HEADS = new Set(['representation', 'mission', 'delegation', 'ambassador', 'envoy', 'representative']);
/** Lowercase words before an unknown name that make it a place ("in Zeebrugge"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'via', 'across', 'around']);
const PLURAL_DEMONYMS = new Set(['poles', 'finns', 'swedes', 'danes', 'scots', 'turks', 'serbs', 'croats', 'czechs', 'slovaks', 'greeks', 'arabs', 'kurds', 'uzbeks', 'kazakhs', 'tajiks', 'thais', 'brits']);

function keys(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const x of words) out.add(fold(x));
  return out;
}

function buildWords(options: EntityOptions): Words {
  const figures = new Map<string, string>();
  for (const f of PUBLIC_FIGURES) figures.set(fold(f.split(' ').at(-1)!), f);
  const func = keys([...FUNCTION_WORDS, ...RUSSIAN_FUNCTION_WORDS, ...WEEKDAYS, ...Object.keys(MONTHS)]);
  for (const k of [...func]) if (DOT_WORDS.has(k)) func.add(`${k}.`); // "Jan." as tokenised
  const given = keys([...GIVEN_NAMES, ...(options.givenNames ?? [])]);
  for (const g of given) func.delete(g); // "Jan Nowak" is a name; "Jan." stays a month
  const stop = new Set([...func, ...keys(NOT_NAMES)]);
  return {
    gaz: gazetteer(options),
    kingdoms: new Set(KINGDOMS),
    titlePhrases: phraseTrie(TITLE_PHRASES),
    honorificPhrases: phraseTrie(HONORIFIC_PHRASES),
    heads: keys(TITLE_HEADS),
    modifiers: keys(TITLE_MODIFIERS),
    honorifics: keys(HONORIFICS),
    qualifiers: keys(ROLE_QUALIFIERS),
    given,
    figures,
    figureNames: phraseTrie(PUBLIC_FIGURES),
    stop,
    func,
    demonyms: keys(DEMONYMS),
    notAcronyms: keys(NOT_ACRONYMS),
    nonEntityHeads: keys(NON_ENTITY_HEADS),
    orgSuffixes: keys(ORG_SUFFIXES),
    orgPrefixes: phraseTrie(ORG_PREFIXES),
    orgForms: new Set(ORG_FORMS),
    placeSuffixes: keys(PLACE_SUFFIXES),
    orgCues: keys(ORG_CUE_NOUNS),
    personCues: keys(PERSON_CUE_NOUNS),
    placeCues: keys(PLACE_CUE_NOUNS),
    regionWords: keys(REGION_WORDS),
    surnameEnds: SURNAME_ENDINGS.map(fold),
    surnameEndsAfter: SURNAME_ENDINGS_AFTER_NAME.map(fold),
  };
}

let defaultWords: Words | undefined;

// ---------------------------------------------------------------------------
// Mentions and candidates

interface Mention {
  readonly s: number;
  e: number;
  type: EntityType;
  name: string;
  id: string | undefined;
  role: string | undefined;
  /** Folded name tokens of a person, for one name across mentions. */
  person: string[] | null;
  /** An organisation named by its own words rather than the gazetteer. */
  generic: boolean;
}

/** What the words before a name say it is; a place after "in" is only a weak hint. */
type Cue = EntityType | typeof WEAK_PLACE | null;
const WEAK_PLACE = 'place?';

/** A capitalised name the rules could not type by itself; typed, or dropped, once the whole document is read. */
interface Candidate {
  readonly s: number;
  readonly e: number;
  readonly key: string;
  readonly display: string;
  /** A single all-capitals word. */
  readonly acronym: boolean;
  /** In quotes or a headline: only a name known from elsewhere types it. */
  readonly weak: boolean;
  readonly cue: Cue;
  /** Ends like a surname ("-enko", "-vich"). */
  readonly surname: boolean;
  /** "the Kingdom". */
  readonly kingdom: boolean;
  resolved?: Mention | null;
}

/** True when `acronym` is spelt by some of `initials` in order, from the first ("SMO" by "SMO", "EAEU" by "EAEU"). */
function abbreviates(acronym: string, initials: string): boolean {
  if (acronym[0] !== initials[0]) return false;
  let k = 0;
  for (const ch of initials) if (ch === acronym[k]) k++;
  return k === acronym.length;
}

/** Endings of English common nouns, which no unknown name has ("Contributions", "Catholicism"). */
const COMMON_NOUN = /(?:tions?|sions?|ments?|ness|isms?|ists|ships?)$/;

const SENTENCE_STOPS = new Set([',', ';', ':', '(', ')', '[', ']', '"', '\u201c', '\u201d', '\u00ab', '\u00bb', '.', '\u2013', '\u2014', '|', '?', '!']);

/** One document's recognition pass. */
class Pass {
  readonly toks: Tok[] = [];
  readonly ranges: [number, number][] = [];
  readonly mentions: Mention[] = [];
  readonly candidates: Candidate[] = [];
  /** Acronym → its long form ("Special Military Operation (SMO)"); null when the long form names nothing. */
  readonly aliases = new Map<string, Mention | Candidate | null>();
  readonly lowerSeen = new Set<string>();
  readonly capSeen = new Set<string>();
  private readonly headlines = new Map<number, number>();

  constructor(readonly text: string, sentences: readonly { start: number; end: number }[], readonly w: Words) {
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const a = this.toks.length;
      tokenize(text, s.start, s.end, k, this.toks);
      markPositions(this.toks, a, this.toks.length);
      this.ranges.push([a, this.toks.length]);
    }
    for (const t of this.toks) {
      if (t.kind !== WORD) continue;
      if (!t.cap) this.lowerSeen.add(t.key);
      else if (!t.initial) this.capSeen.add(t.key);
    }
  }

  // --- small predicates -----------------------------------------------------

  isDemonym(t: Tok): boolean {
    const d = this.w.demonyms;
    return d.has(t.key) || (t.key.endsWith('s') && d.has(t.key.slice(0, -1))) || PLURAL_DEMONYMS.has(t.key);
  }

  isStop(t: Tok): boolean {
    return this.w.stop.has(t.key) || this.isDemonym(t);
  }

  surnameLike(key: string, strongOnly: boolean): boolean {
    for (const end of this.w.surnameEnds) if (key.length > end.length + 2 && key.endsWith(end)) return true;
    if (strongOnly) return false;
    for (const end of this.w.surnameEndsAfter) if (key.length > end.length + 2 && key.endsWith(end)) return true;
    return false;
  }

  /** A sentence-initial capitalised word is a name only with other evidence. */
  keepInitial(i: number): boolean {
    const t = this.toks[i]!;
    const w = this.w;
    return t.upper || isInitials(t) || w.given.has(t.key) || w.figures.has(t.key) || w.orgForms.has(t.text) || this.capSeen.has(t.key);
  }

  /** 2 for an all-capitals sentence, 1 for Title Case (headlines, where capitals say little), else 0. */
  headline(sent: number): number {
    const hit = this.headlines.get(sent);
    if (hit !== undefined) return hit;
    const [a, b] = this.ranges[sent]!;
    let caps = 0;
    let upper = 0;
    let words = 0;
    for (let k = a; k < b; k++) {
      const t = this.toks[k]!;
      if (t.kind !== WORD || t.text.length < 4) continue;
      words++;
      if (t.cap) caps++;
      if (t.upper) upper++;
    }
    const v = words >= 4 && upper >= words * 0.6 ? 2 : words >= 6 && caps >= words * 0.8 ? 1 : 0;
    this.headlines.set(sent, v);
    return v;
  }

  /** Gazetteer match at toks[i] usable here, as [end, entry]. */
  lexAt(i: number, limit: number): [number, LexEntry] | null {
    const { toks, w } = this;
    const t = toks[i]!;
    if (!isNameTok(t)) return null;
    const m = lookup(w.gaz, toks, i, limit);
    if (!m) return null;
    const [end, entry] = m;
    if (end === i + 1) {
      // A capitalised common word opening a sentence ("Visa rules…") is not the name.
      if (t.initial && !t.upper && this.lowerSeen.has(t.key)) return null;
      // "Sofia Rotaru": a city that is also a given name, before a surname.
      if (entry.kind === 'city' && w.given.has(t.key)) {
        const n = toks[i + 1];
        if (isNameTok(n) && n!.sent === t.sent && !this.isStop(n!) && !lookup(w.gaz, toks, i + 1, limit)) return null;
      }
    }
    // "Euro-Atlantic": the second half of a compound whose first half is no name.
    const h = toks[i - 1];
    if (h && h.kind === PUNCT && h.key === '-' && !t.sp && !h.sp) {
      const p = toks[i - 2];
      if (isNameTok(p) && p!.sent === t.sent && !lookup(w.gaz, toks, i - 2, i - 1)) return null;
    }
    return m;
  }

  /** A title starting at toks[i] within [i, b): its end, and whether it is only a form of address. */
  titleAt(i: number, b: number): { end: number; honorific: boolean } | null {
    const { toks, w } = this;
    const t = toks[i]!;
    if (!isNameTok(t)) return null;
    const hp = lookup(w.honorificPhrases, toks, i, b);
    if (hp) return { end: hp[0], honorific: true };
    if (w.honorifics.has(t.key)) return { end: i + 1, honorific: true };
    let best = -1;
    const phrase = lookup(w.titlePhrases, toks, i, b);
    if (phrase) best = phrase[0];
    let lastHead = -1;
    for (let j = i; j < b; j++) {
      const u = toks[j]!;
      if (u.kind === PUNCT && u.key === '-' && !u.sp && j > i && j + 1 < b && !toks[j + 1]!.sp) continue;
      if (!isNameTok(u)) break;
      const head = w.heads.has(u.key);
      if (!head && !w.modifiers.has(u.key)) break;
      if (head) lastHead = j;
    }
    if (lastHead + 1 > best) best = lastHead + 1;
    return best > i ? { end: best, honorific: false } : null;
  }

  /** The word before toks[i] when it says what kind of name follows ("company Fluxys", "port of Zeebrugge"). */
  cueBefore(i: number, acronym = false): Cue {
    const { toks, w } = this;
    const p = toks[i - 1];
    if (!p || p.sent !== toks[i]!.sent || p.kind !== WORD || p.cap) return null;
    if (w.orgCues.has(p.key)) return 'ORG';
    if (w.personCues.has(p.key)) return 'PERSON';
    if (w.placeCues.has(p.key)) return 'PLACE';
    if (p.key === 'of') {
      const q = toks[i - 2];
      if (q && q.sent === p.sent && q.kind === WORD && !q.cap && w.placeCues.has(q.key)) return 'PLACE';
    }
    // "in Zeebrugge", but not "in ICE": unknown acronyms are seldom places.
    if (PLACE_PREPOSITIONS.has(p.key) && !acronym) return WEAK_PLACE;
    return null;
  }

  // --- emitting -------------------------------------------------------------

  mention(s: number, e: number, type: EntityType, name: string, id?: string, role?: string): Mention {
    const m: Mention = { s, e, type, name, id, role, person: null, generic: false };
    this.mentions.push(m);
    return m;
  }

  span(s: number, e: number): string {
    return this.text.slice(s, e).replace(/\s+/g, ' ');
  }

  emitLex(i: number, end: number, entry: LexEntry): Mention {
    const { toks, w } = this;
    let e = toks[end - 1]!.e;
    let name = entry.name;
    // "the Kherson region" is the region around the city.
    const n = toks[end];
    if (entry.kind === 'city' && n && n.sent === toks[i]!.sent && n.kind === WORD && w.regionWords.has(n.key)) {
      e = n.e;
      name = `${entry.name} ${n.key === 'oblast' ? 'Oblast' : 'region'}`;
    }
    return this.mention(toks[i]!.s, e, entry.type, name, entry.id);
  }

  emitPerson(a: number, b: number, role?: string): Mention {
    const { toks } = this;
    const m = this.mention(toks[a]!.s, toks[b - 1]!.e, 'PERSON', this.span(toks[a]!.s, toks[b - 1]!.e), undefined, role);
    const names: string[] = [];
    for (let k = a; k < b; k++) if (isNameTok(toks[k])) names.push(toks[k]!.key);
    m.person = names;
    return m;
  }

  /** A generic organisation over toks[a, b), with the gazetteer organisations named inside it. */
  emitOrg(a: number, b: number): Mention {
    const { toks, w } = this;
    if (w.orgForms.has(toks[a]!.text)) {
      // "PJSC Novatek" is Novatek.
      const m = this.lexAt(a + 1, b);
      if (m && m[0] === b && m[1].type === 'ORG') return this.mention(toks[a]!.s, toks[b - 1]!.e, 'ORG', m[1].name, m[1].id);
    }
    if (toks[a]!.key === 'the' && b - a > 2) a++; // "The Independent Tax Foundation" is named without "The"
    const org = this.mention(toks[a]!.s, toks[b - 1]!.e, 'ORG', this.span(toks[a]!.s, toks[b - 1]!.e));
    org.generic = true;
    for (let k = a; k < b; k++) {
      const m = this.lexAt(k, b);
      if (!m) continue;
      if (m[1].type === 'ORG') this.emitLex(k, m[0], m[1]);
      k = m[0] - 1;
    }
    return org;
  }

  candidate(a: number, b: number, acronym: boolean, kingdom = false): Candidate {
    const { toks } = this;
    const first = toks[a]!;
    const display = this.span(first.s, toks[b - 1]!.e);
    const c: Candidate = {
      s: first.s,
      e: toks[b - 1]!.e,
      key: fold(display),
      display,
      acronym,
      weak: first.quoted || this.headline(first.sent) > 0,
      cue: this.cueBefore(a, acronym),
      surname: b - a === 1 && this.surnameLike(first.key, true),
      kingdom,
    };
    this.candidates.push(c);
    return c;
  }

  // --- shapes of names ------------------------------------------------------

  /** toks[a, b) name an organisation by their shape: "… Ministry", "Bank of …", "PJSC …", "Ministry of … of …". */
  orgShaped(a: number, b: number): boolean {
    const { toks, w } = this;
    if (b - a < 2) return false;
    if (w.orgForms.has(toks[a]!.text) && isNameTok(toks[a + 1])) return true;
    if (lookup(w.orgPrefixes, toks, a, b)) return true;
    const last = toks[b - 1]!;
    if (last.kind === WORD && w.orgSuffixes.has(last.key)) {
      for (let k = a; k < b - 1; k++) {
        const t = toks[k]!;
        // Not when the suffix belongs to a gazetteer place ("Soviet Union").
        const m = lookup(w.gaz, toks, k, b);
        if (m && m[0] === b && m[1].type === 'PLACE') return false;
        // "Elaine Quijano of CBS News": before its first connector an organisation's name ends with an org word.
        if (t.kind === WORD && !t.cap && (CONNECTORS.has(t.key) || t.key === 'to')) return w.orgSuffixes.has(toks[k - 1]!.key);
      }
      return true;
    }
    for (let k = a + 1; k < b - 1; k++) {
      const t = toks[k]!;
      if (t.kind === WORD && !t.cap && (CONNECTORS.has(t.key) || t.key === 'to')) {
        const p = toks[k - 1]!;
        if (p.cap && !p.upper && w.orgSuffixes.has(p.key)) return true;
      }
    }
    return false;
  }

  placeShaped(a: number, b: number): boolean {
    const last = this.toks[b - 1]!;
    return b - a >= 2 && last.kind === WORD && this.w.placeSuffixes.has(last.key) && !this.w.stop.has(this.toks[a]!.key);
  }

  /** End of a person's name from toks[i]: names, inner particles and hyphens, at most four names. */
  nameEnd(i: number, b: number, allowLex: boolean): number {
    const { toks, w } = this;
    let j = i;
    let names = 0;
    while (j < b && names < 4) {
      const t = toks[j]!;
      if (isNameTok(t) && !t.upper) {
        if (this.isStop(t) || w.heads.has(t.key) || w.orgSuffixes.has(t.key) || w.placeSuffixes.has(t.key) || w.nonEntityHeads.has(t.key)) break;
        if (!allowLex && this.lexAt(j, b)) break;
        names++;
        j++;
        continue;
      }
      const n = toks[j + 1];
      if (j > i && t.kind === WORD && !t.cap && PARTICLES.has(t.key) && j + 1 < b && isNameTok(n)) { j++; continue; }
      if (j > i && t.kind === PUNCT && t.key === '-' && !t.sp && j + 1 < b && !n!.sp && isNameTok(n)) { j++; continue; }
      break;
    }
    while (j > i && !isNameTok(toks[j - 1])) j--;
    return j;
  }

  // --- chunks ---------------------------------------------------------------

  /** Runs over every sentence: chunks of capitalised words, classified in context. */
  scan(): void {
    const { toks, w } = this;
    for (const [sa, sb] of this.ranges) {
      let pendingRole: string | undefined;
      let i = sa;
      while (i < sb) {
        const t = toks[i]!;
        // `MIA "Rossiya Segodnya"`, `PJSC "Gazprom"`: a legal form before a quoted name.
        if (t.kind === WORD && w.orgForms.has(t.text) && i + 2 < sb && toks[i + 1]!.kind === PUNCT && (toks[i + 1]!.text === '"' || OPEN_DOUBLE.has(toks[i + 1]!.text))) {
          let k = i + 2;
          while (k < sb && k < i + 12 && toks[k]!.kind !== PUNCT) k++;
          const close = toks[k];
          if (close && (close.text === '"' || CLOSE_DOUBLE.has(close.text)) && k > i + 2) {
            const inner = lookup(w.gaz, toks, i + 2, k);
            const m = this.mention(t.s, close.e, 'ORG', inner && inner[0] === k ? inner[1].name : this.span(t.s, close.e), inner && inner[0] === k ? inner[1].id : undefined);
            m.generic = !(inner && inner[0] === k);
            i = k + 1;
            continue;
          }
        }
        if (!isNameTok(t)) { i++; continue; }
        const j = this.chunkEnd(i, sb);
        // "our President [Aleksandr Lukashenko]": a title waiting for its name in brackets.
        if (pendingRole !== undefined && i >= 1 && (toks[i - 1]!.text === '[' || toks[i - 1]!.text === '(') && !this.lexAt(i, j) && !this.titleAt(i, j)) {
          const pEnd = this.nameEnd(i, j, false);
          if (pEnd > i && toks[pEnd - 1]!.e === toks[j - 1]!.e) {
            this.emitPerson(i, pEnd, pendingRole || undefined);
            pendingRole = undefined;
            i = j;
            continue;
          }
        }
        const state = { role: undefined as string | undefined };
        const person = this.analyseChunk(i, j, state);
        pendingRole = state.role;
        this.afterChunk(i, j, sb, person);
        i = j;
      }
    }
  }

  /** End of the chunk of capitalised words starting at toks[i]. */
  chunkEnd(i: number, sb: number): number {
    const { toks } = this;
    const l0 = this.lexAt(i, sb);
    let j = l0 ? l0[0] : i + 1;
    while (j < sb) {
      const t = toks[j]!;
      const n = toks[j + 1];
      if (isNameTok(t)) {
        const l = this.lexAt(j, sb);
        j = l ? l[0] : j + 1;
        continue;
      }
      if (t.kind === PUNCT) {
        if (t.key === '-' && !t.sp && j + 1 < sb && !n!.sp && isNameTok(n)) { j++; continue; }
        if (t.key === '&' && j + 1 < sb && isNameTok(n)) { j++; continue; }
        break;
      }
      if (t.kind === WORD && !t.cap) {
        let c = 0;
        if (CONNECTORS.has(t.key) || PARTICLES.has(t.key)) c = 1;
        else if (t.key === 'to' && TO_HEADS.has(toks[j - 1]!.key)) c = 1;
        if (c === 1 && (t.key === 'al' || t.key === 'el') && n && n.key === '-' && !n.sp) c = 2; // "al-Assad"
        else if (c === 1 && n && n.key === 'the') c = 2; // "of the"
        if (c > 0 && j + c < sb && isNameTok(toks[j + c])) { j += c; continue; }
      }
      break;
    }
    return j;
  }

  /** After a chunk: an appositive role ("Denis Gonchar, Ambassador of Russia to Belgium") and an acronym in brackets. */
  afterChunk(a: number, b: number, sb: number, person: Mention | null): void {
    const { toks } = this;
    const comma = toks[b];
    if (person && !person.role && comma && comma.text === ',' && b + 1 < sb) {
      let k = b + 1;
      while (k < sb && this.isDemonym(toks[k]!)) k++;
      const title = k < sb ? this.titleAt(k, sb) : null;
      if (title && !title.honorific) {
        // The role runs on through "of"/"to" and names ("of the Republic of Belarus") to a comma or the end;
        // a name right after the title ("…, Senator Cruz") or a verb ("…, Senator, said") means it is no role.
        let end = title.end;
        let ok = true;
        while (end < sb && !SENTENCE_STOPS.has(toks[end]!.text)) {
          const t = toks[end]!;
          if (end === title.end && isNameTok(t)) { ok = false; break; }
          if (t.kind === WORD && !t.cap && !CONNECTORS.has(t.key) && t.key !== 'to' && t.key !== 'the' && t.key !== 'and') { ok = false; break; }
          if (end - b > 14) { ok = false; break; }
          end++;
        }
        // A bare "Senator" after a comma is an address ("Mr. Trump, Senator, I want…").
        if (ok && end - (b + 1) >= 2) person.role = this.span(toks[b + 1]!.s, toks[end - 1]!.e);
      }
    }
    const open = toks[b];
    const acr = toks[b + 1];
    const close = toks[b + 2];
    if (open?.text === '(' && acr && acr.upper && close?.text === ')' && b + 2 < sb) {
      let initials = '';
      for (let k = a; k < b; k++) if (isNameTok(toks[k]) && !this.w.func.has(toks[k]!.key)) initials += toks[k]!.text[0]!.toUpperCase();
      if (!abbreviates(acr.text, initials)) return;
      const end = toks[b - 1]!.e;
      const long = this.mentions.findLast((m) => m.e === end) ?? this.candidates.findLast((c) => c.e === end) ?? null;
      if (!this.aliases.has(acr.key)) this.aliases.set(acr.key, long);
    }
  }

  /**
   * Classifies one chunk toks[a, b). Returns the person it ends with, if any,
   * and sets `state.role` when it ends with a title but no name.
   */
  analyseChunk(a0: number, b0: number, state: { role: string | undefined }): Mention | null {
    const { toks, w } = this;
    let a = a0;
    let b = b0;
    // Leading words that are no part of a name ("However", "The", a sentence-initial common word).
    while (a < b) {
      const t = toks[a]!;
      if (!isNameTok(t)) { a++; continue; }
      if (this.lexAt(a, b) || this.titleAt(a, b) || lookup(w.orgPrefixes, toks, a, b) || w.orgForms.has(t.text)) break;
      if (t.key === 'kingdom' || this.isDemonym(t)) break;
      if (w.stop.has(t.key)) {
        // "National Public Radio", "State Council": a capitalised common word can open an organisation's name.
        if (!w.func.has(t.key) && !t.initial && (this.orgShaped(a, b) || this.placeShaped(a, b))) break;
        a++;
        continue;
      }
      if (t.initial && !this.keepInitial(a) && !(isNameTok(toks[a + 1]) && this.orgShaped(a, b))) { a++; continue; }
      break;
    }
    // Trailing connectors and punctuation; a lowercase word can end a chunk only inside a gazetteer name ("Ural mountains").
    while (b > a && (toks[b - 1]!.kind !== WORD || (!toks[b - 1]!.cap && (CONNECTORS.has(toks[b - 1]!.key) || PARTICLES.has(toks[b - 1]!.key) || toks[b - 1]!.key === 'the' || toks[b - 1]!.key === 'to')))) b--;
    if (a >= b) return null;

    // In an all-capitals headline only gazetteer names are trusted.
    if (this.headline(toks[a]!.sent) === 2) {
      for (let k = a; k < b; k++) {
        const m = this.lexAt(k, b);
        if (m) { this.emitLex(k, m[0], m[1]); k = m[0] - 1; }
      }
      return null;
    }
    let last: Mention | null = null;
    let ofRole: { start: number; after: number; mentions: number } | null = null;
    let prefix = -1; // start of a gazetteer name or demonyms that may open a role ("NATO Secretary General")
    let i = a;
    while (i < b) {
      const t = toks[i]!;
      if (!isNameTok(t)) { i++; continue; }
      const lex = this.lexAt(i, b);
      // 1. The rest is one gazetteer name.
      if (lex && lex[0] === b) {
        this.emitLex(i, b, lex[1]);
        return null;
      }
      // 2. A title, perhaps after demonyms: "Polish President Karol Nawrocki".
      let ti = i;
      while (ti < b && this.isDemonym(toks[ti]!) && !this.titleAt(ti, b)) ti++;
      const title = ti < b ? this.titleAt(ti, b) : null;
      if (title && (!lex || ti > i || lex[0] <= title.end)) {
        const after = title.end;
        const connector = after < b && !toks[after]!.cap;
        // "Justice Ministry" is an organisation, not Minister Justice.
        const orgAfter = !connector && after < b && w.orgSuffixes.has(toks[after]!.key);
        if (!orgAfter) {
          const roleStart = prefix >= 0 ? prefix : i;
          let rs = toks[roleStart]!.s;
          const q = toks[roleStart - 1];
          if (q && q.sent === t.sent && q.kind === WORD && !q.cap && w.qualifiers.has(q.key)) rs = q.s;
          const role = title.honorific ? undefined : this.span(rs, toks[after - 1]!.e);
          const pEnd = after < b && !connector ? this.nameEnd(after, b, false) : after;
          if (pEnd > after) {
            last = this.emitPerson(after, pEnd, role);
            i = pEnd;
          } else {
            if (after >= b) state.role = role ?? '';
            // "Minister of Trade Ilse Brandt": the role may run on through "of" to the name.
            if (connector && role !== undefined) ofRole = { start: rs, after, mentions: this.mentions.length };
            last = null;
            i = after;
          }
          prefix = -1;
          continue;
        }
      }
      // 3. An organisation by its shape.
      if (this.orgShaped(i, b)) {
        this.emitOrg(i, b);
        return null;
      }
      // 4. A place by its suffix: "Kursk Oblast", "Kola Peninsula".
      if (this.placeShaped(i, b)) {
        this.mention(t.s, toks[b - 1]!.e, 'PLACE', this.span(t.s, toks[b - 1]!.e));
        return null;
      }
      if (lex) {
        this.emitLex(i, lex[0], lex[1]);
        prefix = i;
        i = lex[0];
        last = null;
        continue;
      }
      if (this.isDemonym(t) && prefix < 0) prefix = i;
      // 5. Other capitalised words, up to the next gazetteer name, title or connector.
      let j = i + 1;
      const given = w.given.has(t.key);
      while (j < b) {
        const u = toks[j]!;
        if (isNameTok(u)) {
          const l = this.lexAt(j, b);
          if (l && !(given && l[0] === j + 1 && l[1].kind !== 'country' && l[1].kind !== 'org')) break;
          if (this.titleAt(j, b) && !w.given.has(u.key)) break;
        } else if (u.kind === WORD && !PARTICLES.has(u.key)) {
          break;
        }
        j++;
      }
      while (j > i + 1 && !isNameTok(toks[j - 1])) j--;
      const before = this.mentions.length;
      this.classifyRun(i, j);
      const made = this.mentions.length > before ? this.mentions[this.mentions.length - 1]! : null;
      last = made && made.type === 'PERSON' && made.e === toks[j - 1]!.e ? made : null;
      if (ofRole && made && made.type === 'PERSON' && !made.role && before === ofRole.mentions && made.s > t.s) {
        let k = i;
        while (toks[k]!.s < made.s) k++;
        if (k - ofRole.after <= 5) made.role = this.span(ofRole.start, toks[k - 1]!.e);
      }
      ofRole = null;
      if (!this.isDemonym(t)) prefix = -1;
      i = j;
    }
    return last;
  }

  /** A run toks[a, b) of capitalised words with no gazetteer name or title: split at stop words, then typed. */
  classifyRun(a: number, b: number): void {
    const { toks } = this;
    let i = a;
    while (i < b) {
      while (i < b && (!isNameTok(toks[i]) || this.isStop(toks[i]!) || (toks[i]!.initial && !this.keepInitial(i)))) {
        const t = toks[i]!;
        // "the Kingdom": the monarchy the document is about.
        if (t.key === 'kingdom' && t.cap && toks[i - 1]?.key === 'the' && toks[i + 1]?.key !== 'of') this.candidate(i, i + 1, false, true);
        i++;
      }
      if (i >= b) break;
      let j = i + 1;
      while (j < b) {
        const t = toks[j]!;
        if (isNameTok(t) && !this.isStop(t)) { j++; continue; }
        const n = toks[j + 1];
        if (!isNameTok(t) && j + 1 < b && isNameTok(n) && !this.isStop(n!)) { j++; continue; }
        break;
      }
      this.classifyPiece(i, j);
      i = j;
    }
  }

  classifyPiece(a: number, b: number): void {
    const { toks, w } = this;
    const first = toks[a]!;
    const next = toks[b];
    const after = next && next.sent === first.sent ? next : undefined;
    const names: Tok[] = [];
    for (let k = a; k < b; k++) if (isNameTok(toks[k])) names.push(toks[k]!);
    // "Baltops 2025" (an event), "AL 303", "Su 57" (a reference, a model): a name followed by a number.
    const year = after !== undefined && after.kind === NUM && (names.length === 1 || /^\d{4}$/.test(after.text));
    if (names.length === 1) {
      const t = names[0]!;
      if (t.text.length === 1 || isInitials(t) || year) return;
      if (t.upper) {
        if (w.notAcronyms.has(t.key) || this.lowerSeen.has(t.key) || w.given.has(t.key)) return;
        if (after && after.kind === WORD && w.nonEntityHeads.has(after.key)) return; // "the SAFE programme"
        if (t.text.length > 6 && !/\d/.test(t.text)) return; // a shouted word, not an acronym
        // "(LAUGHTER)", "[INAUDIBLE]": a capitalised word alone in brackets is a stage direction (an alias is caught before).
        const o = toks[a - 1];
        if (o && (o.text === '(' || o.text === '[') && (after?.text === ')' || after?.text === ']') && !this.aliases.has(t.key)) return;
        this.candidate(a, b, true);
        return;
      }
      if (/^\p{Lu}{2,}s$/u.test(t.text) || this.lowerSeen.has(t.key)) return; // "NGOs"; a common word
      if (COMMON_NOUN.test(t.key)) return; // "Contributions", "Catholicism"
      this.candidate(a, b, false);
      return;
    }
    // "Trade Ilse Brandt": a given name inside the run starts a person; what comes before is classified apart.
    for (let k = a + 1; k < b - 1; k++) {
      const t = toks[k]!;
      if (isNameTok(t) && w.given.has(t.key) && isNameTok(toks[k + 1]) && !toks[k + 1]!.upper) {
        this.classifyPiece(a, k);
        this.classifyPiece(k, b);
        return;
      }
    }
    const lastName = names[names.length - 1]!;
    if (w.nonEntityHeads.has(lastName.key)) return; // "Emma Lazarus Award", "Minsk Agreements"
    const figure = lookup(w.figureNames, toks, a, b);
    const byShape = w.given.has(first.key) || isInitials(first) || (figure !== null && figure[0] === b)
      || (!first.quoted && names.length <= 3 && !lastName.upper && this.surnameLike(lastName.key, false) && !this.lowerSeen.has(lastName.key));
    const named = w.given.has(first.key) || isInitials(first) || figure !== null;
    const surnamed = names.some((t) => !isInitials(t)); // "A. B. C." alone names no one
    if (byShape && surnamed && !names.slice(1).some((t) => t.upper || (!named && this.lowerSeen.has(t.key)))) {
      const end = this.nameEnd(a, b, true);
      if (end > a + 1 || (end > a && isInitials(first))) {
        this.emitPerson(a, end);
        if (end < b) this.classifyRun(end, b);
        return;
      }
    }
    if (year) return;
    this.candidate(a, b, false);
  }

  // --- the whole document ---------------------------------------------------

  /** Types the candidates and gives each entity one name across its mentions. */
  resolve(meta: Doc['meta'] | null): void {
    const { w } = this;
    // People: full names by their last name.
    const fullByLast = new Map<string, Map<string, string>>();
    const fullByFirst = new Map<string, Map<string, string>>();
    const index = (by: Map<string, Map<string, string>>, k: string, key: string, display: string): void => {
      let m = by.get(k);
      if (!m) { m = new Map(); by.set(k, m); }
      if (!m.has(key)) m.set(key, display);
    };
    const addFull = (display: string, tokens: string[]): void => {
      const names = tokens.filter((k) => !k.includes('.'));
      if (names.length < 2) return;
      const key = names.join(' ');
      index(fullByLast, names[names.length - 1]!, key, display);
      // A given name alone ("Donald, you said…") names its only bearer.
      if (this.w.given.has(names[0]!)) index(fullByFirst, names[0]!, key, display);
    };
    const nameTokens = (s: string): string[] => s.split(/\s+/).filter(Boolean).map(fold);
    if (meta) {
      for (const p of [meta.interviewee, meta.interviewer]) if (p) addFull(p.trim().replace(/\s+/g, ' '), nameTokens(p));
    }
    for (const m of this.mentions) if (m.person) addFull(m.name.replace(/[’']s$/, ''), m.person);
    const personKeys = new Set<string>();
    for (const [last, fulls] of fullByLast) {
      personKeys.add(last);
      for (const k of fulls.keys()) personKeys.add(k);
    }
    for (const m of this.mentions) if (m.person) for (const k of m.person) if (!k.includes('.')) personKeys.add(m.person.length === 1 ? k : m.person.filter((x) => !x.includes('.')).join(' '));

    const orgByKey = new Map<string, Mention>();
    for (const m of this.mentions) if (m.type === 'ORG') orgByKey.set(fold(m.name), m);
    const outlet = meta?.outlet ? fold(meta.outlet) : null;

    // Votes from cues, for names typed by their context somewhere in the document.
    // A weak cue ("in X") counts when it comes with at least a third of the name's mentions ("in Obamacare" once is not enough).
    const votes = new Map<string, Map<EntityType, number>>();
    const seen = new Map<string, number>();
    const weakPlace = new Map<string, number>();
    for (const c of this.candidates) {
      if (c.kingdom) continue;
      seen.set(c.key, (seen.get(c.key) ?? 0) + 1);
      if (!c.cue || c.weak) continue;
      if (c.cue === WEAK_PLACE) { weakPlace.set(c.key, (weakPlace.get(c.key) ?? 0) + 1); continue; }
      let v = votes.get(c.key);
      if (!v) { v = new Map(); votes.set(c.key, v); }
      v.set(c.cue, (v.get(c.cue) ?? 0) + 1);
    }
    for (const [key, n] of weakPlace) {
      if (n * 3 < seen.get(key)!) continue;
      let v = votes.get(key);
      if (!v) { v = new Map(); votes.set(key, v); }
      v.set('PLACE', (v.get('PLACE') ?? 0) + n);
    }

    const typeOf = (c: Candidate): [EntityType, string, string | undefined] | null => {
      if (personKeys.has(c.key)) return ['PERSON', c.display, undefined];
      if (outlet && c.key === outlet) return ['ORG', meta!.outlet!, undefined];
      const org = orgByKey.get(c.key);
      if (org) return ['ORG', org.name, org.id];
      if (w.figures.has(c.key) && !c.acronym) return ['PERSON', c.display, undefined];
      if (c.weak) return null;
      const v = votes.get(c.key);
      if (v) {
        let best: EntityType | null = null;
        let n = 0;
        for (const [t, k] of v) if (k > n) { best = t; n = k; }
        if (best) return [best, c.display, undefined];
      }
      if (c.surname) return ['PERSON', c.display, undefined];
      if (c.acronym) return ['ORG', c.display, undefined];
      return null;
    };

    // Countries mentioned, for "the Kingdom".
    const countryCount = new Map<string, [number, Mention]>();
    for (const m of this.mentions) {
      if (m.type !== 'PLACE' || !m.id || !w.kingdoms.has(m.id)) continue;
      const c = countryCount.get(m.id);
      countryCount.set(m.id, [(c?.[0] ?? 0) + 1, c?.[1] ?? m]);
    }
    let kingdom: Mention | null = null;
    let most = 0;
    for (const [n, m] of countryCount.values()) if (n > most) { most = n; kingdom = m; }

    const pending: Candidate[] = [];
    for (const c of this.candidates) {
      if (c.kingdom) {
        if (kingdom) c.resolved = this.mention(c.s, c.e, 'PLACE', kingdom.name, kingdom.id);
        continue;
      }
      if (c.acronym && this.aliases.has(c.key)) { pending.push(c); continue; }
      const t = typeOf(c);
      c.resolved = t ? this.mention(c.s, c.e, t[0], t[1], t[2]) : null;
      if (c.resolved && t![0] === 'PERSON') c.resolved.person = nameTokens(c.display);
    }
    // Acronyms introduced in brackets take their long form's type and name, or are dropped with it.
    for (const c of pending) {
      const long = this.aliases.get(c.key) ?? null;
      const target = long === null ? null : 'type' in long ? long : long.resolved ?? null;
      if (target) this.mention(c.s, c.e, target.type, target.name, target.id);
    }

    // One name per person: a surname alone takes the only full name ending with it.
    for (const m of this.mentions) {
      if (!m.person) continue;
      const names = m.person.filter((k) => !k.includes('.'));
      const own = m.name.replace(/[’']s$/, '');
      if (names.length >= 2) {
        m.name = fullByLast.get(names[names.length - 1]!)?.get(names.join(' ')) ?? own;
        continue;
      }
      const key = names[names.length - 1];
      const fulls = key !== undefined ? fullByLast.get(key) : undefined;
      const firsts = key !== undefined && !fulls ? fullByFirst.get(key) : undefined;
      m.name = fulls && fulls.size === 1 ? [...fulls.values()][0]! : firsts && firsts.size === 1 ? [...firsts.values()][0]! : own;
    }

    // One name per generic organisation: "Foreign Ministry" is the only "… Foreign Ministry" named in full.
    const bySuffix = new Map<string, Set<string>>();
    for (const m of this.mentions) {
      if (!m.generic) continue;
      const words = fold(m.name).split(' ');
      for (let k = 1; k < words.length; k++) {
        const suffix = words.slice(k).join(' ');
        let set = bySuffix.get(suffix);
        if (!set) { set = new Set(); bySuffix.set(suffix, set); }
        set.add(m.name);
      }
    }
    const longer = new Map<string, string>();
    for (const m of this.mentions) {
      const hits = m.generic ? bySuffix.get(fold(m.name)) : undefined;
      if (hits && hits.size === 1) longer.set(m.name, [...hits][0]!);
    }
    for (const m of this.mentions) if (m.generic) m.name = longer.get(m.name) ?? m.name;
  }

  entities(): Entity[] {
    const sorted = this.mentions.slice().sort((x, y) => x.s - y.s || x.e - y.e);
    const out: Entity[] = [];
    let prev: Mention | undefined;
    for (const m of sorted) {
      if (prev && prev.s === m.s && prev.e === m.e) continue;
      prev = m;
      out.push({
        start: m.s,
        end: m.e,
        type: m.type,
        name: m.name,
        ...(m.id !== undefined ? { id: m.id } : {}),
        ...(m.role ? { role: m.role } : {}),
      });
    }
    return out;
  }
}

/**
 * People, organisations and places, one item per mention, with one canonical
 * `name` per entity across the document; ISO 3166-1 alpha-2 `id` for
 * countries, a slug for known organisations; titles go to `role`
 * ("Defense Minister Theo Francken" is Theo Francken, role "Defense Minister").
 * A gazetteer first, then capitalised words typed by titles, given names,
 * organisation and place words, and the words around them.
 *
 * @example runStages(doc, [turns(), sentences(), entities()]).entities
 */
export function entities(options: EntityOptions = {}): Stage<'entities'> {
  const custom = options.places || options.organisations || options.givenNames;
  const w = custom ? buildWords(options) : (defaultWords ??= buildWords(options));
  const useMeta = options.useMeta ?? true;
  return {
    layer: 'entities',
    needs: ['sentences'],
    run(doc) {
      const pass = new Pass(doc.text, doc.sentences ?? [], w);
      pass.scan();
      pass.resolve(useMeta ? doc.meta : null);
      return pass.entities();
    },
  };
}
