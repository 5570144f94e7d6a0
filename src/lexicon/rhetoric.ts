/**
 * The rhetoric lexicons: technique cues (lexicon/techniques/*.json) and the
 * narrative taxonomy (lexicon/narratives.json), their types, their loaders and
 * the small cue language both are written in.
 *
 * The word lists are data in JSON files at the package root so that a linguist
 * can edit or replace them without touching TypeScript (see lexicon/README.md
 * for the formats). This module is the edge that reads them: loading is
 * synchronous and throws an `Error` that names the file and the problem. The
 * cue language lives here too, because it *is* the file format: the
 * `techniques` and `narratives` stages compile patterns with `compileCues` once
 * in their factories and match them per sentence with `matchSentence`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TECHNIQUES } from '../doc.js';
import type { Role, TechniqueName } from '../doc.js';

// ---------------------------------------------------------------------------
// Types of the data files

/** One cue of a technique file: patterns in the cue language plus how to report a match. */
export interface TechniqueCue {
  /** Rule id within the technique, `[a-z0-9_]+`; the stage reports `<technique>/<id>`. */
  readonly id: string;
  /** Patterns in the cue language (lexicon/README.md); any one may match. */
  readonly patterns: readonly string[];
  /** One sentence for a reader; `{text}` is replaced by the flagged text. */
  readonly explanation: string;
  /** In [0, 1]; defaults to the file's `confidence`. */
  readonly confidence?: number;
  /** Extend the span left over determiners/possessives and right over "in/of <Name>". */
  readonly np?: boolean;
  /** Extend the span right over the one content word the cue qualifies. */
  readonly head?: boolean;
  /** Extend the span right over a short quoted phrase that follows the cue. */
  readonly quote?: boolean;
  /** Words (pattern elements) that must not stand right before the match. */
  readonly notBefore?: readonly string[];
  /** Words (pattern elements) that must not stand right after the match. */
  readonly notAfter?: readonly string[];
  /** Only in sentences ending with "?" or "!". */
  readonly in?: 'question' | 'exclamation';
  /** Only when the match begins the sentence. */
  readonly anchor?: 'start';
  /** Report the match (default) or the whole sentence. */
  readonly span?: 'match' | 'sentence';
  /** Only in sentences of at most this many words. */
  readonly maxSentenceWords?: number;
  /** Only in turns with one of these roles (within those the stage reads). */
  readonly roles?: readonly Role[];
  /** BCP 47 primary tags of the documents the cue is written for; defaults to the file's `languages`. */
  readonly languages?: readonly string[];
}

/** Settings of the scare-quote detector (doubt). */
export interface ScareQuoteSpec {
  /** A quoted phrase of at most this many words, all lowercase. */
  readonly maxWords: number;
  readonly confidence: number;
  readonly explanation: string;
  /** One- or two-word phrases that introduce a term rather than doubt it ("known as"). */
  readonly skipAfter: readonly string[];
  /** Languages the detector runs for; defaults to the file's `languages`. */
  readonly languages?: readonly string[];
}

/** Settings of the repeated-phrase detector (repetition). */
export interface RepetitionSpec {
  readonly minWords: number;
  readonly maxWords: number;
  /** Content (non-stopword) words a phrase needs. */
  readonly minContent: number;
  /** Flag a phrase repeated in this many different turns of one speaker... */
  readonly minTurns: number;
  /** ...or this many times in all. */
  readonly minCount: number;
  readonly confidence: number;
  /** `{text}`, `{count}` and `{turns}` are replaced. */
  readonly explanation: string;
  /** Words that disqualify a phrase (units, calendar words: terms repeat naturally). */
  readonly ignore: readonly string[];
  /** Only turns with one of these roles count (within those the stage reads). */
  readonly roles?: readonly Role[];
  /** Languages the detector runs for; defaults to the file's `languages`. */
  readonly languages?: readonly string[];
}

/** The contents of one lexicon/techniques/*.json file. */
export interface TechniqueLexicon {
  readonly technique: TechniqueName;
  readonly description: string;
  /** Where the cue inventory comes from. */
  readonly source: string;
  /** BCP 47 primary tags the file's cues are written for, unless a cue says otherwise. Default ["en"]. */
  readonly languages: readonly string[];
  /** Default confidence of the cues. */
  readonly confidence: number;
  readonly cues: readonly TechniqueCue[];
  readonly scareQuotes?: ScareQuoteSpec;
  readonly repetition?: RepetitionSpec;
}

