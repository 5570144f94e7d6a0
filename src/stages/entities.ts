import type { Doc, Entity, EntityType, Sentence } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { AMBIGUOUS, BEFORE_NUMBER, NON_TERMINAL } from '../lexicon/abbreviations.js';
import { MONTHS, RU_MONTHS } from '../lexicon/months.js';
import {
  COMPANIES, INTERNATIONAL, MEDIA, NATIONAL, ORG_CUE_NOUNS, ORG_FORMS, ORG_PREFIXES, ORG_SUFFIXES, RELIGIOUS,
  RU_ORG_CUE_NOUNS, RU_ORG_HEADS, RU_ORG_PLACE_HEADS, RU_ORGANISATIONS,
} from '../lexicon/organisations.js';
import {
  CITIES, COUNTRIES, DEMONYMS, KINGDOMS, PLACE_CUE_NOUNS, PLACE_SUFFIXES, REGION_WORDS, REGIONS, RU_CITIES, RU_COUNTRIES,
  RU_PLACE_CUE_NOUNS, RU_PLACE_CUES, RU_PLACE_PREPOSITIONS, RU_REGIONS,
} from '../lexicon/places.js';
import { adjectiveForms, caseForms, NAME_KEY_ENDINGS } from '../lexicon/russian.js';
import { FUNCTION_WORDS, NON_ENTITY_HEADS, NOT_ACRONYMS, NOT_NAMES, RUSSIAN_FUNCTION_WORDS, WEEKDAYS } from '../lexicon/stopwords.js';
import {
  GIVEN_NAMES, HONORIFIC_PHRASES, HONORIFICS, PERSON_CUE_NOUNS, PUBLIC_FIGURES, ROLE_QUALIFIERS, RU_GIVEN_NAMES,
  RU_HONORIFICS, RU_PATRONYMIC_ENDINGS, RU_PUBLIC_FIGURES, RU_SURNAME_ENDINGS, RU_TITLE_HEADS, RU_TITLE_MODIFIERS,
  SURNAME_ENDINGS, SURNAME_ENDINGS_AFTER_NAME, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PHRASES,
} from '../lexicon/titles.js';
import { isDigit, isLetter, isLower, isUpper } from './chars.js';

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

// ---------------------------------------------------------------------------
// Russian: sentences written mostly in Cyrillic are read by their own pass. Names are inflected, titles are
// often lower case, and capitalised words open sentences as in English; the gazetteers are written in the
// nominative and expanded to their case forms (src/lexicon/russian.ts), and unknown names are grouped by their
// stem across cases, typed by the words around them and named in the nominative.

interface RuWords {
  /** Places and organisations, every case form. */
  readonly gaz: Node;
  /** Title heads (lemma in `name`), every case form, any capitalisation. */
  readonly titles: Node;
  /** Heads of organisations' names (lemma in `name`), every case form. */
  readonly orgHeads: Node;
  /** Folded form of a title modifier → its nominative ("генерального" → "генеральный"). */
  readonly titleMods: ReadonlyMap<string, string>;
  /** Folded given-name form → its nominative, and whether the form is the nominative. */
  readonly given: ReadonlyMap<string, { lemma: string; nom: boolean }>;
  /** Name key of a public figure's surname → the full name. */
  readonly figures: ReadonlyMap<string, string>;
  readonly honorifics: ReadonlySet<string>;
  readonly orgCues: ReadonlySet<string>;
  readonly placeCues: ReadonlySet<string>;
  readonly placeCueNouns: ReadonlySet<string>;
  readonly placePreps: ReadonlySet<string>;
  readonly orgPlaceHeads: ReadonlySet<string>;
  readonly func: ReadonlySet<string>;
  readonly patronymicEnds: readonly string[];
  readonly surnameEnds: readonly string[];
}

let ruWords: RuWords | undefined;

/** A trie of every case form of `rows` ("lemma" or "lemma|irregular form|…"), each entry named by its lemma. */
function formsTrie(rows: readonly string[], type: EntityType, kind: LexKind, common: boolean): Node {
  const root = new Node();
  for (const row of rows) {
    const [lemma, ...extra] = row.split('|') as [string, ...string[]];
    const make = (shapes: Uint8Array): LexEntry => ({ type, name: lemma, id: undefined, kind, shapes });
    for (const f of [...caseForms(lemma, common), ...extra]) insert(root, f, make, false);
  }
  return root;
}

