import type { Removed, RemovedReason } from '../doc.js';
import {
  BREADCRUMB_HOME,
  BREADCRUMB_SEPARATORS,
  CREDIT_INFIXES,
  CREDIT_PREFIXES,
  FOOTER_CUES,
  LANGUAGE_SWITCH_WORDS,
  NAVIGATION_LINES,
  NETWORKS,
  READ_MORE_PREFIXES,
  SHARE_WORDS,
  SUBSCRIPTION_CUES,
} from '../lexicon/furniture.js';
import { findDate } from './dates.js';
import type { Block, PageMeta } from './types.js';

/** What cleaning keeps and drops, with the headline it recognised. */
export interface Cleaned {
  readonly kept: readonly Block[];
  readonly removed: readonly Removed[];
  /** The page's headline as found in the body or metadata, if any. */
  readonly title: string | null;
}

/** Folds typography and case so that near-identical lines compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;
// "By Anna Korvel | February 18, 2025", "Por Lucía Ferrán".
const BYLINE = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Аа]втор:?|[Тт]екст:?)\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}(?:\s*(?:[|·,–—-]|$))/u;
const TURN_START = /^\s*(?:[–—-]\s|\[|(?:q|a|question|answer|вопрос|ответ|pregunta|respuesta)\s*:)/iu;

function startsWithAny(low: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => low.startsWith(p));
}

function breadcrumbSegments(text: string): string[] | null {
  for (const sep of BREADCRUMB_SEPARATORS) {
    if (!text.includes(sep)) continue;
    const parts = text.split(sep).map((p) => p.trim());
    if (parts.length < 2 || parts.some((p) => !p)) continue;
    const head = parts.slice(0, -1);
    const homeFirst = BREADCRUMB_HOME.includes(parts[0]!.toLowerCase());
    if ((homeFirst || parts.length >= 3) && head.every((p) => wordCount(p) <= 4)) return parts;
  }
  return null;
}

function isShareBar(low: string, words: number): boolean {
  if (words > 14) return false;
  const tokens = new Set(low.split(/[^\p{L}-]+/u).filter(Boolean));
  const networks = NETWORKS.filter((n) => tokens.has(n) || (n.includes(' ') && low.includes(n))).length;
  return (SHARE_WORDS.some((w) => tokens.has(w)) && networks >= 1) || networks >= 3;
}

function isLanguageSwitch(low: string, words: number): boolean {
  if (words > 10) return false;
  const tokens = low.split(/[^\p{L}]+/u).filter(Boolean);
  const hits = tokens.filter((t) => LANGUAGE_SWITCH_WORDS.includes(t)).length;
  if (hits >= 2 && hits >= tokens.length / 2) return true;
  // "Lorvanian | English": short alternatives, one of them a language we know.
  const parts = low.split(/\s+[|/·–—-]\s+/u);
  return hits >= 1 && parts.length >= 2 && parts.every((p) => wordCount(p) <= 3);
}

// "DLG Premium", "Premium plan": a paid tier, not a price premium.
const PREMIUM = /\b\p{Lu}{2,}\s+Premium\b|\bPremium\s+(?:plan|access|members?|subscription|content)\b/u;

// "Subscribe to X for unlimited access", "3 of your 5 free articles": a paywall, unlike "we subscribe to the principle".
const METERED = /\bsubscribe\b.*\b(?:access|articles?|month|trial|free)\b|\bfree articles?\b|\bunlimited (?:access|reading)\b/iu;

/** The furniture class of one block judged on its own, or null for body text. */
export function furnitureReason(text: string): RemovedReason | null {
  const low = text.toLowerCase();
  const words = wordCount(text);
  if (isShareBar(low, words)) return 'share';
  if (words <= 12 && BYLINE.test(text)) return 'byline';
  if (words <= 12 && findDate(text) && !TURN_START.test(text) && !/[.!?]\s/.test(text)) return 'dateline';
  if (words <= 25 && /^\([^()]*\)$|^\[[^\[\]]*\]$/u.test(text.trim())) return 'note';
  if (breadcrumbSegments(text)) return 'breadcrumb';
  if (words <= 60 && startsWithAny(low, READ_MORE_PREFIXES)) return 'read_more';
  if (isLanguageSwitch(low, words)) return 'language_switch';
  if (words <= 50 && (SUBSCRIPTION_CUES.some((c) => low.includes(c)) || PREMIUM.test(text) || METERED.test(text))) return 'subscription';
  if (words <= 40 && FOOTER_CUES.some((c) => low.includes(c))) return 'footer';
  if (words <= 25 && startsWithAny(low, CREDIT_PREFIXES)) return 'credit';
  if (words <= 25 && CREDIT_INFIXES.some((c) => ` ${low} `.includes(c))) return 'credit';
  if (words <= 4 && NAVIGATION_LINES.includes(low.replace(/[.:]$/, ''))) return 'navigation';
  if (words <= 12 && /^(?:tags|etiquetas|теги|schlagworte|mots-clés)\s*:/iu.test(text)) return 'navigation';
  return null;
}