/** What `loadLexicon` returns and the `techniques` stage takes. */
export interface RhetoricLexicon {
  /** Word classes usable as `@name` in patterns (lexicon/techniques/classes.json). */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  readonly techniques: readonly TechniqueLexicon[];
}

export interface NarrativeCue {
  readonly id: string;
  readonly patterns: readonly string[];
  /** Languages the cue is written for; defaults to the narrative's, then the taxonomy's. */
  readonly languages?: readonly string[];
  /** Added to the turn's score once per turn when the cue matches. */
  readonly weight: number;
  /** A `topic` cue says what is talked about; a narrative needs at least one `frame` cue. */
  readonly kind: 'topic' | 'frame';
}

export interface NarrativeSpec {
  /** Stable id, `[a-z0-9_]+`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The public research the family comes from. */
  readonly source: string;
  /** Overrides the taxonomy's threshold. */
  readonly threshold?: number;
  /** Languages the narrative's cues are written for; defaults to the taxonomy's. */
  readonly languages?: readonly string[];
  readonly cues: readonly NarrativeCue[];
}

/** What `loadTaxonomy` returns and the `narratives` stage takes. */
export interface NarrativeTaxonomy {
  /** Summed cue weight a turn needs for a narrative. */
  readonly threshold: number;
  /** BCP 47 primary tags the cues are written for, unless a narrative or cue says otherwise. Default ["en"]. */
  readonly languages: readonly string[];
  readonly classes: Readonly<Record<string, readonly string[]>>;
  readonly narratives: readonly NarrativeSpec[];
}

/** The languages a cue is written for: its own, else its parent's (file, narrative, taxonomy), else English. */
export function cueLanguages(...levels: (readonly string[] | undefined)[]): readonly string[] {
  for (const l of levels) if (l) return l;
  return DEFAULT_LANGUAGES;
}
const DEFAULT_LANGUAGES: readonly string[] = ['en'];

// ---------------------------------------------------------------------------
// Loading

// dist/lexicon/rhetoric.js and src/lexicon/rhetoric.ts both sit two levels below the package root.
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shipped technique lexicon folder, `<package>/lexicon/techniques`. */
export const DEFAULT_LEXICON_DIR = join(PACKAGE_ROOT, 'lexicon', 'techniques');
/** The shipped narrative taxonomy, `<package>/lexicon/narratives.json`. */
export const DEFAULT_TAXONOMY_FILE = join(PACKAGE_ROOT, 'lexicon', 'narratives.json');

let defaultLexicon: RhetoricLexicon | undefined;
let defaultTaxonomy: NarrativeTaxonomy | undefined;

/**
 * Reads and validates a technique lexicon folder: `classes.json` (word classes)
 * and one `*.json` per technique. Throws an Error naming the file and the problem.
 * @example const lexicon = loadLexicon('my-lexicon'); techniques({ lexicon })
 */
