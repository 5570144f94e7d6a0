import type { Claim, ClaimKind, Doc, Entity, Quantity, Span } from '../doc.js';
import type { Stage } from '../pipeline.js';
import {
  ATTRIBUTION_VERBS, CLAIM_BIAS, CLAIM_FEATURES, CLAIM_KIND_ORDER, CLAIM_REASON_SUBSUMES, CLAIM_REASONS,
  CLAIM_THRESHOLD, CLAIM_WEIGHTS, COMPARISON_CUES, DATE_WORDS, EVALUATIVE_WORDS, HEDGES, INDICATOR_WORDS, LEGAL_CUES,
  MONEY_WORDS, NORMATIVE_CUES, NOT_NAMES, OPINION_MARKERS, ORG_WORDS, PAST_EVENT_VERBS, PERCENT_WORDS,
  PREDICTION_CUES, QUANTITY_WORDS, SELF_SUBJECTS, SHORT_WORDS, SUPERLATIVE_CUES, TITLES, YOU_WORDS,
} from '../lexicon/claim-cues.js';
import type { ClaimFeature } from '../lexicon/claim-cues.js';

export type { ClaimFeature } from '../lexicon/claim-cues.js';

/** Which features fired for one sentence: 1 fired, 0 did not. */
export type ClaimFeatures = Record<ClaimFeature, 0 | 1>;

/** The layer items that lie inside the sentence, with their spans in `Doc.text` offsets. */
export interface ClaimContext {
  readonly quantities: readonly Quantity[];
  readonly entities: readonly Entity[];
  /** Offset of the sentence's first character in `Doc.text`; entity spans are compared against it. */
  readonly offset: number;
}

export interface ClaimOptions {
  /** Emit sentences scoring at least this, in [0, 1]; 0 emits every sentence of intro and answer turns. */
  readonly threshold?: number;
  /** Overrides of the weights in src/lexicon/claim-cues.ts, by feature. */
  readonly weights?: Partial<Record<ClaimFeature, number>>;
  /** Override of the logit's intercept. */
  readonly bias?: number;
}

/** A word with inner punctuation ("U.S", "2,000", "all-time", "don't"), or a clitic ("'ll", "'re"). */
const TOKEN = /'(?:ll|re|ve|s|d|m)(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*/gu;
/** Clitics split off a word so "we'll" reads as "we" + "'ll" (n't stays: "won't" is one word). */
const CLITIC = /^(.+?)('(?:ll|re|ve|s|d|m))$/u;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/u;
/** "1990s", "90s" (the tokenizer drops the apostrophe of "'90s"). */
const DECADE = /^(?:1[89]|20)?\d0s$/u;
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/u;
const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const DIGIT = /\p{N}/u;
const CURRENCY_SIGN = /[$€£¥₽₴]/u;
const QUESTION_END = /\?["'”’)\]»]*\s*$/u;
const CAPITALISED = /^\p{Lu}/u;
const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
/** Units of the quantities layer that are shares. */
const SHARE_UNITS = new Set(['percent', 'percentage_point', 'basis_point']);
/** Words that may stand between a speaker pronoun and a reporting verb ("we have always said"). */
const AUXILIARIES = new Set(['have', 'had', 'has', "'ve", "'d", 'just', 'already', 'always', 'never', 'also', 'clearly', 'often']);

interface Token {
  /** As written, with curly apostrophes straightened. */
  readonly text: string;
  readonly lower: string;
  /** Offset in the sentence. */
  readonly at: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].replace(/’/g, "'");
    const clitic = CLITIC.exec(word);
    if (clitic && clitic[1] !== undefined && clitic[2] !== undefined) {
      out.push({ text: clitic[1], lower: clitic[1].toLowerCase(), at: m.index });
      out.push({ text: clitic[2], lower: clitic[2].toLowerCase(), at: m.index + clitic[1].length });
    } else {
      out.push({ text: word, lower: word.toLowerCase(), at: m.index });
    }
  }
  return out;
}

/** Cue features matched by word sequence, not regex: one hash lookup per word keeps the stage fast. */
type CueFeature = 'quantity' | 'money' | 'percent' | 'indicator' | 'date' | 'comparison' | 'superlative' | 'attribution'
  | 'past_event' | 'prediction' | 'legal' | 'org' | 'hedge' | 'opinion' | 'normative' | 'evaluative' | 'you';

interface Cue {
  readonly rest: readonly string[];
  readonly feature: CueFeature;
}

/** First word → cues starting with it, longest first. */
type CueIndex = Map<string, Cue[]>;

function indexCues(lists: readonly (readonly [CueFeature, readonly string[]])[], caseSensitive: boolean): CueIndex {
  const index: CueIndex = new Map();
  for (const [feature, cues] of lists) {
    for (const cue of cues) {
      const words = tokenize(cue).map((t) => (caseSensitive ? t.text : t.lower));
      const [first, ...rest] = words;
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push({ rest, feature });
      list.sort((a, b) => b.rest.length - a.rest.length);
      index.set(first, list);
    }
  }
  return index;
}