function formKeys(rows: readonly string[], common: boolean): Set<string> {
  const out = new Set<string>();
  for (const r of rows) for (const f of caseForms(r, common)) out.add(fold(f));
  return out;
}

function buildRuWords(): RuWords {
  const gaz = new Node();
  for (const row of RU_COUNTRIES) {
    const [id, name, ...others] = row.split('|') as [string, string, ...string[]];
    const make = (shapes: Uint8Array): LexEntry => ({ type: 'PLACE', name, id, kind: 'country', shapes });
    for (const n of [name, ...others]) for (const f of caseForms(n)) insert(gaz, f, make, false);
  }
  for (const [rows, kind] of [[RU_CITIES, 'city'], [RU_REGIONS, 'region']] as const) {
    for (const row of rows) {
      const names = row.split('|');
      const make = (shapes: Uint8Array): LexEntry => ({ type: 'PLACE', name: names[0]!, id: undefined, kind, shapes });
      for (const n of names) for (const f of caseForms(n)) insert(gaz, f, make, false);
    }
  }
  for (const row of RU_ORGANISATIONS) {
    const [id, name, ...others] = row.split('|') as [string, string, ...string[]];
    const make = (shapes: Uint8Array): LexEntry => ({ type: 'ORG', name, id, kind: 'org', shapes });
    for (const n of [name, ...others]) for (const f of caseForms(n, true)) insert(gaz, f, make, false);
  }
  const given = new Map<string, { lemma: string; nom: boolean }>();
  for (const g of RU_GIVEN_NAMES) {
    for (const f of caseForms(g)) {
      const k = fold(f);
      if (!given.has(k) || f === g) given.set(k, { lemma: g, nom: f === g });
    }
  }
  const figures = new Map<string, string>();
  for (const f of RU_PUBLIC_FIGURES) figures.set(nameKey(fold(f.split(' ').at(-1)!)), f);
  const titleMods = new Map<string, string>();
  for (const m of RU_TITLE_MODIFIERS) for (const f of adjectiveForms(m)) titleMods.set(fold(f), m);
  return {
    gaz,
    titles: formsTrie(RU_TITLE_HEADS, 'PERSON', 'phrase', true),
    orgHeads: formsTrie(RU_ORG_HEADS, 'ORG', 'org', true),
    titleMods,
    given,
    figures,
    honorifics: formKeys(RU_HONORIFICS, true),
    orgCues: formKeys(RU_ORG_CUE_NOUNS, true),
    placeCues: formKeys(RU_PLACE_CUES, true),
    placeCueNouns: formKeys(RU_PLACE_CUE_NOUNS, true),
    placePreps: new Set(RU_PLACE_PREPOSITIONS),
    orgPlaceHeads: keys(RU_ORG_PLACE_HEADS),
    func: keys([...RUSSIAN_FUNCTION_WORDS, ...WEEKDAYS, ...Object.keys(MONTHS), ...Object.keys(RU_MONTHS)]),
    patronymicEnds: RU_PATRONYMIC_ENDINGS,
    surnameEnds: RU_SURNAME_ENDINGS.map(fold),
  };
}

/** The key that groups the case forms of one proper name: the folded word without its case ending. */
function nameKey(key: string): string {
  for (const e of NAME_KEY_ENDINGS) if (key.length - e.length >= 3 && key.endsWith(e)) return key.slice(0, -e.length);
  return key;
}

const isCyrillicTok = (t: Tok | undefined): boolean => {
  const c = t ? t.text.charCodeAt(0) : 0;
  return c >= 0x400 && c <= 0x4ff;
};
const isOpenQuote = (t: Tok | undefined): boolean => !!t && t.kind === PUNCT && (t.text === '"' || OPEN_DOUBLE.has(t.text));
const isCloseQuote = (t: Tok | undefined): boolean => !!t && t.kind === PUNCT && (t.text === '"' || CLOSE_DOUBLE.has(t.text));
/** Russian verb forms, which end a title's complements ("президент заявил"); short words ("дел", "лет") are nouns. */
const RU_VERB_END = /(?:ет|ит|ют|ут|ят|ат|ть|ться|тся|ли|ла|ло|лся|лась|лись|ал|ил|ел|ял|ешь|ишь|ем|им)$/;
const isRuVerb = (key: string): boolean => key.length > 4 && RU_VERB_END.test(key);
/** Male given names in -а/-я (the rest are female). */
const RU_MALE_IN_A = new Set(['никита', 'илья', 'кузьма', 'фома', 'лука', 'савва', 'данила', 'гаврила', 'мустафа']);