export function loadLexicon(dir?: string): RhetoricLexicon {
  if (dir === undefined && defaultLexicon) return defaultLexicon;
  const folder = dir ?? DEFAULT_LEXICON_DIR;
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a directory');
    names = readdirSync(folder).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    throw new Error(`Cannot read the lexicon folder ${folder}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const files: Record<string, unknown> = {};
  for (const name of names) files[name] = readJson(join(folder, name));
  const lexicon = parseLexicon(files, folder);
  if (dir === undefined) defaultLexicon = lexicon;
  return lexicon;
}

/**
 * Reads and validates a narrative taxonomy file. Throws an Error naming the file and the problem.
 * @example narratives({ taxonomy: loadTaxonomy('my-narratives.json') })
 */
export function loadTaxonomy(file?: string): NarrativeTaxonomy {
  if (file === undefined && defaultTaxonomy) return defaultTaxonomy;
  const path = file ?? DEFAULT_TAXONOMY_FILE;
  const taxonomy = parseTaxonomy(readJson(path), path);
  if (file === undefined) defaultTaxonomy = taxonomy;
  return taxonomy;
}

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    throw new Error(`${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Validates lexicon data already parsed from JSON, keyed by file name
 * (`classes.json` plus technique files). `where` prefixes error messages.
 */
export function parseLexicon(files: Readonly<Record<string, unknown>>, where = 'lexicon'): RhetoricLexicon {
  const classesRaw = files['classes.json'];
  const classes = classesRaw === undefined ? {} : parseClasses(classesRaw, join(where, 'classes.json'));
  const techniques: TechniqueLexicon[] = [];
  const seen = new Map<string, string>();
  for (const [name, data] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name === 'classes.json') continue;
    const path = join(where, name);
    const t = parseTechniqueFile(data, path, classes);
    for (const cue of t.cues) {
      const rule = `${t.technique}/${cue.id}`;
      const other = seen.get(rule);
      if (other) throw new Error(`${path}: cue id "${cue.id}" of ${t.technique} is already defined in ${other}.`);
      seen.set(rule, path);
    }
    techniques.push(t);
  }
  if (!techniques.length) throw new Error(`${where}: no technique files (*.json besides classes.json) found.`);
  return { classes, techniques };
}

/** Validates a narrative taxonomy already parsed from JSON; `where` prefixes error messages. */
export function parseTaxonomy(data: unknown, where = 'narratives.json'): NarrativeTaxonomy {
  const o = object(data, where);
  known(o, where, ['$comment', 'threshold', 'languages', 'classes', 'narratives']);
  const threshold = positive(o['threshold'], `${where}: threshold`);
  const languages = o['languages'] === undefined ? DEFAULT_LANGUAGES : langs(o['languages'], `${where}: languages`);
  const classes = o['classes'] === undefined ? {} : parseClasses(o['classes'], `${where}: classes`);
  const list = array(o['narratives'], `${where}: narratives`);
  if (!list.length) throw new Error(`${where}: narratives is empty.`);
  const ids = new Set<string>();
  const narratives = list.map((n, i): NarrativeSpec => {
    const at = `${where}: narratives[${i}]`;
    const no = object(n, at);
    known(no, at, ['$comment', 'id', 'title', 'description', 'source', 'threshold', 'languages', 'cues']);
    const id = ident(no['id'], `${at}.id`);
    if (ids.has(id)) throw new Error(`${at}.id "${id}" is used twice.`);
    ids.add(id);
    const cueIds = new Set<string>();
    const cues = array(no['cues'], `${at}.cues`).map((c, j): NarrativeCue => {
      const cat = `${at} (${id}).cues[${j}]`;
      const co = object(c, cat);
      known(co, cat, ['$comment', 'id', 'patterns', 'weight', 'kind', 'languages']);
      const cid = ident(co['id'], `${cat}.id`);
      if (cueIds.has(cid)) throw new Error(`${cat}.id "${cid}" is used twice in ${id}.`);
      cueIds.add(cid);
      const patterns = strings(co['patterns'], `${cat}.patterns`, true);
      for (const [k, p] of patterns.entries()) checkPattern(p, classes, `${cat}.patterns[${k}]`);
      const kind = co['kind'] ?? 'frame';
      if (kind !== 'topic' && kind !== 'frame') throw new Error(`${cat}.kind must be "topic" or "frame", found ${JSON.stringify(kind)}.`);
      return {
        id: cid, patterns, weight: positive(co['weight'], `${cat}.weight`), kind,
        ...(co['languages'] !== undefined ? { languages: langs(co['languages'], `${cat}.languages`) } : {}),
      };
    });
    if (!cues.length) throw new Error(`${at}.cues is empty.`);
    if (!cues.some((c) => c.kind === 'frame')) throw new Error(`${at} (${id}) has no cue of kind "frame".`);
    return {
      id,
      title: text(no['title'], `${at}.title`),
      description: text(no['description'], `${at}.description`),
      source: text(no['source'], `${at}.source`),
      ...(no['threshold'] !== undefined ? { threshold: positive(no['threshold'], `${at}.threshold`) } : {}),
      ...(no['languages'] !== undefined ? { languages: langs(no['languages'], `${at}.languages`) } : {}),
      cues,
    };
  });
  return { threshold, languages, classes, narratives };
}

const CUE_KEYS = ['$comment', 'id', 'patterns', 'explanation', 'confidence', 'np', 'head', 'quote', 'notBefore', 'notAfter', 'in', 'anchor', 'span', 'maxSentenceWords', 'roles', 'languages'];
const ROLES: readonly Role[] = ['intro', 'question', 'answer'];

function parseTechniqueFile(data: unknown, path: string, classes: Readonly<Record<string, readonly string[]>>): TechniqueLexicon {
  const o = object(data, path);
  known(o, path, ['$comment', 'technique', 'description', 'source', 'confidence', 'languages', 'cues', 'scareQuotes', 'repetition']);
  const technique = o['technique'];
  if (typeof technique !== 'string' || !(TECHNIQUES as readonly string[]).includes(technique)) {
    throw new Error(`${path}: technique must be one of ${TECHNIQUES.join(', ')}; found ${JSON.stringify(technique)}.`);
  }
  const confidence = o['confidence'] === undefined ? 0.6 : unit(o['confidence'], `${path}: confidence`);
  const ids = new Set<string>();
  const cues = array(o['cues'] ?? [], `${path}: cues`).map((c, i): TechniqueCue => {
    const at = `${path}: cues[${i}]`;
    const co = object(c, at);
    known(co, at, CUE_KEYS);
    const id = ident(co['id'], `${at}.id`);
    if (ids.has(id)) throw new Error(`${at}.id "${id}" is used twice.`);
    ids.add(id);
    const cat = `${at} (${id})`;
    const patterns = strings(co['patterns'], `${cat}.patterns`, true);
    for (const [k, p] of patterns.entries()) checkPattern(p, classes, `${cat}.patterns[${k}]`);
    const out: Record<string, unknown> = { id, patterns, explanation: text(co['explanation'], `${cat}.explanation`) };
    if (co['confidence'] !== undefined) out['confidence'] = unit(co['confidence'], `${cat}.confidence`);
    for (const flag of ['np', 'head', 'quote'] as const) {
      if (co[flag] === undefined) continue;
      if (typeof co[flag] !== 'boolean') throw new Error(`${cat}.${flag} must be true or false.`);
      out[flag] = co[flag];
    }
    for (const side of ['notBefore', 'notAfter'] as const) {
      if (co[side] === undefined) continue;
      const list = strings(co[side], `${cat}.${side}`, false);
      for (const [k, w] of list.entries()) checkElement(w, classes, `${cat}.${side}[${k}]`);
      out[side] = list;
    }
    if (co['in'] !== undefined) out['in'] = oneOf(co['in'], ['question', 'exclamation'], `${cat}.in`);
    if (co['anchor'] !== undefined) out['anchor'] = oneOf(co['anchor'], ['start'], `${cat}.anchor`);
    if (co['span'] !== undefined) out['span'] = oneOf(co['span'], ['match', 'sentence'], `${cat}.span`);
    if (co['maxSentenceWords'] !== undefined) out['maxSentenceWords'] = count(co['maxSentenceWords'], `${cat}.maxSentenceWords`);
    if (co['roles'] !== undefined) out['roles'] = roles(co['roles'], `${cat}.roles`);
    if (co['languages'] !== undefined) out['languages'] = langs(co['languages'], `${cat}.languages`);
    return out as unknown as TechniqueCue;
  });
  const result: Record<string, unknown> = {
    technique,
    description: text(o['description'], `${path}: description`),
    source: text(o['source'], `${path}: source`),
    languages: o['languages'] === undefined ? DEFAULT_LANGUAGES : langs(o['languages'], `${path}: languages`),
    confidence,
    cues,
  };
  if (o['scareQuotes'] !== undefined) {
    const at = `${path}: scareQuotes`;
    const s = object(o['scareQuotes'], at);
    known(s, at, ['$comment', 'maxWords', 'confidence', 'explanation', 'skipAfter', 'languages']);
    result['scareQuotes'] = {
      maxWords: count(s['maxWords'], `${at}.maxWords`),
      confidence: unit(s['confidence'], `${at}.confidence`),
      explanation: text(s['explanation'], `${at}.explanation`),
      skipAfter: strings(s['skipAfter'] ?? [], `${at}.skipAfter`, false).map((w) => fold(w)),
      ...(s['languages'] !== undefined ? { languages: langs(s['languages'], `${at}.languages`) } : {}),
    } satisfies ScareQuoteSpec;
  }
  if (o['repetition'] !== undefined) {
    const at = `${path}: repetition`;
    const r = object(o['repetition'], at);
    known(r, at, ['$comment', 'minWords', 'maxWords', 'minContent', 'minTurns', 'minCount', 'confidence', 'explanation', 'ignore', 'roles', 'languages']);
    const spec: RepetitionSpec = {
      ...(r['roles'] !== undefined ? { roles: roles(r['roles'], `${at}.roles`) } : {}),
      ...(r['languages'] !== undefined ? { languages: langs(r['languages'], `${at}.languages`) } : {}),
      minWords: count(r['minWords'], `${at}.minWords`),
      maxWords: count(r['maxWords'], `${at}.maxWords`),
      minContent: count(r['minContent'], `${at}.minContent`),
      minTurns: count(r['minTurns'], `${at}.minTurns`),
      minCount: count(r['minCount'], `${at}.minCount`),
      confidence: unit(r['confidence'], `${at}.confidence`),
      explanation: text(r['explanation'], `${at}.explanation`),
      ignore: strings(r['ignore'] ?? [], `${at}.ignore`, false).map((w) => fold(w)),
    };
    if (spec.maxWords < spec.minWords || spec.maxWords > 12) throw new Error(`${at}: maxWords must be between minWords and 12.`);
    result['repetition'] = spec;
  }
  return result as unknown as TechniqueLexicon;
}

function parseClasses(data: unknown, where: string): Record<string, readonly string[]> {
  const o = object(data, where);
  const out: Record<string, readonly string[]> = {};
  for (const [name, list] of Object.entries(o)) {
    if (name === '$comment') continue;
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`${where}: class name "${name}" must match [a-z][a-z0-9_]*.`);
    if (BUILTINS.has(name)) throw new Error(`${where}: class name "${name}" is reserved.`);
    const words = strings(list, `${where}.${name}`, true);
    for (const w of words) {
      if (!WORD_RE.test(w.replace(/^=/, ''))) throw new Error(`${where}.${name}: "${w}" is not one word (letters, digits, inner - or ', optional trailing *).`);
      if (w.endsWith('*') && w.length < 4) throw new Error(`${where}.${name}: the stem "${w}" needs at least 3 letters before *.`);
    }
    out[name] = words;
  }
  return out;
}

function object(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${at} must be a JSON object.`);
  return v as Record<string, unknown>;
}
function known(o: Record<string, unknown>, at: string, keys: readonly string[]): void {
  for (const k of Object.keys(o)) {
    if (!keys.includes(k)) throw new Error(`${at}: unknown field "${k}" (expected one of ${keys.filter((x) => x !== '$comment').join(', ')}).`);
  }
}
function array(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) throw new Error(`${at} must be an array.`);
  return v;
}
function strings(v: unknown, at: string, nonEmpty: boolean): string[] {
  const a = array(v, at);
  if (nonEmpty && !a.length) throw new Error(`${at} must not be empty.`);
  return a.map((s, i) => {
    if (typeof s !== 'string' || !s.trim()) throw new Error(`${at}[${i}] must be a non-empty string.`);
    return s.trim();
  });
}
function text(v: unknown, at: string): string {
  if (typeof v !== 'string' || !v.trim()) throw new Error(`${at} must be a non-empty string.`);
  return v.trim();
}
function ident(v: unknown, at: string): string {
  if (typeof v !== 'string' || !/^[a-z0-9_]+$/.test(v)) throw new Error(`${at} must match [a-z0-9_]+; found ${JSON.stringify(v)}.`);
  return v;
}
function unit(v: unknown, at: string): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(`${at} must be a number from 0 to 1; found ${JSON.stringify(v)}.`);
  return v;
}
function positive(v: unknown, at: string): number {
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new Error(`${at} must be a positive number; found ${JSON.stringify(v)}.`);
  return v;
}
function count(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`${at} must be a positive integer; found ${JSON.stringify(v)}.`);
  return v;
}
function langs(v: unknown, at: string): string[] {
  return strings(v, at, true).map((l, i) => {
    if (!/^[a-z]{2,3}$/.test(l)) throw new Error(`${at}[${i}] must be a BCP 47 primary language tag in lower case ("en", "ru"); found ${JSON.stringify(l)}.`);
    return l;
  });
}
function roles(v: unknown, at: string): Role[] {
  return strings(v, at, true).map((r, i) => oneOf(r, ROLES, `${at}[${i}]`));
}
function oneOf<T extends string>(v: unknown, values: readonly T[], at: string): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) throw new Error(`${at} must be one of ${values.map((x) => `"${x}"`).join(', ')}; found ${JSON.stringify(v)}.`);
  return v as T;
}

// ---------------------------------------------------------------------------
// The cue language (documented in lexicon/README.md)
//
//   word        the word, case- and accent-insensitive ("’" reads as "'")
//   =Word       the word exactly as written (case-sensitive), e.g. =US
//   stem*       any word beginning with stem (3+ letters)
//   a|b|@cls    any of the alternatives; @cls is a word class, @Name a capitalised
//               word that is not sentence-initial, not a stopword and not in the class
//               `notname`, @any any word,
//               @lower a lowercase word that is not a stopword
//   [ ... ]     an optional group (not nested)
//   ...  …      skip 0–4 words (…N: 0–N, N ≤ 8); punctuation may sit in a skip
// Adjacent words must not be separated by hard punctuation (, ; : . ! ? ( ) – — …).

const BUILTINS = new Set(['Name', 'any', 'lower']);
const WORD_RE = /^[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*-?\*?$/u;
const MAX_VARIANTS = 16;

/** Lowercase, accent-free, typographic apostrophes and hyphens made plain. */
export function fold(s: string): string {
  let t = s.toLowerCase();
  // Only non-ASCII text needs the slower normalisation.
  if (/[\u0080-\uffff]/.test(t)) {
    t = t.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘ʼ`´]/g, "'").replace(/[‐‑‒–]/g, '-');
  }
  return t;
}