/** True when the reporting verb at token `i` has the speaker as subject: "as I said", "we've always said". */
function selfReported(tokens: readonly Token[], i: number, selves: ReadonlySet<string>): boolean {
  let j = i - 1;
  while (j >= 0 && AUXILIARIES.has(tokens[j]!.lower)) j--;
  return j >= 0 && selves.has(tokens[j]!.lower);
}

/**
 * Compiles the cue lists once and returns a function that tells which features
 * fire for one sentence's text; `context` gives the quantities and entities inside it.
 */
export function claimFeaturizer(): (text: string, context?: ClaimContext) => ClaimFeatures {
  const lowerIndex = indexCues([
    ['quantity', QUANTITY_WORDS], ['money', MONEY_WORDS], ['percent', PERCENT_WORDS], ['indicator', INDICATOR_WORDS], ['date', DATE_WORDS],
    ['comparison', COMPARISON_CUES], ['superlative', SUPERLATIVE_CUES], ['attribution', ATTRIBUTION_VERBS],
    ['past_event', PAST_EVENT_VERBS], ['prediction', PREDICTION_CUES], ['legal', LEGAL_CUES],
    ['hedge', HEDGES], ['opinion', OPINION_MARKERS], ['normative', NORMATIVE_CUES],
    ['evaluative', EVALUATIVE_WORDS], ['you', YOU_WORDS],
  ], false);
  const caseIndex = indexCues([['org', ORG_WORDS]], true);
  const notNames = new Set(NOT_NAMES.flatMap((w) => tokenize(w).map((t) => t.text)));
  // Capitalised words that are themselves cues ("GDP", "Treaty") are not untyped names.
  const knownWords = new Set([
    ...ORG_WORDS.flatMap((w) => tokenize(w).map((t) => t.text)),
    ...[...lowerIndex].filter(([, cues]) => cues.some((c) => c.rest.length === 0)).map(([word]) => word),
  ]);
  const selves = new Set(SELF_SUBJECTS.flatMap((w) => tokenize(w).map((t) => t.lower)));
  const none: ClaimContext = { quantities: [], entities: [], offset: 0 };

  const match = (index: CueIndex, tokens: readonly Token[], i: number, key: string, f: ClaimFeatures): void => {
    const cues = index.get(key);
    if (!cues) return;
    for (const cue of cues) {
      if (f[cue.feature] === 1) continue;
      let ok = i + cue.rest.length < tokens.length;
      for (let k = 0; ok && k < cue.rest.length; k++) {
        const t = tokens[i + 1 + k]!;
        ok = (index === caseIndex ? t.text : t.lower) === cue.rest[k];
      }
      if (ok && !(cue.feature === 'attribution' && selfReported(tokens, i, selves))) f[cue.feature] = 1;
    }
  };

  return (text, context = none) => {
    const f = Object.fromEntries(CLAIM_FEATURES.map((k) => [k, 0])) as ClaimFeatures;
    const tokens = tokenize(text);

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      match(lowerIndex, tokens, i, t.lower, f);
      match(caseIndex, tokens, i, t.text, f);
      if (DIGIT.test(t.text)) {
        const afterSign = CURRENCY_SIGN.test(text.charAt(t.at - 1));
        // "23 June", "June 23": the day of a date is not a quantity.
        const day = DAY.test(t.text) && (MONTHS.has(tokens[i - 1]?.text ?? '') || MONTHS.has(tokens[i + 1]?.text ?? ''));
        if ((YEAR.test(t.text) && !afterSign) || DECADE.test(t.text) || day) f.date = 1;
        else f.quantity = 1;
      }
      if (MONTHS.has(t.text) && YEAR.test(tokens[i + 1]?.text ?? '')) f.date = 1;
      // "cheaper than", "higher than": a comparative before "than".
      if (t.lower === 'than' && i > 0 && /er$/u.test(tokens[i - 1]!.lower) && tokens[i - 1]!.lower.length > 3) f.comparison = 1;
    }

    for (const q of context.quantities) {
      // A small spelled-out count ("two things") is not a statistic; the cue lists leave it out too.
      if (!(q.unit === 'count' && q.value <= 10 && !DIGIT.test(text.slice(q.start - context.offset, q.end - context.offset)))) f.quantity = 1;
      if (/^[A-Z]{3}$/.test(q.unit)) f.money = 1;
      if (SHARE_UNITS.has(q.unit)) f.percent = 1;
      if (q.when !== null) f.date = 1;
    }
    if (CURRENCY_SIGN.test(text)) f.money = 1;
    if (text.includes('%')) f.percent = 1;

    f.periods = f.comparison && f.date;
    f.dated_event = f.past_event && f.date;

    for (const e of context.entities) {
      if (e.type === 'ORG') f.org = 1;
      else if (e.type === 'PERSON') f.person = 1;
      else if (e.type === 'PLACE') f.place = 1;
    }
    f.proper_name = hasUntypedName(text, tokens, context, notNames, knownWords) ? 1 : 0;

    f.question = QUESTION_END.test(text) ? 1 : 0;
    f.short = tokens.length < SHORT_WORDS ? 1 : 0;
    f.no_anchor = f.quantity || f.money || f.percent || f.indicator || f.date || f.org || f.person || f.place || f.proper_name ? 0 : 1;
    return f;
  };
}