/** A Russian mention before its type and name are settled. */
interface RuMention {
  readonly s: number;
  readonly e: number;
  type: EntityType | null;
  name: string;
  id: string | undefined;
  role: string | undefined;
  /** Grouping key for unknown names and people (surname key). */
  readonly key: string;
  /** Observed surface forms of the grouped word (the surname, or the unknown name). */
  readonly forms: string[];
  /** People: the given name as a lemma, whether this mention has it in the nominative, patronymic, initials. */
  readonly given?: { lemma: string; nom: boolean; form: string };
  readonly patronymic?: string;
  readonly initials?: string;
  /** Votes for a type, from the words around an unknown name. */
  readonly votes?: Partial<Record<EntityType, number>>;
  /** A generic organisation: canonical name already built. */
  readonly generic?: boolean;
}

class RuPass {
  readonly toks: Tok[] = [];
  readonly ranges: [number, number][] = [];
  readonly out: RuMention[] = [];
  /** Keys of capitalised words seen not at the start of a sentence. */
  readonly capSeen = new Set<string>();

  constructor(readonly text: string, sentences: readonly { start: number; end: number }[], readonly w: RuWords, readonly en: Words) {
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const a = this.toks.length;
      tokenize(text, s.start, s.end, k, this.toks);
      markPositions(this.toks, a, this.toks.length);
      this.ranges.push([a, this.toks.length]);
    }
    for (const t of this.toks) if (t.kind === WORD && t.cap && !t.initial) this.capSeen.add(nameKey(t.key));
  }

  span(s: number, e: number): string {
    return this.text.slice(s, e).replace(/\s+/g, ' ');
  }

  /** A gazetteer name at toks[i] (Russian forms, or the English gazetteer for Latin words). */
  lexAt(i: number, b: number): [number, LexEntry] | null {
    const t = this.toks[i]!;
    if (!isNameTok(t)) return null;
    const m = isCyrillicTok(t) ? lookup(this.w.gaz, this.toks, i, b) : lookup(this.en.gaz, this.toks, i, b);
    if (!m) return null;
    // A sentence-initial common word is no name ("Союз" alone is not in the gazetteer; "Мир" neither).
    return m;
  }

  /** A title at toks[i]: optional modifiers, then a head in any case. Returns its end and the head's lemma. */
  titleAt(i: number, b: number): { end: number; head: number; lemma: string } | null {
    let j = i;
    while (j < b && j < i + 3 && this.toks[j]!.kind === WORD && this.w.titleMods.has(this.toks[j]!.key)) j++;
    const m = lookup(this.w.titles, this.toks, j, b);
    return m ? { end: m[0], head: j, lemma: m[1].name } : null;
  }

  /** A given name, patronymic and surname, or initials and a surname, at toks[p]. */
  personAt(p: number, b: number): { end: number; given?: { lemma: string; nom: boolean; form: string }; patronymic?: string; initials?: string; surname: number } | null {
    const { toks, w } = this;
    const t = toks[p];
    if (!t || !isNameTok(t)) return null;
    const nameWord = (q: number): boolean => {
      const u = toks[q];
      return !!u && q < b && isNameTok(u) && !u.upper && !isInitials(u) && !w.func.has(u.key) && !lookup(w.gaz, toks, q, b)
        && !lookup(w.titles, toks, q, b) && !lookup(w.orgHeads, toks, q, b) && !w.placeCues.has(u.key);
    };
    const hyphenated = (q: number): number => (toks[q + 1]?.key === '-' && !toks[q + 1]!.sp && nameWord(q + 2) && !toks[q + 2]!.sp ? q + 3 : q + 1);
    if (isInitials(t)) {
      let q = p + 1;
      let initials = t.text;
      while (q < b && isInitials(toks[q]!)) { initials += toks[q]!.text; q++; }
      if (!nameWord(q)) return null;
      return { end: hyphenated(q), initials, surname: q };
    }
    const g = w.given.get(t.key);
    if (!g) return null;
    const given = { ...g, form: t.text };
    const q = p + 1;
    if (!nameWord(q)) return null;
    if (w.patronymicEnds.some((e) => patronymic(nameKey(toks[q]!.key), e))) {
      if (nameWord(q + 1)) return { end: hyphenated(q + 1), given, patronymic: toks[q]!.text, surname: q + 1 };
      return { end: q + 1, given, patronymic: toks[q]!.text, surname: -1 };
    }
    return { end: hyphenated(q), given, surname: q };
  }

  /** An unknown capitalised word or run at toks[i], typed later by votes. */
  candidate(a: number, e: number, votes: Partial<Record<EntityType, number>>, role?: string): void {
    const { toks } = this;
    const last = toks[e - 1]!;
    const keyParts: string[] = [];
    for (let k = a; k < e; k++) if (toks[k]!.kind === WORD) keyParts.push(nameKey(toks[k]!.key));
    this.out.push({
      s: toks[a]!.s, e: last.e, type: null, name: this.span(toks[a]!.s, last.e), id: undefined, role,
      key: keyParts.join(' '), forms: [this.span(toks[a]!.s, last.e)], votes,
    });
  }

  emitLex(i: number, end: number, entry: LexEntry): void {
    const { toks } = this;
    this.out.push({ s: toks[i]!.s, e: toks[end - 1]!.e, type: entry.type, name: entry.name, id: entry.id, role: undefined, key: '', forms: [] });
  }

  emitPerson(p: NonNullable<ReturnType<RuPass['personAt']>>, start: number, role?: string): void {
    const { toks } = this;
    const sTok = p.surname >= 0 ? toks[p.surname]! : undefined;
    const surnameForm = sTok ? this.span(sTok.s, toks[p.end - 1]!.e) : '';
    this.out.push({
      s: toks[start]!.s, e: toks[p.end - 1]!.e, type: 'PERSON', name: '', id: undefined, role,
      key: sTok ? nameKey(fold(surnameForm)) : `${p.given ? fold(p.given.lemma) : ''} ${nameKey(fold(p.patronymic ?? ''))}`,
      forms: surnameForm ? [surnameForm] : [],
      ...(p.given ? { given: p.given } : {}), ...(p.patronymic ? { patronymic: p.patronymic } : {}),
      ...(p.initials ? { initials: p.initials } : {}),
    });
  }

  /** The cue words before toks[i] as votes: "Республика Карвения", "город X", "компания X", "в X". */
  cueVotes(i: number): Partial<Record<EntityType, number>> {
    const { toks, w } = this;
    const p = toks[i - 1];
    if (!p || p.sent !== toks[i]!.sent || p.kind !== WORD) return {};
    if (w.placeCues.has(p.key) || w.placeCueNouns.has(p.key)) return { PLACE: 3 };
    if (w.orgCues.has(p.key)) return { ORG: 3 };
    if ((!p.cap || p.initial) && w.placePreps.has(p.key)) return { PLACE: 1 };
    // "Президент Ордении", "посла Ордении": a genitive in -ии after a title names a country more often than not.
    const raw = toks[i]!.text.toLowerCase();
    if (raw.endsWith('ии') && lookup(w.titles, toks, i - 1, i)) return { PLACE: 1 };
    return {};
  }

  /** A generic organisation from a head at toks[i] ("Министерство иностранных дел Карвении"): its end, or -1. */
  orgFrom(i: number, headEnd: number, headLemma: string, b: number): number {
    const { toks, w } = this;
    let j = headEnd;
    let last = -1;
    for (let n = 0; j < b && n < 8; n++) {
      const t = toks[j]!;
      if (t.kind !== WORD) break;
      if (t.cap) {
        const lex = this.lexAt(j, b);
        if (lex) { j = lex[0]; last = j; continue; }
        if (w.given.has(t.key) || lookup(w.titles, toks, j, b)) break;
        j++;
        last = j;
        continue;
      }
      const nextCap = isNameTok(toks[j + 1]);
      if ((t.key === 'в' || t.key === 'во') && w.orgPlaceHeads.has(fold(headLemma)) && nextCap) { j++; continue; }
      if ((t.key === 'при' || t.key === 'по') && j + 1 < b && toks[j + 1]!.kind === WORD) { j++; continue; }
      if (t.key === 'и' && last === j && toks[j + 1]?.kind === WORD && !toks[j + 1]!.cap) { j++; continue; }
      if (w.func.has(t.key) || isRuVerb(t.key) || t.key.length < 3) break;
      j++;
      last = j;
    }
    return last;
  }

  scan(): void {
    for (const [a, b] of this.ranges) this.scanRange(a, b, b);
  }

  /** Reads toks[a, e) of a sentence that ends at `b`. */
  scanRange(a: number, e: number, b: number): void {
    const { toks, w } = this;
    let i = a;
    while (i < e) {
      const t = toks[i]!;
      // A quoted name after an organisation noun or legal form: компания «Карвгаз», агентству "Степь-Пресс".
      if (t.kind === WORD && (w.orgCues.has(t.key) || this.en.orgForms.has(t.text)) && isOpenQuote(toks[i + 1]) && isNameTok(toks[i + 2])) {
        let k = i + 2;
        while (k < e && k < i + 12 && !isCloseQuote(toks[k]) && !SENTENCE_STOPS.has(toks[k]!.text)) k++;
        if (isCloseQuote(toks[k])) {
          const inner = lookup(w.gaz, toks, i + 2, k);
          const name = inner && inner[0] === k ? inner[1].name : this.span(toks[i + 2]!.s, toks[k - 1]!.e);
          this.out.push({ s: toks[i + 2]!.s, e: toks[k - 1]!.e, type: 'ORG', name, id: inner && inner[0] === k ? inner[1].id : undefined, role: undefined, key: '', forms: [] });
          i = k + 1;
          continue;
        }
      }
      // A title, perhaps lower case: its complements, then the name it introduces.
      const title = t.kind === WORD ? this.titleAt(i, e) : null;
      if (title) {
        const next = this.afterTitle(i, title, e, b);
        i = next > i ? next : title.end; // a title with no name names no one ("Господин Посол")
        continue;
      }
      // "господин Варнис"
      if (t.kind === WORD && w.honorifics.has(t.key) && isNameTok(toks[i + 1]) && !lookup(w.titles, toks, i + 1, e)) {
        const p = this.personAt(i + 1, e);
        if (p) { this.emitPerson(p, i + 1); i = p.end; continue; }
        if (!this.lexAt(i + 1, e)) { this.candidate(i + 1, i + 2, { PERSON: 3 }); i += 2; continue; }
      }
      if (!isNameTok(t)) { i++; continue; }
      const p = this.personAt(i, e);
      if (p) { this.emitPerson(p, i); i = p.end; continue; }
      const lex = this.lexAt(i, e);
      const head = isCyrillicTok(t) ? lookup(w.orgHeads, toks, i, e) : null;
      if (head && (!lex || lex[1].type === 'ORG')) {
        const end = this.orgFrom(i, head[0], head[1].name, e);
        if (end > head[0] && (!lex || end > lex[0])) {
          const rest = this.span(toks[head[0]]!.s, toks[end - 1]!.e);
          this.out.push({ s: t.s, e: toks[end - 1]!.e, type: 'ORG', name: `${head[1].name} ${rest}`, id: undefined, role: undefined, key: '', forms: [], generic: true });
          this.scanRange(head[0], end, b);
          i = end;
          continue;
        }
      }
      if (lex) { this.emitLex(i, lex[0], lex[1]); i = lex[0]; continue; }
      // Unknown capitalised words: one at a time, typed by their cues once the document is read.
      if (!t.upper && isCyrillicTok(t) && !w.func.has(t.key) && !isInitials(t) && t.text.length > 2 && !w.placeCues.has(t.key)
        && !w.honorifics.has(t.key) && (!t.initial || this.capSeen.has(nameKey(t.key))) && !t.quoted) {
        const votes = this.cueVotes(i);
        this.candidate(i, i + 1, votes);
      }
      i++;
    }
  }

  /**
   * After a title at toks[i]: complements (lowercase genitives, gazetteer names, "в"/"при" and a place) up to the
   * name of the person. Returns where to go on, or `i` when no person follows.
   */
  afterTitle(i: number, title: { end: number; head: number; lemma: string }, e: number, b: number): number {
    const { toks, w } = this;
    let j = title.end;
    let lower = 0;
    let unknownCaps = 0;
    for (let n = 0; j < e && n < 12; n++) {
      const t = toks[j]!;
      if (t.kind === PUNCT) {
        if (t.key === '-' && !t.sp && j + 1 < e && !toks[j + 1]!.sp) { j++; continue; }
        break;
      }
      if (t.kind !== WORD) break;
      const p = isNameTok(t) ? this.personAt(j, e) : null;
      if (p) {
        this.emitPerson(p, j, this.role(i, title, j));
        this.scanRange(title.end, j, b);
        return p.end;
      }
      if (isNameTok(t)) {
        const lex = this.lexAt(j, e);
        if (lex) { j = lex[0]; continue; }
        if (t.upper || w.placeCues.has(t.key) || lookup(w.orgHeads, toks, j, e)) { j++; unknownCaps++; continue; }
        if (w.func.has(t.key)) break;
        // A surname alone after the title ("Президент Даскал", "президента Даскала"): a person if the document
        // agrees. After a title in the nominative a word in -и/-ы is a genitive ("Президент Карвении заявил").
        const nominative = fold(title.lemma) === toks[title.end - 1]!.key || toks[title.end - 1]!.key === fold(title.lemma.split('-').at(-1)!);
        // A word in -ии is never a surname form ("Ордении"), and a full name further on is the person.
        const genitive = (nominative && /[иы]$/.test(t.key)) || t.text.toLowerCase().endsWith('ии');
        const nameAhead = this.personAt(j + 1, e) !== null || (isNameTok(toks[j + 1]) && this.personAt(j + 2, e) !== null);
        if (unknownCaps === 0 && !genitive && !nameAhead
          && !(toks[j - 1]?.kind === WORD && (w.placeCues.has(toks[j - 1]!.key) || w.placePreps.has(toks[j - 1]!.key)))) {
          const role = this.role(i, title, j);
          this.scanRange(title.end, j, b);
          this.candidate(j, j + 1, { PERSON: 2 }, role);
          return j + 1;
        }
        // Two unknown capitalised words ending the complements: a given name we do not know and a surname
        // ("Президент Ордении Томаш Крайно"), unless a place word precedes them ("Республики Карвения").
        const n1 = toks[j + 1];
        const prevTok = toks[j - 1]!;
        if (n1 && j + 1 < e && isNameTok(n1) && !n1.upper && !this.lexAt(j + 1, e) && !w.func.has(n1.key) && !w.placeCues.has(n1.key)
          && !isNameTok(toks[j + 2]) && !(prevTok.kind === WORD && (w.placeCues.has(prevTok.key) || w.placePreps.has(prevTok.key)))
          && !lookup(w.orgHeads, toks, j, e)) {
          const p = { end: j + 2, given: { lemma: t.text, nom: true, form: t.text }, surname: j + 1 };
          this.emitPerson(p, j, this.role(i, title, j));
          this.scanRange(title.end, j, b);
          return j + 2;
        }
        j++;
        unknownCaps++;
        continue;
      }
      if (t.key === 'в' || t.key === 'во' || t.key === 'при' || t.key === 'по' || t.key === 'и') { j++; continue; }
      if (w.func.has(t.key) || isRuVerb(t.key) || ++lower > 4) break;
      j++;
    }
    return i;
  }

  /** The role of a title spanning toks[i, j), with its head in the nominative ("Посла Карвении" → "Посол Карвении"). */
  role(i: number, title: { end: number; head: number; lemma: string }, j: number): string {
    const { toks } = this;
    let k = j;
    while (k > title.end && (toks[k - 1]!.kind !== WORD || ['в', 'во', 'при', 'по', 'и'].includes(toks[k - 1]!.key))) k--;
    const words: string[] = [];
    for (let m = i; m < title.head; m++) words.push(this.w.titleMods.get(toks[m]!.key) ?? toks[m]!.text);
    words.push(title.lemma);
    if (toks[i]!.cap) words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    const after = k > title.end ? ` ${this.span(toks[title.end]!.s, toks[k - 1]!.e)}` : '';
    return `${words.join(' ')}${after}`;
  }

  /** Types the unknown names by votes and known people, and names every entity in the nominative. */
  resolve(meta: Doc['meta'] | null): void {
    const { w } = this;
    const people = this.out.filter((m) => m.type === 'PERSON');
    const personKeys = new Set(people.map((m) => m.key));
    if (meta) {
      for (const p of [meta.interviewee, meta.interviewer]) {
        const last = p?.trim().split(/\s+/).at(-1);
        if (last && /[\u0400-\u04ff]/.test(last)) personKeys.add(nameKey(fold(last)));
      }
    }
    // Votes per key across the document.
    const votes = new Map<string, Partial<Record<EntityType, number>>>();
    for (const m of this.out) {
      if (m.type !== null || !m.votes) continue;
      const v = votes.get(m.key) ?? {};
      for (const [t, n] of Object.entries(m.votes) as [EntityType, number][]) v[t] = (v[t] ?? 0) + n;
      votes.set(m.key, v);
    }
    for (const m of this.out) {
      if (m.type !== null) continue;
      if (personKeys.has(m.key) || w.figures.has(m.key)) { m.type = 'PERSON'; continue; }
      const v = votes.get(m.key) ?? {};
      let best: EntityType | null = null;
      let n = 0;
      for (const t of ['PLACE', 'ORG', 'PERSON'] as const) if ((v[t] ?? 0) > n) { best = t; n = v[t]!; }
      // A single weak hint ("в X" once) types nothing; a title or a cue noun does.
      if (best && (n >= 2 || this.out.filter((o) => o.key === m.key).length >= 2)) m.type = best;
      if (m.type !== 'PERSON') (m as { role: string | undefined }).role = undefined;
    }
    // Names: people by their surname key, unknown names by their case forms.
    const byKey = new Map<string, RuMention[]>();
    for (const m of this.out) {
      if (m.type === null || !m.key || m.generic) continue;
      const list = byKey.get(m.key) ?? [];
      list.push(m);
      byKey.set(m.key, list);
    }
    for (const [, list] of byKey) {
      const forms = list.flatMap((m) => m.forms);
      const persons = list.filter((m) => m.type === 'PERSON');
      if (persons.length) {
        const name = personName(persons, forms);
        for (const m of persons) m.name = name;
      }
      const others = list.filter((m) => m.type !== 'PERSON');
      if (others.length) {
        const name = lemmaOf(forms);
        for (const m of others) m.name = name;
      }
    }
  }

  entities(): Entity[] {
    const kept = this.out.filter((m) => m.type !== null);
    kept.sort((x, y) => x.s - y.s || x.e - y.e);
    const out: Entity[] = [];
    let prev: RuMention | undefined;
    for (const m of kept) {
      if (prev && prev.s === m.s && prev.e === m.e) continue;
      prev = m;
      out.push({ start: m.s, end: m.e, type: m.type!, name: m.name, ...(m.id !== undefined ? { id: m.id } : {}), ...(m.role ? { role: m.role } : {}) });
    }
    return out;
  }
}

