/**
 * Claim matching: the same or nearly the same claim in different documents. A claim is reduced to
 * content-word stems and canonical quantities ("€1.3 billion" and "1,300 million euros" are both
 * `EUR:1.3e+9`). Candidates come from each claim's signature keys (its MinHash LSH bands over the
 * stems, and every quantity+stem+stem triple) hashed to 53-bit integers, stored in `claim.sig` and
 * looked up in memory (claim-index.ts): the claims that share a key with one of a new document's
 * claims. The decision is made here:
 *   - a shared quantity and ≥ 2 shared stems covering ≥ 30 % of the shorter claim, or
 *   - no conflicting quantities and a Jaccard overlap ≥ 0.6 over ≥ 4 shared stems.
 * Edges are symmetric, so the groups do not depend on the order documents were added.
 */
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Doc } from '../doc.js';
import { layer, type Item } from './annotations.js';
import type { ClaimIndex } from './claim-index.js';
import type { Store } from './db.js';
import type { Database } from './schema.js';

// ---------------------------------------------------------------------------------------------
// Words

/** Function words dropped from claims (English and Russian). */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
   both but by can could did do does doing down during each few for from further had has have having he her here
   hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of
   off on once only or other our ours ourselves out over own same she should so some such than that the their
   theirs them themselves then there these they this those through to too under until up very was we were what
   when where which while who whom why will with would you your yours yourself yourselves said says say told
   according think believe know mean really well yes there's it's that's we're we've we'll they're don't isn't
   aren't won't can't one ones per cent percent
   а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее ей ему
   если есть еще же за здесь и из или им их к как какой когда кто ли либо между меня мне мы на над нам нас не него
   нее нет ни них но ну о об однако он она они оно от очень по под при с со так также такой там те тем то того
   тоже только том тот тут у уже хотя чего чей чем что чтобы эта эти это этого этой этом этот я процент процента
   процентов`.split(/\s+/),
);

/** Verbs of direction map to one token so "fell", "dropped" and "decreased" agree. */
const DIRECTION: [RegExp, string][] = [
  [/^(?:rise[sn]?|rose|rising|increas\p{L}*|grew|grow(?:s|n|ing|th)?|climb\p{L}*|jump\p{L}*|soar\p{L}*|surg\p{L}*|gain\p{L}*|вырос\p{L}*|рост(?:а|ом|у|е)?|увелич\p{L}*|повыс\p{L}*|повыш\p{L}*|возрос\p{L}*)$/u, '↑'],
  [/^(?:fall(?:s|en|ing)?|fell|cut(?:s|ting)?|decreas\p{L}*|declin\p{L}*|drop(?:s|ped|ping)?|shrank|shrunk|shrink\p{L}*|plung\p{L}*|slump\p{L}*|reduc\p{L}*|lower(?:ed|ing|s)?|сниз\p{L}*|сниж\p{L}*|упал\p{L}*|упад\p{L}*|сократ\p{L}*|сокращ\p{L}*|уменьш\p{L}*)$/u, '↓'],
];

const EN_SUFFIXES = ['ational', 'ations', 'ation', 'ments', 'ment', 'ness', 'ings', 'ing', 'ies', 'ied', 'ed', 'ly', 'es', 's'];
const RU_SUFFIXES = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ился', 'илась', 'ились', 'илось', 'ала', 'ало', 'али',
  'ила', 'ило', 'или', 'ых', 'их', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ой', 'ей', 'ий', 'ый', 'ом', 'ем', 'ам', 'ям',
  'ах', 'ях', 'ов', 'ев', 'ию', 'ья', 'ье', 'ью', 'ия', 'ил', 'ть', 'ет', 'ют', 'ат', 'ят', 'а', 'я', 'о', 'е', 'ы',
  'и', 'у', 'ю', 'ь', 'й',
];

/** A light stemmer: strips one common English or Russian ending, keeping at least three letters. */
export function stem(word: string): string {
  const cyrillic = /[\u0400-\u04ff]/u.test(word);
  const suffixes = cyrillic ? RU_SUFFIXES : EN_SUFFIXES;
  for (const s of suffixes) {
    if (word.length - s.length >= 3 && word.endsWith(s)) {
      if (!cyrillic && (s === 'ies' || s === 'ied')) return `${word.slice(0, -3)}y`;
      if (!cyrillic && s === 's' && /(?:ss|us|is)$/.test(word)) return word;
      return word.slice(0, -s.length);
    }
  }
  return word;
}

/** Content-word stems of a text, in order, duplicates kept: numbers and function words out. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const w = m[0].replace(/[’]/g, "'").replace(/['-]+$/, '');
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    const base = w.replace(/'s$/, '');
    const dir = DIRECTION.find(([re]) => re.test(base));
    out.push(dir ? dir[1] : stem(base));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Units converted to one base unit so a restatement in another unit compares equal. */
const TO_BASE: Record<string, [string, number]> = {
  kilometre: ['metre', 1000], centimetre: ['metre', 0.01], millimetre: ['metre', 0.001], micrometre: ['metre', 1e-6],
  nanometre: ['metre', 1e-9], mile: ['metre', 1609.344], square_kilometre: ['square_metre', 1e6], hectare: ['square_metre', 1e4],
  tonne: ['gram', 1e6], kilogram: ['gram', 1000], milligram: ['gram', 0.001], litre: ['cubic_metre', 0.001],
  millilitre: ['cubic_metre', 1e-6], cubic_foot: ['cubic_metre', 0.028316846592], kilowatt: ['watt', 1e3],
  megawatt: ['watt', 1e6], gigawatt: ['watt', 1e9], kilowatt_hour: ['watt_hour', 1e3], megawatt_hour: ['watt_hour', 1e6],
  gigawatt_hour: ['watt_hour', 1e9], terawatt_hour: ['watt_hour', 1e12], basis_point: ['percentage_point', 0.01],
};

/** `unit:value` with the value in the base unit and rounded to 3 significant digits ("EUR:1.3e+9"). */
export function quantityKey(value: number, unit: string): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const [base, factor] = TO_BASE[unit] ?? [unit, 1];
  const v = Number((value * factor).toPrecision(3));
  return `${base}:${v.toExponential()}`;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
  тыс: 1e3, тысяч: 1e3, тысячи: 1e3, млн: 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, млрд: 1e9,
  миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, трлн: 1e12, триллион: 1e12, триллиона: 1e12, триллионов: 1e12,
};
const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '₽': 'RUB', '¥': 'JPY', '₴': 'UAH' };
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^euros?$/u, 'EUR'], [/^dollars?$/u, 'USD'], [/^pounds?$/u, 'GBP'], [/^(?:roubles?|rubles?|руб|рублей|рубля|рубль)$/u, 'RUB'],
  [/^евро$/u, 'EUR'], [/^долл|^доллар/u, 'USD'], [/^(?:eur|usd|gbp|rub|uah|cny|jpy|chf)$/u, ''],
];
const NUMBER = /([€$£₽¥₴])?\s?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:\s?(%|per ?cent\b|percent\b|процент\w*))?(?:[\s-]?([\p{L}]+\.?))?(?:\s([\p{L}]+))?/gu;

/**
 * Quantities read from a claim's text, for documents analysed without a quantities layer:
 * digits with thousands separators, a scale word, %, a currency sign, code or word. Years alone are skipped.
 */
export function textQuantities(text: string): { value: number; unit: string }[] {
  const out: { value: number; unit: string }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [, sign, digits = '', pct, w1raw, w2raw] = m;
    const grouped = /\d[,\u00a0\u202f ]\d{3}\b/u.test(digits) && !/[.,]\d{1,2}$/.test(digits);
    let value = Number(grouped ? digits.replace(/[,\u00a0\u202f ]/gu, '') : digits.replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    let unit = sign ? CURRENCY_SIGNS[sign] ?? 'count' : 'count';
    if (pct) unit = 'percent';
    const words = [w1raw, w2raw].map((w) => w?.toLowerCase().replace(/\.$/, ''));
    let used = 0;
    const scale = words[0] !== undefined ? SCALES[words[0]] : undefined;
    if (!pct && scale) {
      value *= scale;
      used = 1;
    }
    const cw = words[used];
    if (!pct && cw !== undefined) {
      const hit = CURRENCY_WORDS.find(([re]) => re.test(cw));
      if (hit) unit = hit[1] || cw.toUpperCase();
    }
    if (unit === 'count' && !scale && /^(?:1[89]\d\d|20\d\d)$/.test(digits)) continue;
    out.push({ value, unit });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Signatures

const HASHES = 60;
const ROWS = 3;

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * MinHash LSH band keys of a stem set (20 bands of 3 rows: a pair with Jaccard 0.6 shares a band
 * with probability 0.99, a pair at 0.2 with 0.15, at 0.05 with 0.0025); none for fewer than 4 stems.
 * (10 bands of 2 rows were measured: half the keys, three times the candidates, slower.)
 */
export function bands(stems: ReadonlySet<string>): string[] {
  if (stems.size < 4) return [];
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (const s of stems) for (let i = 0; i < HASHES; i++) mins[i] = Math.min(mins[i]!, fnv1a(s, i * 0x9e3779b1));
  const out: string[] = [];
  for (let b = 0; b < HASHES / ROWS; b++) {
    const row = mins.slice(b * ROWS, b * ROWS + ROWS);
    out.push(`${b}:${fnv1a(row.join(','), b).toString(36)}`);
  }
  return out;
}

/** What matching knows about one claim. */
export interface ClaimSignature {
  readonly stems: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

export interface MatchResult {
  readonly score: number;
  readonly reason: 'quantity' | 'wording';
}

/** Whether two claims say the same thing; see the module comment for the rules. */
export function matchClaims(a: ClaimSignature, b: ClaimSignature): MatchResult | undefined {
  let shared = 0;
  for (const s of a.stems) if (b.stems.has(s)) shared++;
  let sharedNumbers = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) sharedNumbers++;
  return decide(shared, a.stems.size, b.stems.size, sharedNumbers, a.numbers.size, b.numbers.size);
}

/** The rules of `matchClaims` on counts: shared stems, stems of each, shared numbers, numbers of each. */
function decide(shared: number, stemsA: number, stemsB: number, sharedNumbers: number, numbersA: number, numbersB: number): MatchResult | undefined {
  if (shared < 2) return undefined;
  const union = stemsA + stemsB - shared;
  const jaccard = union ? shared / union : 0;
  const overlap = Math.min(stemsA, stemsB) ? shared / Math.min(stemsA, stemsB) : 0;
  if (sharedNumbers > 0 && overlap >= 0.3) {
    return { score: round(0.5 + overlap / 2), reason: 'quantity' };
  }
  const conflicting = numbersA > 0 && numbersB > 0 && sharedNumbers === 0;
  if (!conflicting && shared >= 4 && jaccard >= 0.6) return { score: round(jaccard), reason: 'wording' };
  return undefined;
}

/** How many values two sorted runs of distinct integers share. */
function sharedSorted(a: Int32Array, b: Int32Array): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Claims of a document

/** A claim row ready to insert. */
export interface ClaimRow {
  readonly idx: number;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly turn: number | null;
  readonly speaker_key: string | null;
  readonly kind: string | null;
  readonly score: number | null;
  readonly quote: string;
  readonly norm: string;
  readonly numbers: string[];
  /** Signature keys (bands and quantity+stem pairs), hashed. */
  readonly sig: number[];
}

/** A signature key hashed to a non-negative integer below 2^53 (exact in JSON and in bigint). */
export function sigHash(key: string): number {
  return (fnv1a(key, 0x5bd1e995) & 0x1fffff) * 0x100000000 + fnv1a(key, 0x27d4eb2f);
}

/**
 * Candidate keys of the quantity rule, which needs a shared quantity and two shared stems: every
 * (quantity, stem, stem) triple, "EUR:1.3e+9|cut|deficit" (stems in order; the first 16 stems of a
 * longer claim). A key with one stem only made every claim saying "2 … year" a candidate of every other.
 */
export function quantityStemKeys(numbers: Iterable<string>, stems: ReadonlySet<string>): string[] {
  const sorted = [...stems].sort().slice(0, 16);
  const out: string[] = [];
  for (const n of numbers) {
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push(`${n}|${sorted[i]}|${sorted[j]}`);
  }
  return out;
}

/** The stable reference of a claim: 16 hex digits of SHA-256 over the document's sha256, the quote and its occurrence. */
export function claimKey(docSha256: string, quote: string, occurrence: number): string {
  return createHash('sha256').update(`${docSha256}\n${quote}\n${occurrence}`).digest('hex').slice(0, 16);
}

/** Claim rows of a document: reads the claims layer, its quantities and the speaker of each claim's turn. */
export function claimRows(doc: Doc, speakerKeyOfTurn: (turn: number) => string | null): ClaimRow[] {
  const claims = layer(doc, 'claims');
  const quantities = layer(doc, 'quantities');
  // Without a quantities layer (an older or partial analysis), numbers are read from the claim's text.
  const hasQuantities = Array.isArray((doc as { quantities?: unknown }).quantities);
  const seen = new Map<string, number>();
  return claims.map((c, idx) => {
    const quote = doc.text.slice(c.start, c.end);
    const occurrence = seen.get(quote) ?? 0;
    seen.set(quote, occurrence + 1);
    const stems = contentStems(quote);
    const numbers = new Set<string>();
    const refs = Array.isArray(c.quantities) ? (c.quantities as unknown[]).filter((i): i is number => typeof i === 'number') : undefined;
    const qs: Item[] = refs ? refs.map((i) => quantities[i]).filter((q): q is Item => q !== undefined) : quantities.filter((q) => q.start >= c.start && q.end <= c.end);
    if (hasQuantities) {
      for (const q of qs) {
        const k = typeof q.value === 'number' && typeof q.unit === 'string' ? quantityKey(q.value, q.unit) : undefined;
        if (k) numbers.add(k);
      }
    } else {
      for (const q of textQuantities(quote)) {
        const k = quantityKey(q.value, q.unit);
        if (k) numbers.add(k);
      }
    }
    const turn = typeof c.turn === 'number' ? c.turn : null;
    return {
      idx,
      key: claimKey(doc.source.sha256, quote, occurrence),
      start: c.start,
      end: c.end,
      turn,
      speaker_key: turn === null ? null : speakerKeyOfTurn(turn),
      kind: typeof c.kind === 'string' ? c.kind : null,
      score: typeof c.score === 'number' ? c.score : null,
      quote,
      norm: stems.join(' '),
      numbers: [...numbers].sort(),
      sig: [...new Set([...bands(new Set(stems)), ...quantityStemKeys(numbers, new Set(stems))].map(sigHash))],
    };
  });
}

/** The signature of a claim from its stored form. */
export function signature(norm: string, numbers: readonly string[]): ClaimSignature {
  return { stems: new Set(norm ? norm.split(' ') : []), numbers: new Set(numbers) };
}

export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly reason: string;
}

/** How to move claims into groups: `g` moves every claim of group `old`, `c` moves claim `old`. */
export interface Regroup {
  readonly kind: 'g' | 'c';
  readonly old: number;
  readonly target: number;
}

export interface MatchPlan {
  readonly edges: Edge[];
  readonly regroup: Regroup[];
}

/** A new claim (by index in its document) that matches a stored claim. */
export interface FoundMatch {
  readonly idx: number;
  readonly other: number;
  readonly m: MatchResult;
}

/**
 * The stored claims of other documents that a document's new claims ([index, norm, numbers, sig])
 * match, found through the in-memory claim index.
 */
export function findMatches(
  rows: readonly (readonly [number, string, readonly string[], readonly number[]])[],
  index: ClaimIndex,
): FoundMatch[] {
  if (!rows.length) return [];
  let n = 0;
  for (const r of rows) n += r[3].length;
  const keys = new Float64Array(n);
  n = 0;
  for (const r of rows) for (const k of r[3]) keys[n++] = k;
  const others = index.candidates(keys);
  if (!others.length) return [];
  // An inverted index over this document's claims (a few dozen), probed with each candidate's
  // stems: the shared-stem count of every (claim, candidate) pair that shares any, in one pass.
  // Stems are interned ids, so the index is an array by stem id of linked lists of claims.
  const mine = rows.map(([idx, norm, numbers]) => ({ idx, ...index.intern(norm, numbers) }));
  const head = index.stemScratch();
  let entries = 0;
  for (const c of mine) entries += c.stems.length;
  const entryClaim = new Int32Array(entries);
  const entryNext = new Int32Array(entries);
  entries = 0;
  mine.forEach((c, i) => {
    for (const s of c.stems) {
      entryClaim[entries] = i;
      entryNext[entries] = head[s]!;
      head[s] = ++entries;
    }
  });
  const count = new Int32Array(mine.length);
  const touched: number[] = [];
  const found: { idx: number; other: number; m: MatchResult; order: number }[] = [];
  const { pool, at } = index.layout();
  for (const other of others) {
    const o = at[other]!;
    const ns = pool[o]!;
    for (let j = o + 1; j <= o + ns; j++) {
      for (let e = head[pool[j]!]!; e; e = entryNext[e - 1]!) {
        const i = entryClaim[e - 1]!;
        if ((count[i] = count[i]! + 1) === 1) touched.push(i);
      }
    }
    for (const i of touched) {
      const shared = count[i]!;
      count[i] = 0;
      if (shared < 2) continue;
      const c = mine[i]!;
      const nn = pool[o + 1 + ns]!;
      const sharedNumbers = c.numbers.length && nn ? sharedSorted(c.numbers, pool.subarray(o + 2 + ns, o + 2 + ns + nn)) : 0;
      const m = decide(shared, c.stems.length, ns, sharedNumbers, c.numbers.length, nn);
      if (m) found.push({ idx: c.idx, other, m, order: i });
    }
    touched.length = 0;
  }
  for (const c of mine) for (const s of c.stems) head[s] = 0;
  // In the order of the document's claims, then of the candidates' ids.
  found.sort((a, b) => a.order - b.order || a.other - b.other);
  return found.map(({ idx, other, m }) => ({ idx, other, m }));
}

/** Union-find over string nodes. */
class Components {
  private parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = this.parent.get(y)!;
      this.parent.set(y, r);
      y = next;
    }
    if (!this.parent.has(r)) this.parent.set(r, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
  nodes(): string[] {
    return [...this.parent.keys()];
  }
}

/** Pairs of claims that match, through an inverted index over stems (both rules need two shared stems). */
function matchingPairs(
  mine: readonly { id: number; sig: ClaimSignature }[],
  others: readonly { id: number; sig: ClaimSignature }[],
): { a: number; b: number; m: MatchResult }[] {
  const byStem = new Map<string, number[]>();
  others.forEach((o, i) => {
    for (const s of o.sig.stems) {
      let list = byStem.get(s);
      if (!list) byStem.set(s, (list = []));
      list.push(i);
    }
  });
  const out: { a: number; b: number; m: MatchResult }[] = [];
  for (const c of mine) {
    const shared = new Map<number, number>();
    for (const s of c.sig.stems) for (const i of byStem.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) {
      if (n < 2) continue;
      const o = others[i]!;
      const m = matchClaims(c.sig, o.sig);
      if (m) out.push({ a: c.id, b: o.id, m });
    }
  }
  return out;
}

/**
 * What a document's new claims (ids by index) change, given their matches and the current group
 * of each matched claim (a matched claim missing from `groupOf` was deleted meanwhile): they join
 * the groups of the claims they match (merging those groups), and one edge per new claim and
 * matched group records the best match as evidence. Groups are the connected components of the
 * match graph, so they do not depend on the order documents were added; storing one edge per group
 * rather than every pair keeps a talking point repeated in n documents at n edges, not n².
 */
export function planMatches(
  found: readonly FoundMatch[],
  idOf: ReadonlyMap<number, number>,
  groupOf: ReadonlyMap<number, number | null>,
): MatchPlan {
  // A matched claim in a group is represented by its group ("g…"), an ungrouped one by itself ("c…").
  const node = (id: number) => {
    const g = groupOf.get(id);
    return g === null || g === undefined ? `c${id}` : `g${g}`;
  };
  const best = new Map<string, { a: number; b: number; m: MatchResult }>();
  const parts = new Components();
  for (const f of found) {
    const a = idOf.get(f.idx);
    if (a === undefined || !groupOf.has(f.other)) continue;
    const key = `${a} ${node(f.other)}`;
    const prev = best.get(key);
    if (!prev || f.m.score > prev.m.score || (f.m.score === prev.m.score && f.other < prev.b)) best.set(key, { a, b: f.other, m: f.m });
    parts.union(`c${a}`, node(f.other));
  }
  if (!best.size) return { edges: [], regroup: [] };
  const members = new Map<string, string[]>();
  for (const n of parts.nodes()) {
    const root = parts.find(n);
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(n);
  }
  const regroup: Regroup[] = [];
  for (const list of members.values()) {
    // The group keeps the smallest claim id involved as its id.
    const target = Math.min(...list.map((n) => Number(n.slice(1))));
    for (const n of list) {
      const old = Number(n.slice(1));
      if (n.startsWith('g') && old === target) continue;
      regroup.push({ kind: n.startsWith('g') ? 'g' : 'c', old, target });
    }
  }
  const edges = [...best.values()].map(({ a, b, m }) => ({ a: Math.min(a, b), b: Math.max(a, b), score: m.score, reason: m.reason }));
  return { edges, regroup };
}

/** Writes a match plan (inside the document's transaction). */
export async function applyMatches(trx: Transaction<Database>, plan: MatchPlan): Promise<void> {
  if (!plan.edges.length && !plan.regroup.length) return;
  await sql`with m as (select * from json_to_recordset(${JSON.stringify(plan.regroup)}::json) as x(kind text, old integer, target integer)),
    g as (update claim set grp = m.target from m where m.kind = 'g' and claim.grp = m.old),
    c as (update claim set grp = m.target from m where m.kind = 'c' and claim.id = m.old)
    insert into claim_match (a, b, score, reason)
    select x.a, x.b, x.score, x.reason from json_to_recordset(${JSON.stringify(plan.edges)}::json)
      as x(a integer, b integer, score real, reason text)
    on conflict do nothing`.execute(trx);
}

/**
 * Recomputes groups after claims were deleted (a document re-analysed): a deleted claim may have
 * been the only link between parts of its group. The remaining members are matched pairwise
 * again (any match outside a group would have put the claim in it), and each part gets the
 * smallest member id as its group and a spanning tree of evidence edges.
 */
export async function regroup(trx: Transaction<Database>, groups: readonly number[]): Promise<void> {
  if (!groups.length) return;
  const list = `{${groups.join(',')}}`;
  const rows = (
    await sql<{ id: number; doc_id: number; norm: string; numbers: string[] }>`
      select id, doc_id, norm, numbers from claim where grp = any(${list}::integer[]) order by id`.execute(trx)
  ).rows;
  const ids = `{${rows.map((r) => r.id).join(',')}}`;
  await sql`delete from claim_match where a = any(${ids}::integer[]) or b = any(${ids}::integer[])`.execute(trx);
  await sql`update claim set grp = null where id = any(${ids}::integer[])`.execute(trx);
  const all = rows.map((r) => ({ id: r.id, sig: signature(r.norm, r.numbers) }));
  const docOf = new Map(rows.map((r) => [r.id, r.doc_id]));
  const parts = new Components();
  const adjacent = new Map<number, { other: number; m: MatchResult }[]>();
  for (const p of matchingPairs(all, all)) {
    if (p.a >= p.b || docOf.get(p.a) === docOf.get(p.b)) continue;
    parts.union(`c${p.a}`, `c${p.b}`);
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) {
      let l = adjacent.get(x);
      if (!l) adjacent.set(x, (l = []));
      l.push({ other: y, m: p.m });
    }
  }
  const plan: { edges: Edge[]; regroup: Regroup[] } = { edges: [], regroup: [] };
  const byRoot = new Map<string, number[]>();
  for (const n of parts.nodes()) {
    const root = parts.find(n);
    let l = byRoot.get(root);
    if (!l) byRoot.set(root, (l = []));
    l.push(Number(n.slice(1)));
  }
  for (const component of byRoot.values()) {
    const root = Math.min(...component);
    for (const id of component) plan.regroup.push({ kind: 'c', old: id, target: root });
    // Breadth-first from the root: each member's edge to the member that reached it.
    const seen = new Set([root]);
    const queue = [root];
    while (queue.length) {
      const x = queue.shift()!;
      for (const { other, m } of (adjacent.get(x) ?? []).sort((p, q) => p.other - q.other)) {
        if (seen.has(other)) continue;
        seen.add(other);
        queue.push(other);
        plan.edges.push({ a: Math.min(x, other), b: Math.max(x, other), score: m.score, reason: m.reason });
      }
    }
  }
  await applyMatches(trx, plan);
}

// ---------------------------------------------------------------------------------------------
// Groups

export interface GroupedClaim {
  readonly key: string;
  readonly doc: number;
  readonly doc_sha256: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly speaker: string | null;
  readonly quote: string;
  readonly numbers: readonly string[];
}

export interface ClaimGroup {
  /** The smallest claim key in the group: stable however the corpus was built. */
  readonly id: string;
  readonly documents: number;
  readonly claims: readonly GroupedClaim[];
}

/** Claims made in several documents, grouped through their match edges (connected components), largest first. */
export async function repeatedClaims(db: Store, options: { minDocuments?: number; speakerKeys?: readonly string[] } = {}): Promise<ClaimGroup[]> {
  const rows = await db
    .selectFrom('claim as c')
    .innerJoin('document as d', 'd.id', 'c.doc_id')
    .leftJoin('speaker_alias as sa', 'sa.key', 'c.speaker_key')
    .leftJoin('speaker as s', 's.id', 'sa.speaker_id')
    .select(['c.id', 'c.grp', 'c.key', 'c.doc_id', 'd.sha256', sql<string | null>`d.meta->>'title'`.as('title'), 'd.published', 's.name as speaker', 'c.speaker_key', 'c.quote', 'c.numbers'])
    .where('c.grp', 'is not', null)
    .execute();
  const groups = new Map<number, typeof rows>();
  for (const r of rows) {
    let g = groups.get(r.grp!);
    if (!g) groups.set(r.grp!, (g = []));
    g.push(r);
  }
  const min = options.minDocuments ?? 2;
  const speakers = options.speakerKeys ? new Set(options.speakerKeys) : undefined;
  const out: ClaimGroup[] = [];
  for (const g of groups.values()) {
    const docs = new Set(g.map((r) => r.doc_id)).size;
    if (docs < min) continue;
    if (speakers && !g.some((r) => r.speaker_key !== null && speakers.has(r.speaker_key))) continue;
    const claims = g
      .map((r) => ({ key: r.key, doc: r.doc_id, doc_sha256: r.sha256, title: r.title, published: r.published, speaker: r.speaker, quote: r.quote, numbers: r.numbers }))
      .sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.key.localeCompare(y.key));
    out.push({ id: claims.map((c) => c.key).sort()[0]!, documents: docs, claims });
  }
  return out.sort((x, y) => y.documents - x.documents || y.claims.length - x.claims.length || x.id.localeCompare(y.id));
}