interface WordElem {
  readonly kind: 'word';
  readonly words: ReadonlySet<string>;
  /** Case-sensitive words (written `=US`). */
  readonly exact: ReadonlySet<string>;
  readonly stems: readonly string[];
  readonly name: boolean;
  /** Words that `@Name` never matches (class `notname`). */
  readonly notName: ReadonlySet<string>;
  readonly any: boolean;
  readonly lower: boolean;
}
interface GapElem {
  readonly kind: 'gap';
  readonly max: number;
}
type Elem = WordElem | GapElem;

// Parsed elements per word-class table: a lexicon is validated on load and compiled by each stage
// factory, and the same elements (@actor, @polnoun …) recur in many patterns. A pure memo.
const elementCache = new WeakMap<object, Map<string, WordElem>>();

function parseElement(src: string, classes: Readonly<Record<string, readonly string[]>>, at: string): WordElem {
  let cache = elementCache.get(classes);
  if (!cache) elementCache.set(classes, (cache = new Map()));
  const hit = cache.get(src);
  if (hit) return hit;
  const elem = buildElement(src, classes, at, cache);
  cache.set(src, elem);
  return elem;
}

function buildElement(src: string, classes: Readonly<Record<string, readonly string[]>>, at: string, cache: Map<string, WordElem>): WordElem {
  const words = new Set<string>();
  const exact = new Set<string>();
  const stems: string[] = [];
  let name = false;
  let any = false;
  let lower = false;
  const addWord = (w: string): void => {
    if (w.startsWith('=')) {
      if (!WORD_RE.test(w.slice(1)) || w.endsWith('*')) throw new Error(`${at}: "${w}" is not a case-sensitive word (=Word, no *).`);
      exact.add(w.slice(1));
      return;
    }
    if (!WORD_RE.test(w)) throw new Error(`${at}: "${w}" is not a word (letters, digits, inner - or ', optional trailing *).`);
    if (w.endsWith('*')) {
      const stem = fold(w.slice(0, -1));
      if (stem.length < 3) throw new Error(`${at}: the stem "${w}" needs at least 3 letters before *.`);
      stems.push(stem);
    } else words.add(fold(w));
  };
  for (const alt of src.split('|')) {
    if (!alt) throw new Error(`${at}: empty alternative in "${src}".`);
    if (alt.startsWith('@')) {
      const cls = alt.slice(1);
      if (cls === 'Name') name = true;
      else if (cls === 'any') any = true;
      else if (cls === 'lower') lower = true;
      else {
        const list = classes[cls];
        if (!list) throw new Error(`${at}: unknown word class "@${cls}" (define it in classes.json, or use @Name, @any, @lower).`);
        for (const w of list) addWord(w);
      }
    } else addWord(alt);
  }
  let notName = cache.get('\u0000notname')?.words;
  if (!notName) {
    notName = new Set((classes['notname'] ?? []).map((w) => fold(w)));
    cache.set('\u0000notname', { kind: 'word', words: notName, exact: new Set(), stems: [], name: false, notName: new Set(), any: false, lower: false });
  }
  return { kind: 'word', words, exact, stems, name, notName, any, lower };
}