/** True when more letters of text[start, end) are Cyrillic than Latin. */
function mostlyCyrillic(text: string, start: number, end: number): boolean {
  let cyr = 0;
  let lat = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  return cyr > lat;
}

/** True when `key` (folded) ends in the patronymic ending `end` after a stem of three letters or more. */
function patronymic(key: string, end: string): boolean {
  return key.length >= end.length + 3 && key.endsWith(end);
}

/**
 * The nominative among observed case forms of one name: the form whose own paradigm covers most of the
 * others ("Карвения" covers "Карвении", "Карвенией"); ties go to the shortest, then the first seen.
 */
function lemmaOf(forms: readonly string[]): string {
  const seen = [...new Set(forms)];
  if (seen.length === 1) return nominativeGuess(seen[0]!);
  const folded = new Set(seen.map(fold));
  let best = seen[0]!;
  let bestScore = -1;
  for (const f of seen) {
    let score = 0;
    for (const g of caseForms(f)) if (folded.has(fold(g))) score++;
    if (score > bestScore || (score === bestScore && f.length < best.length)) { best = f; bestScore = score; }
  }
  return nominativeGuess(best);
}

/** "Ордении", "Орденией", "Ордению" → "Ордения": the nominative of the commonest paradigm of place names. */
function nominativeGuess(form: string): string {
  const m = /^(.*[^\s])(?:ии|ией|ию)$/u.exec(form);
  return m && m[1]!.length >= 3 && /[\u0400-\u04ff]$/.test(m[1]!) ? `${m[1]}ия` : form;
}

