/**
 * Matching: from a quantity and its sentence, find the indicator, the geography and the period an
 * official statistic would need, using the mapping in lexicon/indicators.json. Pure: no I/O, no
 * clock. Every decision is written into `explanation` (or the `reason` of a non-match).
 *
 * The rules, in order (docs/stats.md explains each with examples):
 * 1. unit: percentages and currency amounts only;
 * 2. a target, rule or collective total near the number is not a statistic of one country;
 * 3. indicator: a cue phrase in the quantity's `of`, else the nearest cue in its sentence (before the
 *    number, or just after it), else — when the sentence refers back ("it fell to…") — in the two
 *    sentences before; the indicator must accept the quantity's unit, kind and "of GDP";
 * 4. geography: a country in `of`, else the nearest one in the sentence, else in the three sentences
 *    before, else the interview's main country (the interviewee's role, then the most named);
 *    bilateral trade needs two countries and a direction;
 * 5. period: `when`; without it, the last full year before publication;
 * 6. series: the indicator's series that cover the geography, currency and period, in lexicon order.
 */
import type { Doc, Quantity, Span } from '../doc.js';
import { aggregateCode, countryName, EU_MEMBERS, imfGeo, inEurostat, isCountry, roleCountries, scanGeo, type GeoMention } from './geo.js';
import { loadIndicators } from './indicators.js';
import { formatPeriod, parsePeriod, usableFreqs, yearOf } from './period.js';
import type { IndicatorDef, IndicatorLexicon, Match, MatchResult, ProviderId, SeriesRef } from './types.js';

export interface MatchOptions {
  /** The indicator mapping; default lexicon/indicators.json. */
  readonly lexicon?: IndicatorLexicon;
  /** Providers allowed, in order of preference; default all, in lexicon order. */
  readonly providers?: readonly ProviderId[];
}

// ---------------------------------------------------------------------------
// Phrase patterns

