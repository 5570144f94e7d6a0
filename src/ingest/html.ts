import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BlockBuilder, collapse, decodeEntities } from './blocks.js';
import { limitNesting } from './nesting.js';
import type { Block, PageMeta } from './types.js';

/**
 * The slice of the DOM this module uses. The project compiles without the DOM
 * lib, so linkedom's document is viewed through these structural types.
 */
interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
}
/** A node that can be taken out of the tree or swapped for another. */
interface MutableNode extends DomNode {
  readonly parentNode: (DomNode & { removeChild(n: DomNode): DomNode; replaceChild(n: DomNode, old: DomNode): DomNode }) | null;
}
interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  appendChild(node: DomNode): DomNode;
}
interface DomDocument extends DomElement {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  createTextNode(data: string): DomNode;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;
const COMMENT = 8;
const DOCTYPE = 10;

export interface HtmlOptions {
  /** Readability gives up on documents with more elements than this (it is slow on huge pages). Default 200,000. */
  readonly maxElemsToParse?: number;
  /** Which extraction to use; 'auto' (default) compares Readability with the page's own structure. */
  readonly extractor?: 'auto' | 'readability' | 'container' | 'body';
}

/** Nesting depth above which Readability is not run (real pages stay well under 100). */
const MAX_READABILITY_DEPTH = 256;

/** Which part of the page the blocks came from. */
export type HtmlVia = 'readability' | 'container' | 'body';

type MutablePage = { -readonly [K in keyof PageMeta]?: PageMeta[K] };

/**
 * Extracts the main content of an HTML page as blocks, plus what the page
 * says about itself. Parses with linkedom (no scripts run, nothing is
 * loaded), reads metadata from <title>, <html lang>, meta tags, JSON-LD and
 * <time>, then picks the content:
 *
 * - Readability's article, walked to blocks, when it looks complete;
 * - the "container" when Readability dropped any of its blocks that contain
 *   "?" (short interview questions are what it loses) or, for a container at
 *   most twice Readability's size, any other block (captions, "read more"
 *   asides: the cleaner downstream needs to see them). The container is the
 *   page's <article>/<main> when Readability's text lies inside it, else the
 *   lowest element enclosing the blocks Readability kept;
 * - the <article>/<main>, or else the whole <body> minus navigation, header,
 *   footer, forms and asides, when Readability fails, is skipped (more than
 *   `maxElemsToParse` elements, or nesting deeper than 256) or returns too
 *   little (< 30% of that text, or < 500 characters of a longer one).
 *
 * Block-level elements, <br> breaks, table cells and the lines of <pre> end
 * blocks; a leading run of <strong>/<b> (or <em>/<i>) text sets `strong`
 * (`em`); h1-h6 set `heading`. Block text never contains markup. Linear in the
 * page size apart from Readability, which is skipped above `maxElemsToParse`.
 */
export function htmlToBlocks(html: string, opts: HtmlOptions = {}): { blocks: Block[]; page: PageMeta; via: HtmlVia } {
  // Nesting is capped first: the parser is quadratic in it (see nesting.ts).
  const doc = parseHTML(asDocument(limitNesting(html))).document as unknown as DomDocument;
  const page: MutablePage = pageMeta(doc);
  // The root element, not <body>: linkedom leaves content outside a missing
  // <body> and its `body` getter then invents an empty one. <head> is skipped.
  const root = doc.documentElement;
  if (!root) return { blocks: [], page, via: 'body' };

  adoptStragglers(root);
  const semanticEl = findContainer(doc);
  const body = walk(root, semanticEl);
  const semantic = body.contentId === null ? null : within(body, body.contentId);
  const reference = semantic && semantic.length > 0 ? semantic : null;
  const fallback = { blocks: reference ?? body.blocks, page, via: reference ? ('container' as const) : ('body' as const) };
  const mode = opts.extractor ?? 'auto';
  if (mode === 'body') return { blocks: body.blocks, page, via: 'body' };
  if (mode === 'container') return fallback;

  const maxElems = opts.maxElemsToParse ?? 200_000;
  // Readability mutates the document, so it runs after every other read of it.
  // It is super-linear in nesting depth (measured with linkedom: depth 400 →
  // 0.2 s, 800 → 1.2 s, 1,600 → 17 s), so deep pages skip it. The whole
  // tree is measured, not just what the walk visits: Readability also
  // descends into <svg>, <math>, <nav>, hidden elements and the rest the walk skips.
  const shape = treeShape(root);
  const read = shape.elements <= maxElems && shape.depth <= MAX_READABILITY_DEPTH ? readability(doc, maxElems) : null;
  if (read?.byline) page.byline = read.byline;
  if (!read) return fallback;
  if (mode === 'readability') return { blocks: withOriginalEmphasis(read.blocks, body.blocks), page, via: 'readability' };

  const refLength = textLength(fallback.blocks);
  const readLength = textLength(read.blocks);
  if (readLength < 0.3 * refLength || (readLength < 500 && refLength > 1.5 * readLength)) return fallback;

  // The part of the page Readability took its text from: the semantic
  // container when Readability's text lies inside it, else the smallest
  // element around the blocks it kept.
  const anchor = anchorOf(body, read.blocks);
  let container: Block[] | null = null;
  if (anchor && semantic && body.contentId !== null && chainHas(anchor, body.contentId)) container = semantic;
  else if (anchor) container = within(body, anchor.id);
  else container = reference;
  if (container) {
    const containerLength = textLength(container);
    const lost = lostBlocks(read.blocks, container);
    const lostQuestion = lost.some((b) => b.text.includes('?'));
    if ((lostQuestion && containerLength <= 4 * readLength) || (lost.length > 0 && containerLength <= 2 * readLength)) {
      return { blocks: container, page, via: 'container' };
    }
  }
  return { blocks: withOriginalEmphasis(read.blocks, body.blocks), page, via: 'readability' };
}

/**
 * linkedom makes the first element of a fragment the document element and
 * throws on text without tags, so anything without an <html> tag is wrapped
 * in one (a leading doctype is dropped: it would end up inside).
 */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<html>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
}