/** Parses one pattern into its flat variants (optional groups expanded, longest first). */
function parsePattern(src: string, classes: Readonly<Record<string, readonly string[]>>, at: string): Elem[][] {
  const parts = src.replace(/\[/g, ' [ ').replace(/\]/g, ' ] ').split(/\s+/).filter(Boolean);
  type Piece = { opt: false; elem: Elem } | { opt: true; elems: Elem[] };
  const pieces: Piece[] = [];
  let group: Elem[] | null = null;
  for (const p of parts) {
    if (p === '[') {
      if (group) throw new Error(`${at}: optional groups cannot be nested in "${src}".`);
      group = [];
      continue;
    }
    if (p === ']') {
      if (!group) throw new Error(`${at}: "]" without "[" in "${src}".`);
      if (!group.length) throw new Error(`${at}: empty optional group in "${src}".`);
      pieces.push({ opt: true, elems: group });
      group = null;
      continue;
    }
    let elem: Elem;
    const gap = /^(?:\.\.\.|…)(\d)?$/.exec(p);
    if (gap) {
      const max = gap[1] === undefined ? 4 : Number(gap[1]);
      if (max < 1 || max > 8) throw new Error(`${at}: a skip "…N" needs N from 1 to 8 in "${src}".`);
      elem = { kind: 'gap', max };
    } else elem = parseElement(p, classes, at);
    if (group) group.push(elem);
    else pieces.push({ opt: false, elem });
  }
  if (group) throw new Error(`${at}: "[" without "]" in "${src}".`);
  const first = pieces[0];
  if (!first || first.opt || first.elem.kind !== 'word') throw new Error(`${at}: a pattern must begin with a word, not a skip or an optional group: "${src}".`);
  const last = pieces[pieces.length - 1];
  if (last && !last.opt && last.elem.kind === 'gap') throw new Error(`${at}: a pattern must not end with a skip: "${src}".`);
  let variants: Elem[][] = [[]];
  for (const piece of pieces) {
    if (piece.opt) variants = variants.flatMap((v) => [[...v, ...piece.elems], v]);
    else for (const v of variants) v.push(piece.elem);
    if (variants.length > MAX_VARIANTS) throw new Error(`${at}: too many optional groups in "${src}" (at most 4).`);
  }
  return variants;
}