/** A headline-like first line: short, not a turn, not ending like body prose. */
function looksLikeTitle(text: string): boolean {
  if (TURN_START.test(text)) return false;
  const words = wordCount(text);
  if (words === 0 || words > 45) return false;
  return !/[.;]$/.test(text.trim()) || /\(\s*[^()]*\d{4}\s*\)\s*\.?$/.test(text);
}

/**
 * Removes page furniture from `blocks`: headlines repeated in the body,
 * breadcrumbs, captions and credits, read-more links, language switchers,
 * subscription prompts, share bars and footers. Every dropped block is
 * listed in `removed` with its reason.
 */
export function clean(blocks: readonly Block[], page: PageMeta = {}): Cleaned {
  const removed: Removed[] = [];
  const reasons: (RemovedReason | null)[] = blocks.map((b) => (b.text.trim() ? furnitureReason(b.text) : 'empty'));

  // Headline: the page's own title, else the last breadcrumb segment, else a title-like first block.
  const titles = new Set<string>();
  let title: string | null = null;
  const addTitle = (t: string | undefined) => {
    if (!t) return;
    const clean = t.trim();
    if (!clean) return;
    title ??= clean;
    titles.add(fold(clean));
    // "Headline | Site" and "Headline - Site" are common <title> forms.
    const cut = clean.split(/\s+[|–—-]\s+(?=[^|–—-]+$)/u)[0];
    if (cut && cut !== clean) titles.add(fold(cut));
  };
  addTitle(page.title);
  const firstIdx = reasons.findIndex((r) => r === null);
  for (const [i, b] of blocks.entries()) {
    if (reasons[i] === 'breadcrumb') {
      const segs = breadcrumbSegments(b.text);
      const last = segs?.at(-1);
      if (last && (wordCount(last) >= 6 || /[:“"«]/u.test(last))) addTitle(last);
    }
  }
  if (firstIdx >= 0) {
    const first = blocks[firstIdx]!;
    const f = fold(first.text);
    const repeated = blocks.some((b, j) => j !== firstIdx && fold(b.text) === f);
    const headline = first.heading || looksLikeTitle(first.text);
    if (titles.has(f) || repeated || (titles.size === 0 && headline && blocks.length > 2)) {
      addTitle(first.text);
    }
  }
  for (const [i, b] of blocks.entries()) {
    if (reasons[i] === null && titles.has(fold(b.text))) reasons[i] = 'duplicate_title';
  }

  // Captions: a line followed by the same line, or by the same line plus a credit ("… Source: X").
  for (let i = 0; i + 1 < blocks.length; i++) {
    // The lookbehind starts the match only where a run of dots and spaces begins: /[.\s]+$/ alone is quadratic on a long run.
    const a = fold(blocks[i]!.text).replace(/(?<![.\s])[.\s]+$/, '');
    const b = fold(blocks[i + 1]!.text);
    if (wordCount(a) < 2 || wordCount(a) > 40 || TURN_START.test(blocks[i]!.text)) continue;
    if (b === a || b === `${a}.` || (b.startsWith(a) && wordCount(b) - wordCount(a) <= 8 && b.length > a.length)) {
      if (reasons[i] === null || reasons[i] === 'duplicate_title') reasons[i] = reasons[i] ?? 'caption';
      if (reasons[i + 1] === null) reasons[i + 1] = b === a || b === `${a}.` ? 'caption' : 'credit';
    }
  }

  // A short line right before a credit ("Photo: …") is that photo's caption.
  for (let i = 0; i + 1 < blocks.length; i++) {
    const t = blocks[i]!.text;
    if (reasons[i] === null && reasons[i + 1] === 'credit' && wordCount(t) <= 25 && !TURN_START.test(t) && !/[?]$/.test(t.trim())) {
      reasons[i] = 'caption';
    }
  }

  const kept: Block[] = [];
  for (const [i, b] of blocks.entries()) {
    const r = reasons[i];
    if (r === null || r === undefined) kept.push(b);
    else if (r !== 'empty') removed.push({ text: b.text, reason: r });
  }
  return { kept, removed, title };
}