/**
 * Readability strips style attributes (losing `font-weight: bold` spans), so
 * a Readability block whose text matches a block of the original page takes
 * that block's emphasis.
 */
function withOriginalEmphasis(read: readonly Block[], original: readonly Block[]): Block[] {
  const byText = new Map<string, Block>();
  for (const b of original) if (!byText.has(b.text)) byText.set(b.text, b);
  return read.map((b) => {
    const o = byText.get(b.text);
    return o && (o.strong !== b.strong || o.em !== b.em) ? { ...b, strong: o.strong, em: o.em } : b;
  });
}

function textLength(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** Container blocks whose text appears nowhere in Readability's output. */
function lostBlocks(read: readonly Block[], container: readonly Block[]): Block[] {
  const seen = new Set(read.map((b) => b.text));
  const all = read.map((b) => b.text).join('\n');
  const lost: Block[] = [];
  let checked = 0;
  for (const b of container) {
    if (seen.has(b.text)) continue;
    if (++checked > 5000) break; // bound the substring searches on huge pages
    if (!all.includes(b.text)) lost.push(b);
  }
  return lost;
}

/**
 * The lowest common ancestor of the body blocks that Readability kept
 * verbatim. Only blocks of 25+ characters whose text occurs once in the body
 * count as anchors, so that a stray "Share" cannot widen it to the whole page.
 */
function anchorOf(body: WalkResult, read: readonly Block[]): Chain | null {
  const counts = new Map<string, number>();
  for (const b of body.blocks) if (b.text.length >= 25) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  const kept = new Set(read.map((b) => b.text));
  let lca: Chain | null = null;
  let found = false;
  body.blocks.forEach((b, i) => {
    if (counts.get(b.text) !== 1 || !kept.has(b.text)) return;
    const chain = body.chains[i] ?? null;
    lca = found ? commonAncestor(lca, chain) : chain;
    found = true;
  });
  return lca;
}

function commonAncestor(a: Chain | null, b: Chain | null): Chain | null {
  let x = a;
  let y = b;
  while (x && y && x.depth > y.depth) x = x.parent;
  while (x && y && y.depth > x.depth) y = y.parent;
  while (x && y && x !== y) {
    x = x.parent;
    y = y.parent;
  }
  return x && y ? x : null;
}

function chainHas(chain: Chain | null, id: number): boolean {
  for (let c = chain; c; c = c.parent) if (c.id === id) return true;
  return false;
}

/** The blocks of the walk that lie inside the element with walk id `id`. */
function within(body: WalkResult, id: number): Block[] {
  return body.blocks.filter((_, i) => chainHas(body.chains[i] ?? null, id));
}

// ---------------------------------------------------------------------------
// Choosing the content

/**
 * The page's own main-content element: the largest <article> when it holds
 * most of the text of all articles (a listing of teasers has no main one),
 * else <main> or [role=main].
 */
function findContainer(doc: DomDocument): DomElement | null {
  const articles = Array.from(doc.querySelectorAll('article'));
  let best: DomElement | null = null;
  let bestLen = 0;
  let total = 0;
  for (const a of articles) {
    if (insideArticle(a)) continue; // a nested article is counted in its parent
    const len = collapse(a.textContent ?? '').length;
    total += len;
    if (len > bestLen) {
      best = a;
      bestLen = len;
    }
  }
  if (best && bestLen >= 0.6 * total && bestLen >= 200) return best;
  return doc.querySelector('main') ?? doc.querySelector('[role="main"]');
}

function insideArticle(node: DomNode): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) {
    if (p.nodeType === ELEMENT && (p as DomElement).localName.toLowerCase() === 'article') return true;
  }
  return false;
}