function checkPattern(src: string, classes: Readonly<Record<string, readonly string[]>>, at: string): void {
  parsePattern(src, classes, at);
}
function checkElement(src: string, classes: Readonly<Record<string, readonly string[]>>, at: string): void {
  parseElement(src, classes, at);
}

// ---------------------------------------------------------------------------
// Tokens and matching

/** A word of a sentence, with absolute offsets into Doc.text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The raw word. */
  readonly raw: string;
  /** `fold(raw)`. */
  readonly norm: string;
  /** `norm` without a possessive "'s". */
  readonly base: string;
  /** Starts with an uppercase letter. */
  readonly cap: boolean;
  /** Hard punctuation stands between the previous word and this one. */
  readonly brk: boolean;
  /** In the stopword class. */
  readonly stop: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;
const HARD_RE = /[,;:.!?()[\]{}–—…]|\s-\s/;

/** Splits `text.slice(start, end)` into word tokens. */
export function tokenize(text: string, start: number, end: number, stop: ReadonlySet<string>): Token[] {
  const s = text.slice(start, end);
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
    const raw = m[0];
    const norm = fold(raw);
    const base = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
    const c = raw.charAt(0);
    out.push({
      start: start + m.index,
      end: start + m.index + raw.length,
      raw,
      norm,
      base,
      cap: c !== c.toLowerCase(),
      brk: out.length > 0 && HARD_RE.test(s.slice(prevEnd, m.index)),
      stop: stop.has(norm),
    });
    prevEnd = m.index + raw.length;
  }
  return out;
}