/** A capitalised word after the first one that no entity covers: a name the entities layer did not type. */
function hasUntypedName(
  text: string, tokens: readonly Token[], context: ClaimContext, notNames: ReadonlySet<string>, known: ReadonlySet<string>,
): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CAPITALISED.test(t.text) || notNames.has(t.text) || MONTHS.has(t.text) || known.has(t.text) || known.has(t.lower)) continue;
    // A capital after a colon, a quote, a dash or a full stop starts a new clause, not a name ("Mr. Smith" is one).
    const before = text.slice(Math.max(0, t.at - 2), t.at);
    if (/[:"“—–!?]\s*$/u.test(before) || (/\.\s*$/u.test(before) && !TITLE_SET.has(tokens[i - 1]!.text))) continue;
    const at = context.offset + t.at;
    if (context.entities.some((e) => e.start <= at && at < e.end)) continue;
    return true;
  }
  return false;
}

/** Index of the first item with `start >= pos` (items sorted by start). */
function lowerBound(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes of the items lying wholly inside `span`. */
function inside(items: readonly Span[], span: Span): number[] {
  const out: number[] = [];
  for (let i = lowerBound(items, span.start); i < items.length && items[i]!.start < span.end; i++) {
    if (items[i]!.end <= span.end) out.push(i);
  }
  return out;
}

function kindOf(f: ClaimFeatures): ClaimKind {
  for (const [kind, features] of CLAIM_KIND_ORDER) {
    if (features.some((k) => f[k] === 1)) return kind;
  }
  return 'other';
}

function reasonsOf(f: ClaimFeatures, weights: Readonly<Record<ClaimFeature, number>>): string[] {
  const fired = CLAIM_FEATURES.filter((k) => f[k] === 1 && weights[k] !== 0);
  const hidden = new Set(fired.flatMap((k) => CLAIM_REASON_SUBSUMES[k] ?? []));
  // A reason that stands for others ("compares two periods") weighs what they weigh together.
  const weight = (k: ClaimFeature): number =>
    (CLAIM_REASON_SUBSUMES[k] ?? []).reduce((sum, sub) => sum + weights[sub] * f[sub], weights[k]);
  return fired
    .filter((k) => !hidden.has(k))
    .map((k, order) => ({ k, order, w: weight(k) }))
    // Strongest evidence for the claim first, then what speaks against it.
    .sort((a, b) => b.w - a.w || a.order - b.order)
    .map(({ k }) => CLAIM_REASONS[k]);
}

/**
 * Check-worthy sentences of intro and answer turns, scored by a transparent
 * linear model (features and weights in src/lexicon/claim-cues.ts, logistic
 * squash to [0, 1]). Sentences of question turns are never claims.
 *
 * @example
 * const doc = runStages(parsed, [turns(), sentences(), quantities(), entities(), claims()]);
 * doc.claims?.[0]; // { start, end, turn, score: 0.83, kind: 'statistical', reasons: ['states a quantity', …], … }
 */
export function claims(options: ClaimOptions = {}): Stage<'claims'> {
  const threshold = options.threshold ?? CLAIM_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`claims: threshold must be in [0, 1], got ${threshold}`);
  const bias = options.bias ?? CLAIM_BIAS;
  const weights: Record<ClaimFeature, number> = { ...CLAIM_WEIGHTS, ...options.weights };
  const featurize = claimFeaturizer();

  return {
    layer: 'claims',
    needs: ['turns', 'sentences', 'quantities', 'entities'],
    run(doc: Doc): Claim[] {
      const turns = doc.turns ?? [];
      const quantities = doc.quantities ?? [];
      const entities = doc.entities ?? [];
      const out: Claim[] = [];
      for (const s of doc.sentences ?? []) {
        const role = turns[s.turn]?.role;
        if (role !== 'intro' && role !== 'answer') continue;
        const qi = inside(quantities, s);
        const ei = inside(entities, s);
        const f = featurize(doc.text.slice(s.start, s.end), {
          quantities: qi.map((i) => quantities[i]!),
          entities: ei.map((i) => entities[i]!),
          offset: s.start,
        });
        let logit = bias;
        for (const k of CLAIM_FEATURES) logit += weights[k] * f[k];
        const score = Math.round(1000 / (1 + Math.exp(-logit))) / 1000;
        if (score < threshold) continue;
        out.push({
          start: s.start,
          end: s.end,
          turn: s.turn,
          score,
          kind: kindOf(f),
          reasons: reasonsOf(f, weights),
          quantities: qi,
          entities: ei,
        });
      }
      return out;
    },
  };
}