function readability(doc: DomDocument, maxElemsToParse: number): { blocks: Block[]; byline: string | null } | null {
  try {
    roundTrippable(doc);
    const article = new Readability(doc as never, {
      maxElemsToParse,
      charThreshold: 250,
      serializer: (node: unknown) => node,
    }).parse();
    const content = article?.content as DomElement | null | undefined;
    if (!article || !content) return null;
    const byline = typeof article.byline === 'string' ? collapse(article.byline) : '';
    return { blocks: walk(content, content).blocks, byline: byline || null };
  } catch {
    return null; // too many elements, or a DOM feature linkedom lacks
  }
}

/**
 * Readability serialises the page and parses it back (`innerHTML`) before each retry. A comment
 * whose text holds "-->", or a CDATA section, does not survive that trip: it comes back as a
 * doctype or markup inside <body>, and Readability then loops forever over linkedom's tree (found
 * by the fuzz test: `<v><![CDATA[--><!DOCTYPE h`). None of them is text a reader sees, except
 * CDATA, which becomes a plain text node; comments, processing instructions and stray doctypes go.
 */
function roundTrippable(doc: DomDocument): void {
  const root = doc.documentElement;
  if (!root) return;
  const stack: DomNode[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    for (let node = parent.firstChild; node; ) {
      const next = node.nextSibling;
      const type = node.nodeType;
      const p = (node as MutableNode).parentNode;
      if (type === COMMENT || type === PROCESSING_INSTRUCTION || type === DOCTYPE) p?.removeChild(node);
      else if (type === CDATA) p?.replaceChild(doc.createTextNode(node.textContent ?? ''), node);
      else if (type === ELEMENT) stack.push(node);
      node = next;
    }
  }
}

// ---------------------------------------------------------------------------
// Walking a DOM subtree to blocks