function wordMatches(e: WordElem, t: Token, i: number): boolean {
  if (e.words.has(t.norm) || (t.base !== t.norm && e.words.has(t.base)) || e.exact.has(t.raw)) return true;
  for (const s of e.stems) if (t.norm.startsWith(s)) return true;
  if (e.any) return true;
  if (e.name && t.cap && i > 0 && !t.stop && !e.notName.has(t.base)) return true;
  if (e.lower && !t.cap && !t.stop) return true;
  return false;
}

/** End (exclusive token index) of the longest match of `elems[ei..]` at token `ti`, or -1. */
function matchFrom(elems: readonly Elem[], tokens: readonly Token[], ei: number, ti: number, adjacent: boolean): number {
  if (ei === elems.length) return ti;
  const e = elems[ei]!;
  if (e.kind === 'gap') {
    let best = -1;
    // Skips are short (≤ 8) and patterns have few of them, so this stays linear in practice.
    for (let k = 0; k <= e.max && ti + k < tokens.length; k++) {
      const r = matchFrom(elems, tokens, ei + 1, ti + k, false);
      if (r > best) best = r;
    }
    return best;
  }
  const t = tokens[ti];
  if (!t || (adjacent && t.brk) || !wordMatches(e, t, ti)) return -1;
  return matchFrom(elems, tokens, ei + 1, ti + 1, true);
}