const BOUND_L = '(?<![\\p{L}\\p{N}])';
const BOUND_R = '(?![\\p{L}\\p{N}])';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex for a list of phrases: case-insensitive, whole words, a space or hyphen between words, "*" a word ending. */
export function phrasePattern(phrases: readonly string[]): RegExp | null {
  if (!phrases.length) return null;
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const star = p.endsWith('*');
      const words = (star ? p.slice(0, -1) : p).trim().split(/[\s-]+/).map(escape);
      return words.join('[\\s\\u00a0-]+') + (star ? '\\p{L}*' : '');
    });
  return new RegExp(`${BOUND_L}(?:${alts.join('|')})${BOUND_R}`, 'giu');
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function find(re: RegExp | null, text: string, from = 0, to = text.length): Hit[] {
  if (!re) return [];
  const out: Hit[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(re)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}

interface Compiled {
  readonly lexicon: IndicatorLexicon;
  readonly cues: ReadonlyMap<string, RegExp>;
  readonly excludes: ReadonlyMap<string, RegExp | null>;
  readonly notStat: RegExp | null;
  readonly collective: RegExp | null;
}

const compiledCache = new WeakMap<IndicatorLexicon, Compiled>();

function compile(lexicon: IndicatorLexicon): Compiled {
  const hit = compiledCache.get(lexicon);
  if (hit) return hit;
  const cues = new Map<string, RegExp>();
  const excludes = new Map<string, RegExp | null>();
  for (const ind of lexicon.indicators) {
    cues.set(ind.id, phrasePattern(ind.cues)!);
    excludes.set(ind.id, phrasePattern(ind.exclude ?? []));
  }
  const c: Compiled = {
    lexicon,
    cues,
    excludes,
    notStat: phrasePattern(lexicon.not_a_statistic),
    collective: phrasePattern(lexicon.collective),
  };
  compiledCache.set(lexicon, c);
  return c;
}

// ---------------------------------------------------------------------------
// Sentences

/** The sentence spans of a doc, or a naive split when the doc has no sentences layer. */
function sentencesOf(doc: Doc): readonly (Span & { turn: number })[] {
  if (doc.sentences?.length) return doc.sentences;
  return naiveSentences(doc);
}

const naiveCache = new WeakMap<Doc, (Span & { turn: number })[]>();

function naiveSentences(doc: Doc): (Span & { turn: number })[] {
  const hit = naiveCache.get(doc);
  if (hit) return hit;
  const out: (Span & { turn: number })[] = [];
  const turns = doc.turns?.length ? doc.turns : [{ start: 0, end: doc.text.length }];
  for (const [ti, t] of turns.entries()) {
    const re = /[.!?…]+["'”’)\]]*\s+(?=["“‘(\[–-]?\p{Lu})|\n\s*\n/gu;
    const body = doc.text.slice(t.start, t.end);
    let last = 0;
    for (const m of body.matchAll(re)) {
      const end = m.index + m[0].trimEnd().length;
      if (end > last) out.push({ start: t.start + last, end: t.start + end, turn: ti });
      last = m.index + m[0].length;
    }
    if (last < body.length) out.push({ start: t.start + last, end: t.end, turn: ti });
  }
  naiveCache.set(doc, out);
  return out;
}

function sentenceIndex(sentences: readonly Span[], q: Quantity): number {
  const s = sentences[q.sentence];
  if (s && s.start <= q.start && q.end <= s.end) return q.sentence;
  return sentences.findIndex((x) => x.start <= q.start && q.end <= x.end);
}

// ---------------------------------------------------------------------------
// Windows around the number

const CLAUSE_PUNCT = /[,;:()–—.!?]/;

/** Up to `max` characters before `pos` within [lo, pos), cut after the last clause punctuation. */
function leftWindow(text: string, lo: number, pos: number, max: number): [number, number] {
  let a = Math.max(lo, pos - max);
  for (let i = pos - 1; i >= a; i--) {
    if (CLAUSE_PUNCT.test(text[i]!)) {
      a = i + 1;
      break;
    }
  }
  return [a, pos];
}

/** Up to `max` characters after `pos` within [pos, hi), cut at the first clause punctuation. */
function rightWindow(text: string, pos: number, hi: number, max: number): [number, number] {
  const b = Math.min(hi, pos + max);
  for (let i = pos; i < b; i++) if (CLAUSE_PUNCT.test(text[i]!)) return [pos, i];
  return [pos, b];
}

const GDP_AFTER = /^\s*(?:of|to)\s+(?:the\s+)?(?:(?:country's|nation's|national)\s+)?(?:GDP|gross\s+domestic\s+product)\b/i;
const GDP_IN_OF = /\b(?:of|to)\s+(?:the\s+)?GDP\b|\bdebt-to-GDP\b|\bGDP\s+ratio\b|\bshare\s+of\s+(?:the\s+)?(?:GDP|gross domestic product)\b|\b(?:of|to)\s+gross\s+domestic\s+product\b/i;
/** "the debt-to-GDP ratio is 34%", "debt as a share of GDP stands at 81%". */
const GDP_BEFORE = /\bto[-\s]GDP\b|\bGDP\s+ratio\b|\b(?:share|percentage|per\s*cent)\s+of\s+(?:the\s+)?GDP\b/i;
const ANAPHOR = /(?<![\p{L}])(?:it|this|that|these|those|which|the\s+(?:figure|reduction|decline|decrease|increase|growth|drop|fall|rise|number|level|volume|amount|total|rate|sum))(?![\p{L}])/iu;
const BILATERAL = /\b(?:bilateral|mutual|our\s+(?:two\s+)?countries|both\s+countries|two\s+countries|between\s+us|our\s+trade|our\s+commerce|our\s+(?:two\s+)?states)\b/i;
const DOWN = /\b(?:fell|fall(?:s|en|ing)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|drop(?:ped|s)?|reduc(?:tion|ed)|down|shr[au]nk|contract(?:ed|ion)|lower|slump(?:ed)?|plung(?:e|ed)|los[st])\b/i;
const UP = /\b(?:gr[eo]w(?:n|s|th)?|growing|ris(?:e|en|es|ing)|rose|increas(?:e|ed|es|ing)|up|higher|gain(?:ed)?|expand(?:ed)?|added|jump(?:ed)?|soar(?:ed)?)\b/i;

// ---------------------------------------------------------------------------
// Geography helpers

const docGeoCache = new WeakMap<Doc, Map<string, number>>();

/** How often each country is named in the whole document. */
function countryCounts(doc: Doc): Map<string, number> {
  const hit = docGeoCache.get(doc);
  if (hit) return hit;
  const counts = new Map<string, number>();
  for (const g of scanGeo(doc.text, 0, doc.text.length)) {
    if (isCountry(g.code) && g.how !== 'capital') counts.set(g.code, (counts.get(g.code) ?? 0) + 1);
  }
  docGeoCache.set(doc, counts);
  return counts;
}

/** Countries in a span: from the entities layer (PLACE with an ISO id) and from the geo scanner. */
function geoIn(doc: Doc, lexicon: IndicatorLexicon, from: number, to: number): GeoMention[] {
  const found = scanGeo(doc.text, from, to, lexicon.aggregates);
  for (const e of doc.entities ?? []) {
    if (e.type !== 'PLACE' || !e.id || e.id.length !== 2 || e.start < from || e.end > to) continue;
    if (found.some((g) => g.start < e.end && e.start < g.end)) continue;
    found.push({ start: e.start, end: e.end, code: e.id, how: 'entity', text: doc.text.slice(e.start, e.end) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The interview's main country and why: the role's host country, its own country, or the most named. */
function mainCountry(doc: Doc): { code: string; why: string } | null {
  const role = doc.meta.interviewee_role;
  const rc = roleCountries(role);
  if (rc.to) return { code: rc.to, why: `the interview's main country (interviewee: "${role}")` };
  if (rc.of) return { code: rc.of, why: `the interview's main country (interviewee: "${role}")` };
  let best: [string, number] | null = null;
  for (const [k, n] of countryCounts(doc)) if (!best || n > best[1]) best = [k, n];
  return best ? { code: best[0], why: `the country the interview names most (${countryName(best[0])}, ${best[1]} times)` } : null;
}

// ---------------------------------------------------------------------------
// The matcher

interface CueChoice {
  readonly ind: IndicatorDef;
  readonly hit: Hit;
  readonly where: 'of' | 'sentence' | 'previous';
  /** Sentence span where the cue was found (for previous). */
  readonly sentence: Span | null;
}

const q = (s: string): string => `"${s.replace(/\s+/g, ' ').trim()}"`;

/**
 * Matches one quantity of a document with an indicator, a geography and a period.
 * @example
 * const r = matchQuantity(doc, 0);
 * if (r.ok) console.log(r.match.indicator, r.match.geo, r.match.period, r.match.explanation.join('; '));
 */
export function matchQuantity(doc: Doc, index: number, options: MatchOptions = {}): MatchResult {
  const quantity = doc.quantities?.[index];
  if (!quantity) throw new Error(`matchQuantity: doc has no quantity ${index}`);
  const lexicon = options.lexicon ?? loadIndicators();
  const c = compile(lexicon);
  const text = doc.text;
  const qText = text.slice(quantity.start, quantity.end);
  const why: string[] = [];

  // 1. unit
  const unit = quantity.unit;
  const unitClass = unit === 'percent' ? 'percent' : /^[A-Z]{3}$/.test(unit) ? 'currency' : null;
  if (!unitClass) return { ok: false, reason: `unit "${unit}" is not checked against official statistics (only percentages and money)` };

  const sentences = sentencesOf(doc);
  const si = sentenceIndex(sentences, quantity);
  const sentence: Span = si >= 0 ? sentences[si]! : { start: Math.max(0, quantity.start - 200), end: Math.min(text.length, quantity.end + 200) };
  const of = quantity.of ?? '';

  // 2. targets, rules, collective totals
  const [la, lb] = leftWindow(text, sentence.start, quantity.start, 40);
  const [ra, rb] = rightWindow(text, quantity.end, sentence.end, 30);
  const near = `${text.slice(la, lb)} ${text.slice(ra, rb)}`;
  const stat = find(c.notStat, near)[0] ?? find(c.notStat, of)[0];
  if (stat) return { ok: false, reason: `a target or rule (${q(stat.text)}), not a statistic` };
  const coll = find(c.collective, text, la, lb)[0] ?? find(c.collective, of)[0];
  if (coll) return { ok: false, reason: `a total over several countries (${q(coll.text)}), not one country's statistic` };

  // 3. indicator
  const gdpStated =
    GDP_AFTER.test(text.slice(quantity.end, Math.min(sentence.end, quantity.end + 40))) ||
    /GDP|gross domestic product/i.test(qText) ||
    GDP_IN_OF.test(of) ||
    GDP_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 60), quantity.start));
  const rejected: string[] = [];
  const compatible = (ind: IndicatorDef): boolean => {
    // A growth rate of a level ("exports rose by 12%") is a percentage whatever the level's unit.
    const growth = quantity.kind === 'change' && ind.change === 'growth';
    if (growth ? unitClass !== 'percent' : (ind.unit === 'percent') !== (unitClass === 'percent')) return false;
    if (!ind.kinds.includes(quantity.kind)) {
      rejected.push(`${ind.label}: a ${quantity.kind} is not checked against it`);
      return false;
    }
    if (ind.gdp === 'required' && !gdpStated) {
      rejected.push(`${ind.label}: needs "of GDP"`);
      return false;
    }
    if (ind.gdp === 'forbidden' && gdpStated) return false;
    return true;
  };
  const cueHits = (s: string, from: number, to: number): { ind: IndicatorDef; hit: Hit }[] => {
    const out: { ind: IndicatorDef; hit: Hit }[] = [];
    for (const ind of c.lexicon.indicators) {
      const hits = find(c.cues.get(ind.id)!, s, from, to);
      if (!hits.length) continue;
      const ex = find(c.excludes.get(ind.id) ?? null, s, Math.max(0, from - 30), Math.min(s.length, to + 30));
      for (const h of hits) {
        const veto = ex.find((e) => e.start < h.end && h.start < e.end);
        if (veto) {
          rejected.push(`${q(veto.text)} is not ${ind.label}`);
          continue;
        }
        if (ind.trade) {
          const product = productAfter(s, h.end);
          if (product) {
            rejected.push(`trade in one product (${q(`${h.text} ${product}`)}): only total trade in goods is mapped`);
            continue;
          }
        }
        if (!compatible(ind)) continue;
        out.push({ ind, hit: h });
      }
    }
    return out;
  };

  let choice: CueChoice | null = null;
  if (of) {
    const hits = cueHits(of, 0, of.length);
    hits.sort((a, b) => b.hit.text.length - a.hit.text.length || a.hit.start - b.hit.start);
    const h = hits[0];
    if (h) choice = { ...h, where: 'of', sentence: null };
  }
  if (!choice) {
    const hits = cueHits(text, sentence.start, sentence.end)
      .map((h) => {
        const before = h.hit.end <= quantity.start;
        const after = h.hit.start >= quantity.end;
        const d = before ? quantity.start - h.hit.end : after ? (h.hit.start - quantity.end) * 2 + 5 : 0;
        // A cue after the number counts only in the same clause, close by ("5.7% unemployment").
        const ok = !after || (h.hit.start - quantity.end <= 40 && !/[,;:()–—]/.test(text.slice(quantity.end, h.hit.start)));
        return { ...h, d, ok };
      })
      .filter((h) => h.ok)
      .sort((a, b) => a.d - b.d || b.hit.text.length - a.hit.text.length);
    const h = hits[0];
    if (h) choice = { ind: h.ind, hit: h.hit, where: 'sentence', sentence };
  }
  if (!choice && si > 0 && ANAPHOR.test(text.slice(sentence.start, quantity.start))) {
    // "By the end of 2024, it fell to €4.3 billion": the subject is named in a sentence before.
    for (let k = si - 1; k >= Math.max(0, si - 2) && !choice; k--) {
      const prev = sentences[k]!;
      const hits = cueHits(text, prev.start, prev.end).sort((a, b) => b.hit.end - a.hit.end);
      const h = hits[0];
      if (h) choice = { ...h, where: 'previous', sentence: prev };
    }
  }
  if (!choice) {
    const r = rejected.length ? ` (${[...new Set(rejected)].slice(0, 2).join('; ')})` : '';
    return { ok: false, reason: `no indicator cue for a ${unitClass === 'percent' ? 'percentage' : 'money amount'} of kind ${quantity.kind}${r}` };
  }
  const ind = choice.ind;
  const cueWhere =
    choice.where === 'of' ? `in what is measured (${q(of)})` : choice.where === 'sentence' ? (choice.hit.end <= quantity.start ? 'before the number' : 'after the number') : 'in a sentence before, which "it"/"the …" refers to';
  why.push(`indicator: ${ind.label} — cue ${q(choice.hit.text)} ${cueWhere}${ind.gdp === 'required' ? '; "of GDP" stated' : ''}`);

  // 4. geography
  const geoSpanOfCue: Span = choice.where === 'of' ? quantity : choice.hit;
  const sentenceGeo = geoIn(doc, lexicon, sentence.start, sentence.end);
  const ofGeo = of ? scanGeo(of, 0, of.length, lexicon.aggregates) : [];
  // An aggregate right before the cue ("EU unemployment", "NATO defence spending") or "in the EU" after it.
  const aggregate = ofGeo.find((g) => !isCountry(g.code)) ?? adjacentAggregate(text, sentenceGeo, choice.where === 'of' ? null : choice.hit);
  const explainGeo = (code: string, how: string): string => `${isCountry(code) ? 'country' : 'area'}: ${isCountry(code) ? countryName(code) : lexicon.aggregates.find((a) => a.id === code)?.label ?? code} — ${how}`;

  let geo: string;
  let partner: string | undefined;
  let indicator = ind;
  if (ind.trade) {
    const pair = tradePair(doc, lexicon, {
      of, ofGeo, sentenceGeo, sentences, si, cue: choice, quantity,
    });
    if (!pair.ok) return { ok: false, reason: pair.reason };
    why.push(...pair.why);
    geo = pair.reporter;
    partner = pair.partner;
    const flowId = `trade_goods_${pair.flow}`;
    indicator = lexicon.indicators.find((i) => i.id === flowId) ?? ind;
    if (indicator !== ind) why.push(`seen from ${countryName(geo)}'s side, which reports it: ${indicator.label}`);
  } else if (aggregate && !ofGeo.some((g) => isCountry(g.code))) {
    geo = aggregate.code;
    why.push(explainGeo(geo, `${q(aggregate.text)} next to the cue`));
  } else {
    const fromOf = ofGeo.find((g) => isCountry(g.code));
    const inSentence = sentenceGeo
      .filter((g) => isCountry(g.code))
      .map((g) => ({ g, d: distance(g, geoSpanOfCue, quantity) + (g.how === 'capital' ? 200 : 0) }))
      .sort((a, b) => a.d - b.d)[0]?.g;
    // "In the EU as a whole, debt stands at 81%": an area the sentence is about, when it names no country.
    const sentenceAggregate = sentenceGeo.find((g) => !isCountry(g.code) && g.how === 'aggregate' && /^(?:EU|EA)$/.test(g.code));
    if (fromOf) {
      geo = fromOf.code;
      why.push(explainGeo(geo, `${q(fromOf.text)} in what is measured`));
    } else if (inSentence) {
      geo = inSentence.code;
      why.push(explainGeo(geo, `${q(inSentence.text)} in the sentence${inSentence.how === 'capital' ? ' (the capital for the state)' : ''}`));
    } else if (sentenceAggregate) {
      geo = sentenceAggregate.code;
      why.push(explainGeo(geo, `${q(sentenceAggregate.text)} in the sentence`));
    } else {
      const back = previousCountry(doc, lexicon, sentences, si, 3);
      if (back) {
        geo = back.g.code;
        why.push(explainGeo(geo, `${q(back.g.text)} ${back.k === 1 ? 'in the sentence before' : `${back.k} sentences before`}`));
      } else {
        const main = mainCountry(doc);
        if (!main) return { ok: false, reason: 'no country: none is named near the number and the interview has no main country', partial: { indicator: ind.id } };
        geo = main.code;
        why.push(explainGeo(geo, main.why));
      }
    }
  }

  // 5. period
  let period: string;
  let periodSource: Match['period_source'];
  const published = doc.meta.published;
  const pubYear = yearOf(published);
  if (quantity.when) {
    const p = parsePeriod(quantity.when);
    if (!p) return { ok: false, reason: `period "${quantity.when}" is not a year, half-year, quarter or month`, partial: { indicator: indicator.id, geo, ...(partner && { partner }) } };
    period = formatPeriod(p);
    periodSource = 'stated';
    why.push(`period: ${period} — stated`);
  } else if (pubYear !== null) {
    period = String(pubYear - 1);
    periodSource = 'publication';
    why.push(`period: ${period} — no period stated; the last full year before publication (${published}), or the latest available before it`);
  } else {
    period = 'latest';
    periodSource = 'unknown';
    why.push('period: the latest available — no period stated and no publication date');
  }

  const compare: Match['compare'] = quantity.kind === 'change' && indicator.change === 'growth' ? 'growth' : 'value';
  let direction: 'up' | 'down' | undefined;
  if (compare === 'growth') {
    const around = `${of} ${text.slice(Math.max(sentence.start, quantity.start - 60), Math.min(sentence.end, quantity.end + 30))}`;
    direction = DOWN.test(around) ? 'down' : UP.test(around) ? 'up' : undefined;
    const base = parsePeriod(period);
    why.push(`compared as growth over ${base && base.freq !== 'A' ? 'the same period a year before' : 'the year before'}${direction ? `, direction ${direction === 'down' ? 'down' : 'up'}` : ''}`);
  }

  // 6. series
  const partial = { indicator: indicator.id, geo, ...(partner && { partner }), period };
  const picked = pickSeries(indicator, lexicon, { geo, unit: compare === 'growth' ? null : unit, period, pubYear, providers: options.providers });
  if (!picked.ok) return { ok: false, reason: picked.reason, partial };
  const s0 = picked.series[0]!;
  why.push(`source: ${describeSeries(s0)}${picked.series.length > 1 ? `, then ${picked.series.slice(1).map(describeSeries).join(', ')}` : ''}`);
  return {
    ok: true,
    match: {
      indicator: indicator.id,
      label: indicator.label,
      provider: s0.provider,
      series: picked.series,
      geo,
      ...(partner && { partner }),
      period,
      period_source: periodSource,
      compare,
      ...(direction && { direction }),
      explanation: why,
    },
  };
}

/** "Eurostat gov_10dd_edpt1", "World Bank MS.MIL.XPND.GD.ZS". */
export function describeSeries(s: SeriesRef): string {
  const name = s.provider === 'eurostat' ? 'Eurostat' : s.provider === 'worldbank' ? 'World Bank' : 'IMF';
  return `${name} ${s.dataset ?? s.code ?? ''}`.trim();
}

function distance(g: Span, cue: Span, quantity: Span): number {
  const to = (s: Span): number => (g.end <= s.start ? s.start - g.end : g.start >= s.end ? g.start - s.end : 0);
  return Math.min(to(cue), to(quantity));
}

/** A lowercase product after "trade in"/"exports of" ("trade in precious stones"), or null. */
function productAfter(s: string, pos: number): string | null {
  const m = /^\s+(in|of|with)\s+(?:the\s+)?([\p{L}][\p{L}-]*)(?:\s+([\p{L}][\p{L}-]*))?/u.exec(s.slice(pos, pos + 60));
  if (!m) return null;
  const prep = m[1]!;
  const w = m[2]!;
  const geo = scanGeo(w, 0, w.length);
  // "exports of Russia", "trade with India" name a country; "exports of Russian gas" a product.
  if (geo.length && geo[0]!.how !== 'demonym') return null;
  if (geo.length) return m[3] && /^\p{Ll}/u.test(m[3]) ? `${prep} ${w} ${m[3]}` : null;
  // "trade with us", "trade with partners" are not products; only "in/of <noun>" is.
  if (prep === 'with') return null;
  if (/^(?:goods|merchandise|all|total|both|our|their|its|his|her|bilateral|the|this|that|these|those|about|around|over|more|less|some|\p{Lu}.*)$/u.test(w)) return null;
  return `${prep} ${w}`;
}

function adjacentAggregate(text: string, mentions: readonly GeoMention[], cue: Hit | null): GeoMention | undefined {
  if (!cue) return undefined;
  for (const g of mentions) {
    if (isCountry(g.code)) continue;
    // "EU unemployment", "the EU's deficit", "NATO defence spending"
    if (g.end <= cue.start && cue.start - g.end <= 25 && !/[,.;:]/.test(text.slice(g.end, cue.start))) {
      const between = mentions.some((m) => isCountry(m.code) && m.start >= g.end && m.end <= cue.start);
      if (!between) return g;
    }
    // "unemployment in the EU", "inflation across the euro area"
    if (g.start >= cue.end && g.start - cue.end <= 25 && /^\s*(?:in|across|of|for|within)\s+(?:the\s+)?(?:whole\s+|entire\s+)?$/i.test(text.slice(cue.end, g.start))) {
      return g;
    }
  }
  return undefined;
}

function previousCountry(
  doc: Doc,
  lexicon: IndicatorLexicon,
  sentences: readonly (Span & { turn: number })[],
  si: number,
  max: number,
): { g: GeoMention; k: number } | null {
  if (si < 0) return null;
  const turn = sentences[si]!.turn;
  for (let k = 1; k <= max && si - k >= 0; k++) {
    const s = sentences[si - k]!;
    if (turn - s.turn > 1) break;
    const found = geoIn(doc, lexicon, s.start, s.end).filter((g) => isCountry(g.code));
    if (!found.length) continue;
    // The last country named before the number, preferring names to capitals.
    const named = found.filter((g) => g.how !== 'capital');
    return { g: (named.length ? named : found)[(named.length ? named : found).length - 1]!, k };
  }
  return null;
}

interface TradeInput {
  readonly of: string;
  readonly ofGeo: readonly GeoMention[];
  readonly sentenceGeo: readonly GeoMention[];
  readonly sentences: readonly (Span & { turn: number })[];
  readonly si: number;
  readonly cue: CueChoice;
  readonly quantity: Quantity;
}

type TradeResult =
  | { ok: true; reporter: string; partner: string; flow: 'total' | 'exports' | 'imports'; why: string[] }
  | { ok: false; reason: string };

/** The two countries of a bilateral trade figure, which reports it, and the flow from its side. */
function tradePair(doc: Doc, lexicon: IndicatorLexicon, t: TradeInput): TradeResult {
  const text = doc.text;
  const why: string[] = [];
  const role = roleCountries(doc.meta.interviewee_role);
  const cueText = t.cue.where === 'of' ? t.of : text;
  const cueSentence = t.cue.where === 'of' ? null : t.cue.sentence;
  const near: GeoMention[] = [];
  const add = (g: GeoMention): void => {
    if (isCountry(g.code) && !near.some((x) => x.code === g.code)) near.push(g);
  };
  for (const g of t.ofGeo) add(g);
  const cueSpan: Span = t.cue.where === 'of' ? t.quantity : t.cue.hit;
  [...t.sentenceGeo].sort((a, b) => distance(a, cueSpan, t.quantity) - distance(b, cueSpan, t.quantity)).forEach(add);
  if (t.cue.where === 'previous' && cueSentence) geoIn(doc, lexicon, cueSentence.start, cueSentence.end).forEach(add);
  const bilateral =
    BILATERAL.test(t.of) ||
    (t.si >= 0 && BILATERAL.test(text.slice(t.sentences[t.si]!.start, t.sentences[t.si]!.end))) ||
    (cueSentence !== null && BILATERAL.test(text.slice(cueSentence.start, cueSentence.end)));
  let pair: string[] = near.slice(0, 2).map((g) => g.code);
  let how = pair.length === 2 ? `${q(near[0]!.text)} and ${q(near[1]!.text)} near the number or its cue` : '';
  if (pair.length === 1) {
    const other = [role.of, role.to].find((c) => c && c !== pair[0]) ?? previousOther(doc, lexicon, t, pair[0]!);
    if (other) {
      how = `${q(near[0]!.text)} near the number or its cue, and ${countryName(other)} ${other === role.of || other === role.to ? `from the interviewee's role` : 'from the sentences before'}`;
      pair = [pair[0]!, other];
    }
  } else if (pair.length === 0 && bilateral && role.of) {
    const other = role.to ?? previousOther(doc, lexicon, t, role.of);
    if (other) {
      pair = [role.of, other];
      how = `"bilateral"/"our countries": the interviewee's country (${countryName(role.of)}) and ${countryName(other)}`;
    }
  } else if (pair.length === 0) {
    const a = previousOther(doc, lexicon, t, '');
    const b = a ? previousOther(doc, lexicon, t, a) : null;
    if (a && b) {
      pair = [a, b];
      how = 'the countries named in the sentences before';
    }
  }
  if (pair.length < 2) return { ok: false, reason: `bilateral trade needs two countries; found ${pair.length ? countryName(pair[0]!) : 'none'}` };
  const [a, b] = pair as [string, string];

  // Whose exports or imports: "Russian exports", "exports of Russia", "imports from Belgium".
  let flow: 'total' | 'exports' | 'imports' = t.cue.ind.trade ?? 'total';
  let exporter: string | null = null;
  let ownerCode: string | null = null;
  if (flow !== 'total') {
    const own = owner(cueText, t.cue.hit, lexicon, pair) ?? inheritedOwner(text, t, lexicon, pair);
    ownerCode = own?.code ?? null;
    if (!own || !ownerCode) {
      ownerCode = role.of && pair.includes(role.of) ? role.of : a;
      why.push(`direction: whose ${flow} is not said; taken as ${countryName(ownerCode)}'s`);
    } else {
      why.push(`direction: ${own.how}`);
    }
    const other = pair.find((c) => c !== ownerCode)!;
    // "imports from X": X exports; "exports to X": X imports; "Russian exports": Russia's own.
    if (own?.side === 'exporter') exporter = ownerCode;
    else if (own?.side === 'importer') exporter = other;
    else exporter = flow === 'exports' ? ownerCode : other;
    if (own?.side === 'exporter' || own?.side === 'importer') ownerCode = flow === 'exports' ? exporter : exporter === a ? b : a;
  }
  const inEU = pair.filter((c) => EU_MEMBERS.has(c));
  // The figure is best checked in the books of the country whose flow it is, when that one reports.
  const reporter = inEU.length === 2 ? ownerCode ?? a : inEU.length === 1 ? inEU[0]! : ownerCode ?? a;
  const partner = reporter === a ? b : a;
  if (flow !== 'total') flow = exporter === reporter ? 'exports' : 'imports';
  why.unshift(`countries: ${countryName(reporter)} and ${countryName(partner)} — ${how}${inEU.length ? `; ${countryName(reporter)} reports (EU member)` : ''}`);
  return { ok: true, reporter, partner, flow, why };
}

function previousOther(doc: Doc, lexicon: IndicatorLexicon, t: TradeInput, not: string): string | null {
  if (t.si < 0) return null;
  for (let k = 1; k <= 3 && t.si - k >= 0; k++) {
    const s = t.sentences[t.si - k]!;
    const found = geoIn(doc, lexicon, s.start, s.end).filter((g) => isCountry(g.code) && g.code !== not);
    if (found.length) return found[found.length - 1]!.code;
  }
  return null;
}

interface Owner {
  readonly code: string;
  /** The country is the exporter, the importer, or the owner of the flow the cue names. */
  readonly side: 'exporter' | 'importer' | 'owner';
  readonly how: string;
}

/** The country that qualifies a flow cue: before it ("Russian exports") or after it ("exports from Russia"). */
function owner(s: string, cue: Hit, lexicon: IndicatorLexicon, pair: readonly string[]): Owner | null {
  const before = scanGeo(s, Math.max(0, cue.start - 30), cue.start, lexicon.aggregates).filter((g) => isCountry(g.code) && pair.includes(g.code));
  const last = before[before.length - 1];
  if (last && /^(?:'s|’s)?\s+(?:\p{Ll}+\s+){0,2}$/u.test(s.slice(last.end, cue.start))) {
    return { code: last.code, side: 'owner', how: `${q(`${last.text}${s.slice(last.end, cue.end)}`)}` };
  }
  const after = /^\s+(from|of|to|into|in)\s+(?:the\s+)?/i.exec(s.slice(cue.end, cue.end + 20));
  if (after) {
    const at = cue.end + after[0].length;
    const g = scanGeo(s, at, Math.min(s.length, at + 40)).find((x) => x.start === at && isCountry(x.code) && pair.includes(x.code));
    if (g) {
      const prep = after[1]!.toLowerCase();
      const side: Owner['side'] =
        prep === 'from' ? 'exporter' : prep === 'to' || prep === 'into' ? 'importer' : 'owner';
      // "imports from X": X exports; "exports to X": X imports; "exports of X": X's own.
      return { code: g.code, side, how: q(s.slice(cue.start, g.end)) };
    }
  }
  return null;
}

/** "Russian exports amounted to €1.3 billion and imports to €1.5 billion": "imports" shares "Russian". */
function inheritedOwner(text: string, t: TradeInput, lexicon: IndicatorLexicon, pair: readonly string[]): Owner | null {
  if (t.cue.where !== 'sentence' || !t.cue.sentence) return null;
  const s = t.cue.sentence;
  const re = /(?<![\p{L}])(?:exports?|imports?|exported|imported)(?![\p{L}])/giu;
  let best: Owner | null = null;
  for (const m of text.slice(s.start, t.cue.hit.start).matchAll(re)) {
    const h: Hit = { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
    const o = owner(text, h, lexicon, pair);
    if (o && o.side === 'owner') best = { ...o, how: `${o.how}, carried over to ${q(t.cue.hit.text)}` };
  }
  return best;
}

interface PickInput {
  readonly geo: string;
  /** The stated currency; null for a growth rate, which any currency answers. */
  readonly unit: string | null;
  readonly period: string;
  readonly pubYear: number | null;
  readonly providers: readonly ProviderId[] | undefined;
}

/** The indicator's series that can answer for this geography, currency and period, in order. */
function pickSeries(ind: IndicatorDef, lexicon: IndicatorLexicon, p: PickInput): { ok: true; series: SeriesRef[] } | { ok: false; reason: string } {
  const allowed = p.providers;
  let list = ind.series.filter((s) => !allowed || allowed.includes(s.provider));
  if (!list.length) return { ok: false, reason: `none of the providers asked for (${allowed!.join(', ')}) has ${ind.label}` };
  const covered = list.filter((s) => covers(s, p.geo, lexicon));
  if (!covered.length) {
    const where = isCountry(p.geo) ? countryName(p.geo) : lexicon.aggregates.find((a) => a.id === p.geo)?.label ?? p.geo;
    if (ind.trade) return { ok: false, reason: `${describeSeries(list[0]!)} has trade only as reported by EU member states, and ${where} is not one` };
    return { ok: false, reason: `no configured provider has ${ind.label} for ${where}` };
  }
  list = covered;
  if (ind.unit === 'currency' && p.unit !== null) {
    const inUnit = list.filter((s) => s.unit === p.unit);
    if (!inUnit.length) return { ok: false, reason: `stated in ${p.unit}; the series for ${ind.label} are in ${[...new Set(list.map((s) => s.unit))].join(', ')}` };
    list = inUnit;
  }
  const per = p.period === 'latest' ? null : parsePeriod(p.period);
  if (per) {
    const freqs = usableFreqs(per);
    const byFreq = list.filter((s) => s.freq.some((f) => freqs.includes(f)));
    if (!byFreq.length) return { ok: false, reason: `${ind.label} is annual only; a period like ${p.period} cannot be checked` };
    list = byFreq;
    if (p.pubYear !== null && per.year > p.pubYear) {
      const proj = list.filter((s) => s.projections);
      if (!proj.length) return { ok: false, reason: `${p.period} is after publication and no series of ${ind.label} has forecasts` };
      list = proj;
    } else if (p.pubYear !== null && per.year === p.pubYear) {
      // The year of publication is not over: forecasts first, then whatever has data.
      list = [...list.filter((s) => s.projections), ...list.filter((s) => !s.projections)];
    }
  }
  return { ok: true, series: list };
}

function covers(s: SeriesRef, geo: string, lexicon: IndicatorLexicon): boolean {
  if (!isCountry(geo)) return aggregateCode(lexicon.aggregates, geo, s.provider) !== null;
  switch (s.coverage) {
    case 'eurostat':
      return inEurostat(geo);
    case 'eu_members':
      return EU_MEMBERS.has(geo);
    case 'world':
      return s.provider !== 'imf' || imfGeo(geo) !== null;
  }
}