/** Never text: their contents are code, styling, media or widgets. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'picture', 'map', 'select', 'option', 'textarea', 'input', 'button', 'head',
  'title', 'meta', 'link', 'nav', 'dialog',
]);
/** Page furniture when outside an <article>/<main>; inside one they may hold a lede, a byline or a "read more" aside. */
const SKIP_OUTSIDE_CONTENT = new Set(['header', 'footer', 'aside', 'form']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const F_STRONG = 1;
const F_EM = 2;
const F_HEADING = 4;
const F_PRE = 8;
const F_BLOCK = 16;
const F_CONTENT = 32;

/** An element on the path from the walk's root to a block, as an immutable linked list. */
interface Chain {
  readonly id: number;
  readonly depth: number;
  readonly parent: Chain | null;
}

interface WalkResult {
  readonly blocks: Block[];
  /** For each block, the element that held its first text. */
  readonly chains: (Chain | null)[];
  /** Walk id of `contentRoot`, when the walk reached it. */
  readonly contentId: number | null;
}

/**
 * Walks `root`'s subtree iteratively (deep nesting cannot overflow the
 * stack) and returns its blocks. Header/footer/aside/form are kept only
 * inside <article>, <main> or `contentRoot`; elsewhere they are furniture.
 */
function walk(root: DomElement, contentRoot: DomElement | null): WalkResult {
  const blocks: Block[] = [];
  const chains: (Chain | null)[] = [];
  const b = new BlockBuilder();
  const flags: number[] = [];
  let chain: Chain | null = null;
  let blockChain: Chain | null = null;
  let nextId = 0;
  let contentId: number | null = null;
  let strong = 0;
  let em = 0;
  let heading = 0;
  let pre = 0;
  let content = root === contentRoot ? 1 : 0;
  const take = () => {
    const block = b.take(heading > 0);
    if (block) {
      blocks.push(block);
      chains.push(blockChain);
    }
  };
  const add = (s: string) => {
    if (b.empty) blockChain = chain;
    b.add(s, strong > 0, em > 0);
  };
  const text = (s: string) => {
    if (pre === 0) {
      add(s);
      return;
    }
    const lines = s.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) take();
      add(line);
    });
  };
  const exit = () => {
    const f = flags.pop()!;
    chain = chain!.parent;
    if (f & F_BLOCK) take();
    if (f & F_STRONG) strong--;
    if (f & F_EM) em--;
    if (f & F_HEADING) heading--;
    if (f & F_PRE) pre--;
    if (f & F_CONTENT) content--;
  };

  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      text(node.textContent ?? '');
    } else if (node.nodeType === ELEMENT) {
      const el = node as DomElement;
      const tag = el.localName.toLowerCase();
      if (tag === 'br') {
        take();
      } else if (!SKIP.has(tag) && !(content === 0 && SKIP_OUTSIDE_CONTENT.has(tag)) && !hidden(el)) {
        let f = 0;
        if (BLOCK.has(tag)) {
          f |= F_BLOCK;
          take();
        }
        if (tag === 'strong' || tag === 'b' || (tag === 'span' && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(el.getAttribute('style') ?? ''))) {
          f |= F_STRONG;
          strong++;
        }
        if (tag === 'em' || tag === 'i' || (tag === 'span' && /font-style\s*:\s*italic/i.test(el.getAttribute('style') ?? ''))) {
          f |= F_EM;
          em++;
        }
        if (HEADING.has(tag)) {
          f |= F_HEADING;
          heading++;
        }
        if (tag === 'pre') {
          f |= F_PRE;
          pre++;
        }
        if (tag === 'article' || tag === 'main' || el === contentRoot) {
          f |= F_CONTENT;
          content++;
        }
        if (el.firstChild) {
          flags.push(f);
          chain = { id: nextId++, depth: chain ? chain.depth + 1 : 0, parent: chain };
          if (el === contentRoot) contentId = chain.id;
          node = el.firstChild;
          continue;
        }
        if (f & F_BLOCK) take();
        strong -= f & F_STRONG ? 1 : 0;
        em -= f & F_EM ? 1 : 0;
        heading -= f & F_HEADING ? 1 : 0;
        pre -= f & F_PRE ? 1 : 0;
        content -= f & F_CONTENT ? 1 : 0;
      }
    }
    // Next node in document order, leaving (and closing) finished elements.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit();
    }
    node = !node || node === root ? null : node.nextSibling;
  }
  take();
  return { blocks, chains, contentId };
}

/**
 * linkedom leaves whatever follows "</html>" (a stray end tag mid-page, a
 * second <html>) beside the root element; a browser's parser puts it at the
 * end of <body>, and so does this, so that its text is read.
 */
function adoptStragglers(root: DomElement): void {
  const into = root.querySelector('body') ?? root;
  for (let n = root.nextSibling; n; n = root.nextSibling) into.appendChild(n);
}

/** The number of elements below `root` and their deepest nesting, counted over the whole subtree, iteratively. */
function treeShape(root: DomNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let d = 0;
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT) {
      elements++;
      if (d > depth) depth = d;
      if (node.firstChild) {
        node = node.firstChild;
        d++;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      d--;
    }
    node = !node || node === root ? null : node.nextSibling;
  }
  return { elements, depth };
}

function hidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

// ---------------------------------------------------------------------------
// Page metadata

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|\w*Article|Report|LiveBlogPosting)$/;