/** A set of patterns compiled for fast matching: indexed by the first word. */
export interface CompiledCues<C> {
  readonly byWord: ReadonlyMap<string, readonly Entry<C>[]>;
  readonly byStem: ReadonlyMap<string, readonly Entry<C>[]>;
  readonly always: readonly Entry<C>[];
  readonly classes: Readonly<Record<string, readonly string[]>>;
  readonly stop: ReadonlySet<string>;
}
interface Entry<C> {
  readonly cue: C;
  readonly variants: readonly (readonly Elem[])[];
}

/** Compiles each cue's patterns; `patternsOf` picks them. Throws on a bad pattern. */
export function compileCues<C>(cues: readonly C[], patternsOf: (c: C) => readonly string[], classes: Readonly<Record<string, readonly string[]>>): CompiledCues<C> {
  const byWord = new Map<string, Entry<C>[]>();
  const byStem = new Map<string, Entry<C>[]>();
  const always: Entry<C>[] = [];
  const push = (m: Map<string, Entry<C>[]>, k: string, e: Entry<C>): void => {
    const list = m.get(k);
    if (!list) m.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const cue of cues) {
    for (const src of patternsOf(cue)) {
      // Variants share a first element (optional groups cannot lead), so one entry indexes them all.
      const entry: Entry<C> = { cue, variants: parsePattern(src, classes, 'pattern') };
      const first = entry.variants[0]![0] as WordElem;
      if (first.any || first.name || first.lower) {
        always.push(entry);
        continue;
      }
      for (const w of first.words) push(byWord, w, entry);
      for (const w of first.exact) push(byWord, fold(w), entry);
      for (const s of first.stems) push(byStem, s.slice(0, 3), entry);
    }
  }
  return { byWord, byStem, always, classes, stop: new Set((classes['stop'] ?? []).map((w) => fold(w))) };
}

/** One match of a cue in a sentence: token indexes [from, to). */
export interface CueMatch<C> {
  readonly cue: C;
  readonly from: number;
  readonly to: number;
}

/** All cue matches in one tokenized sentence, the longest per (cue, start). */
export function matchSentence<C>(compiled: CompiledCues<C>, tokens: readonly Token[]): CueMatch<C>[] {
  const out: CueMatch<C>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const first = out.length;
    tryEntries(compiled.byWord.get(t.norm), tokens, i, first, out);
    if (t.base !== t.norm) tryEntries(compiled.byWord.get(t.base), tokens, i, first, out);
    if (t.norm.length >= 3) tryEntries(compiled.byStem.get(t.norm.slice(0, 3)), tokens, i, first, out);
    tryEntries(compiled.always, tokens, i, first, out);
  }
  return out;
}

/** Matches each entry at token `i`; keeps the longest match per cue among `out[first..]`. */
function tryEntries<C>(list: readonly Entry<C>[] | undefined, tokens: readonly Token[], i: number, first: number, out: CueMatch<C>[]): void {
  if (!list) return;
  for (const e of list) {
    let to = -1;
    for (const v of e.variants) {
      const end = matchFrom(v, tokens, 0, i, false);
      if (end > to) to = end;
    }
    if (to <= i) continue;
    let k = first;
    while (k < out.length && out[k]!.cue !== e.cue) k++;
    if (k === out.length) out.push({ cue: e.cue, from: i, to });
    else if (to > out[k]!.to) out[k] = { cue: e.cue, from: i, to };
  }
}

/** Compiles a single pattern element (used for notBefore/notAfter lists). */
export function compileElement(src: string, classes: Readonly<Record<string, readonly string[]>>): (t: Token, i: number) => boolean {
  const e = parseElement(src, classes, 'element');
  return (t, i) => wordMatches(e, t, i);
}