/** Case endings a given name and a surname share in one case ("Олега Варниса", "Олегом Варнисом"). */
const SURNAME_CASE_ENDS: Readonly<Record<string, readonly string[]>> = {
  'а': ['а'], 'я': ['а', 'я'], 'у': ['у'], 'ю': ['у', 'ю'], 'ом': ['ом', 'ым'], 'ем': ['ем', 'ым', 'ом'], 'е': ['е'], 'и': ['е'],
};

/** The nominative surname behind `form`, given the given name beside it in the same case. */
function surnameLemma(form: string, given: { lemma: string; form: string } | undefined): string {
  if (!given || given.form === given.lemma) return form;
  const g = given.lemma.toLowerCase();
  const female = /[ая]$/.test(g) && !RU_MALE_IN_A.has(g);
  const low = form.toLowerCase();
  if (female) {
    if (low.endsWith('ской') || low.endsWith('цкой')) return `${form.slice(0, -2)}ая`;
    if (/(?:ов|ев|ин|ын)ой$/.test(low)) return `${form.slice(0, -2)}а`;
    if (/(?:ов|ев|ин|ын)у$/.test(low)) return `${form.slice(0, -1)}а`;
    return form; // other women's surnames do not decline ("Анны Кравец")
  }
  if (/(?:ского|цкого)$/.test(low)) return `${form.slice(0, -3)}ий`;
  if (/(?:скому|цкому)$/.test(low)) return `${form.slice(0, -3)}ий`;
  if (/(?:ским|цким)$/.test(low)) return `${form.slice(0, -2)}ий`;
  const givenEnd = given.form.toLowerCase().slice(g.replace(/[йья]$/, '').length);
  for (const end of SURNAME_CASE_ENDS[givenEnd] ?? []) if (low.endsWith(end) && low.length - end.length >= 3) return form.slice(0, -end.length);
  return form;
}