/** What the page says about itself: <title>, <html lang>, meta tags, JSON-LD, <time>. */
function pageMeta(doc: DomDocument): MutablePage {
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))
      ?.trim()
      .toLowerCase();
    const content = collapse(m.getAttribute('content') ?? '');
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = jsonLd(doc);
  const first = (...values: (string | undefined | null)[]) => {
    for (const v of values) {
      const c = v ? collapse(v) : '';
      if (c) return c;
    }
    return undefined;
  };
  const notUrl = (v: string | undefined) => (v && !/^https?:\/\//i.test(v) ? v : undefined);
  const timeEl = doc.querySelector('time[itemprop="datePublished"]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');

  const page: MutablePage = {};
  const set = <K extends keyof PageMeta>(k: K, v: string | undefined) => {
    if (v) page[k] = v;
  };
  const title = doc.querySelector('head > title') ?? doc.querySelector('title');
  set('title', first(ld?.headline, metas.get('og:title'), metas.get('twitter:title'), title?.textContent));
  set('siteName', first(metas.get('og:site_name'), ld?.publisher, metas.get('application-name')));
  set('author', first(ld?.author, metas.get('author'), notUrl(metas.get('article:author')), metas.get('byl'), metas.get('dc.creator')));
  set(
    'published',
    first(
      ld?.datePublished,
      metas.get('article:published_time'),
      metas.get('datepublished'),
      metas.get('pubdate'),
      metas.get('publishdate'),
      metas.get('dc.date.issued'),
      metas.get('dc.date'),
      metas.get('date'),
      timeEl?.getAttribute('datetime'),
    ),
  );
  set('description', first(metas.get('description'), metas.get('og:description'), ld?.description));
  set(
    'lang',
    first(
      doc.documentElement?.getAttribute('lang'),
      doc.documentElement?.getAttribute('xml:lang'),
      metas.get('og:locale')?.replace('_', '-'),
      metas.get('content-language'),
      ld?.inLanguage,
    ),
  );
  return page;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  description?: string;
  inLanguage?: string;
}

/** The best Article-like node in the page's JSON-LD (arrays and @graph included; @id references resolved). */
function jsonLd(doc: DomDocument): LdArticle | null {
  const nodes: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const data = parseJson(s.textContent ?? '');
    if (data !== undefined) collectNodes(data, nodes, 0);
  }
  if (nodes.length === 0) return null;
  const byId = new Map<string, Record<string, unknown>>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const resolve = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>)['@id'] === 'string' && !('name' in v)
      ? (byId.get((v as Record<string, string>)['@id']!) ?? v)
      : v;
  const rank = (n: Record<string, unknown>) => {
    const types = ([] as unknown[]).concat(n['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => /NewsArticle$/.test(t))) return 3;
    if (types.some((t) => ARTICLE_TYPE.test(t))) return 2;
    return types.includes('WebPage') && typeof n['headline'] === 'string' ? 1 : 0;
  };
  let best: Record<string, unknown> | null = null;
  let bestRank = 0;
  for (const n of nodes) {
    const r = rank(n);
    if (r > bestRank) {
      best = n;
      bestRank = r;
    }
  }
  if (!best) return null;
  const str = (v: unknown): string | undefined => {
    const x = Array.isArray(v) ? v[0] : v;
    return typeof x === 'string' ? clean(x) : undefined;
  };
  const names = (v: unknown): string | undefined => {
    const out: string[] = [];
    for (const item of ([] as unknown[]).concat(v ?? [])) {
      const r = resolve(item);
      const name = typeof r === 'string' ? r : r && typeof r === 'object' ? (r as Record<string, unknown>)['name'] : undefined;
      const n = typeof name === 'string' ? clean(name) : '';
      if (n && !/^https?:\/\//i.test(n) && !out.includes(n)) out.push(n);
    }
    return out.length > 0 ? out.join(', ') : undefined;
  };
  const lang = resolve(best['inLanguage']);
  const out: LdArticle = {};
  const put = <K extends keyof LdArticle>(k: K, v: string | undefined) => {
    if (v) out[k] = v;
  };
  put('headline', str(best['headline']) ?? str(best['name']));
  put('datePublished', str(best['datePublished']) ?? str(best['dateCreated']));
  put('author', names(best['author']) ?? names(best['creator']));
  put('publisher', names(best['publisher']));
  put('description', str(best['description']));
  put('inLanguage', typeof lang === 'string' ? clean(lang) : names(lang));
  return out;
}

function clean(s: string): string {
  return collapse(decodeEntities(s));
}

function parseJson(text: string): unknown {
  const t = text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '');
  try {
    return JSON.parse(t);
  } catch {
    try {
      // Raw line breaks and tabs inside strings are the most common JSON-LD defect.
      // eslint-disable-next-line no-control-regex
      return JSON.parse(t.replace(/[\u0000-\u001F]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collectNodes(data: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6 || out.length > 500 || !data || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collectNodes(d, out, depth + 1);
    return;
  }
  const node = data as Record<string, unknown>;
  out.push(node);
  if (node['@graph']) collectNodes(node['@graph'], out, depth + 1);
  if (node['mainEntity']) collectNodes(node['mainEntity'], out, depth + 1);
}