/** One canonical name for a person from all their mentions: "Олег Варнис" from "О.Варниса" and "Олега Варниса". */
function personName(mentions: readonly RuMention[], forms: readonly string[]): string {
  const full = mentions.filter((m) => m.given);
  const nominative = full.find((m) => m.given!.nom);
  if (nominative) {
    const parts = [nominative.given!.lemma];
    if (nominative.patronymic) parts.push(nominative.patronymic);
    if (nominative.forms[0]) parts.push(nominative.forms[0]);
    return parts.join(' ');
  }
  const withGiven = full[0];
  const surname = withGiven?.forms[0] ? surnameLemma(withGiven.forms[0], withGiven.given) : forms.length ? lemmaOf(forms) : '';
  if (withGiven) return [withGiven.given!.lemma, ...(surname ? [surname] : [])].join(' ');
  const initials = mentions.find((m) => m.initials)?.initials;
  return initials ? `${initials} ${surname}` : surname;
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
      // Sentences written mostly in Cyrillic go to the Russian pass; the rest to the English one.
      const latin: Sentence[] = [];
      const cyrillic: Sentence[] = [];
      for (const s of doc.sentences ?? []) (mostlyCyrillic(doc.text, s.start, s.end) ? cyrillic : latin).push(s);
      const pass = new Pass(doc.text, latin, w);
      pass.scan();
      pass.resolve(useMeta ? doc.meta : null);
      if (!cyrillic.length) return pass.entities();
      const ru = new RuPass(doc.text, cyrillic, (ruWords ??= buildRuWords()), w);
      ru.scan();
      ru.resolve(useMeta ? doc.meta : null);
      return [...pass.entities(), ...ru.entities()].sort((x, y) => x.start - y.start || x.end - y.end);
    },
  };
}
