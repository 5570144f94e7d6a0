import { BlockBuilder, collapse, entity, OPENS_TURN } from './blocks.js';
import type { Block, PageMeta } from './types.js';

type MutablePage = { -readonly [K in keyof PageMeta]?: PageMeta[K] };

/**
 * Converts Markdown to blocks without a Markdown library: front matter
 * (`title:`, `date:`, `author:`, `description:`, `lang:`, `site:`) goes to
 * `page`; `#` and `===` headings become heading blocks; paragraphs, list
 * items, table cells and the lines of code blocks become blocks; blockquote
 * markers are dropped. Within a paragraph, lines are joined as Markdown does,
 * except that a line opening a new turn (a dash, a "NAME:" label, a bold
 * opening) or following a hard break starts a new block. Inline markup is
 * removed: links keep their text, an image's alt text becomes a block of its
 * own, and a leading `**bold**` / `*italic*` run sets `strong` / `em`.
 * A "- " item keeps its dash, since in interviews it usually marks a turn.
 * Linear in the input: every search is bounded or cached.
 */
export function markdownToBlocks(text: string): { blocks: Block[]; page: PageMeta } {
  const lines = text.split(/\r\n?|\n/);
  const { page, start } = frontMatter(lines);
  const blocks: Block[] = [];
  const para: string[] = [];
  const flush = (heading = false) => {
    if (para.length === 0) return;
    inlineBlocks(para.join('\n'), heading, blocks);
    para.length = 0;
  };

  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!;
    if (fence !== null) {
      if (raw.trim().startsWith(fence) && raw.trim().replace(/[`~]/g, '') === '') fence = null;
      else {
        const t = collapse(raw);
        if (t !== '') blocks.push({ text: t, strong: 0, em: 0, heading: false });
      }
      continue;
    }
    const line = stripQuote(raw);
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fenceOpen = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1]!;
      continue;
    }
    const atx = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(line);
    if (atx) {
      flush();
      // The lookbehind starts a match only where a run of blanks begins: linear, not quadratic, on long runs.
      para.push(line.slice(atx[0].length).replace(/(?<![ \t])[ \t]+#+[ \t]*$|^#+[ \t]*$/, ''));
      flush(true);
      continue;
    }
    if (para.length > 0 && /^ {0,3}=+[ \t]*$/.test(line)) {
      flush(true); // setext heading
      continue;
    }
    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) {
      flush(); // thematic break
      continue;
    }
    if (/^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/.test(line) || isTableDelimiter(line)) {
      flush(); // reference definition or table delimiter row
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.length > 1 && trimmed.startsWith('|') && trimmed.endsWith('|')) {
      flush();
      for (const cell of splitCells(trimmed)) if (cell.trim() !== '') inlineBlocks(cell, false, blocks);
      continue;
    }
    const bullet = /^ {0,3}[*+•][ \t]+(?=\S)/.exec(line);
    if (bullet) {
      flush();
      para.push(line.slice(bullet[0].length));
      continue;
    }
    const last = para[para.length - 1];
    if (last !== undefined) {
      if (last.endsWith('  ') || last.endsWith('\\')) {
        para[para.length - 1] = last.replace(/\\$/, '');
        flush();
      } else if (OPENS_TURN.test(trimmed) || /^(?:\*\*|__)\S/.test(trimmed) || /^\d{1,9}[.)][ \t]/.test(trimmed)) {
        flush();
      }
    }
    para.push(line);
  }
  flush();
  return { blocks, page };
}

function stripQuote(line: string): string {
  let s = line;
  for (let m = /^ {0,3}> ?/.exec(s); m; m = /^ {0,3}> ?/.exec(s)) s = s.slice(m[0].length);
  return s;
}

function isTableDelimiter(line: string): boolean {
  return /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/.test(line);
}

function splitCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length - 1; i++) {
    const c = row[i]!;
    if (c === '\\' && row[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

// ---------------------------------------------------------------------------
// Front matter

const FRONT_KEYS: Readonly<Record<string, keyof PageMeta>> = {
  title: 'title',
  headline: 'title',
  date: 'published',
  published: 'published',
  pubdate: 'published',
  publishdate: 'published',
  author: 'author',
  authors: 'author',
  description: 'description',
  summary: 'description',
  lang: 'lang',
  language: 'lang',
  locale: 'lang',
  site: 'siteName',
  site_name: 'siteName',
  sitename: 'siteName',
  publisher: 'siteName',
  byline: 'byline',
};

/** YAML-ish (`---`) or TOML-ish (`+++`) front matter: flat `key: value`, quoted values, simple lists. */
function frontMatter(lines: readonly string[]): { page: PageMeta; start: number } {
  const first = lines[0]?.trim();
  if (first !== '---' && first !== '+++') return { page: {}, start: 0 };
  const closers = first === '---' ? ['---', '...'] : ['+++'];
  let end = -1;
  for (let j = 1; j < Math.min(lines.length, 200); j++) {
    if (closers.includes(lines[j]!.trim())) {
      end = j;
      break;
    }
  }
  if (end < 0) return { page: {}, start: 0 };

  const values = new Map<string, string[]>();
  let key: string | null = null;
  for (let j = 1; j < end; j++) {
    const line = lines[j]!;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const kv = /^([A-Za-z_][\w-]{0,40})[ \t]*[:=][ \t]*(.*)$/.exec(line);
    if (kv) {
      key = kv[1]!.toLowerCase();
      values.set(key, splitFlow(kv[2]!.trim()));
      continue;
    }
    const item = /^[ \t]*-[ \t]+(.*)$/.exec(line);
    if (item && key !== null) {
      values.get(key)!.push(unquote(item[1]!.trim()));
      continue;
    }
    if (/^[ \t]+\S/.test(line)) continue; // nested mapping: not needed
    return { page: {}, start: 0 }; // not front matter after all
  }
  if (values.size === 0) return { page: {}, start: 0 };

  const page: MutablePage = {};
  for (const [k, vs] of values) {
    const field = FRONT_KEYS[k];
    const value = collapse(vs.filter(Boolean).join(', '));
    if (field !== undefined && value !== '' && page[field] === undefined) page[field] = value;
  }
  return { page, start: end + 1 };
}

function splitFlow(value: string): string[] {
  if (value.startsWith('[') && value.endsWith(']')) {
    return value
      .slice(1, -1)
      .split(',')
      .map((v) => unquote(v.trim()));
  }
  return value === '' ? [] : [unquote(value)];
}

function unquote(v: string): string {
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
    return v.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'");
  }
  return v.replace(/(?<![ \t])[ \t]+#.*$/, ''); // YAML comment after an unquoted value (the lookbehind keeps it linear)
}

// ---------------------------------------------------------------------------
// Inline markup

type Tok =
  | { readonly t: 'text'; readonly s: string }
  | { t: 'delim'; readonly ch: '*' | '_'; n: number; readonly open: boolean; readonly close: boolean }
  | { readonly t: 'tag'; readonly strong: number; readonly em: number }
  | { readonly t: 'break' }
  | { readonly t: 'image'; readonly alt: string };

const SPECIAL = /[\\`![\]<&*_\n]/g;
const BREAK_TAGS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'hr']);

/** Parses the inline markup of one paragraph and appends its blocks (more than one after a hard break). */
function inlineBlocks(src: string, heading: boolean, out: Block[]): void {
  const toks = tokenize(src);
  const { strongDelta, emDelta } = matchEmphasis(toks);
  const b = new BlockBuilder();
  const after: Block[] = [];
  let strong = 0;
  let em = 0;
  let tagStrong = 0;
  let tagEm = 0;
  const take = () => {
    const block = b.take(heading);
    if (block) out.push(block);
  };
  for (let i = 0; i < toks.length; i++) {
    strong += strongDelta[i]!;
    em += emDelta[i]!;
    const tok = toks[i]!;
    const isStrong = strong > 0 || tagStrong > 0;
    const isEm = em > 0 || tagEm > 0;
    switch (tok.t) {
      case 'text':
        b.add(tok.s, isStrong, isEm);
        break;
      case 'delim':
        if (tok.n > 0) b.add(tok.ch.repeat(tok.n), isStrong, isEm);
        break;
      case 'tag':
        tagStrong = Math.max(0, tagStrong + tok.strong);
        tagEm = Math.max(0, tagEm + tok.em);
        break;
      case 'break':
        take();
        break;
      case 'image': {
        const alt = collapse(tok.alt.replace(/[*_`]+/g, ''));
        if (alt === '') break;
        const block: Block = { text: alt, strong: 0, em: 0, heading: false };
        if (b.empty) out.push(block);
        else after.push(block);
        break;
      }
    }
  }
  take();
  out.push(...after);
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  const linkEnds = new Map<number, number>(); // index of a link label's "]" → index after the destination
  const noCodeClose = new Set<number>(); // backtick run lengths with no closer further on
  const lastCommentClose = src.lastIndexOf('-->'); // so that unclosed "<!--"s do not each search to the end
  let text = '';
  const pushText = (s: string) => {
    text += s;
  };
  const flushText = () => {
    if (text !== '') toks.push({ t: 'text', s: text });
    text = '';
  };

  let i = 0;
  while (i < src.length) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(src);
    if (!m) {
      pushText(src.slice(i));
      break;
    }
    if (m.index > i) pushText(src.slice(i, m.index));
    i = m.index;
    const c = src[i]!;

    if (c === '\n') {
      pushText(' ');
      i++;
    } else if (c === '\\') {
      const next = src[i + 1];
      if (next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
        pushText(next);
        i += 2;
      } else {
        pushText('\\');
        i++;
      }
    } else if (c === '`') {
      let n = 1;
      while (src[i + n] === '`') n++;
      const close = noCodeClose.has(n) ? -1 : findCodeClose(src, i + n, n);
      if (close < 0) {
        noCodeClose.add(n);
        pushText('`'.repeat(n));
        i += n;
      } else {
        pushText(src.slice(i + n, close).replace(/\n/g, ' '));
        i = close + n;
      }
    } else if (c === '!' && src[i + 1] === '[') {
      const link = parseLink(src, i + 1);
      if (link) {
        flushText();
        toks.push({ t: 'image', alt: src.slice(i + 2, link.labelEnd) });
        i = link.end;
      } else {
        pushText('!');
        i++;
      }
    } else if (c === '!') {
      pushText('!');
      i++;
    } else if (c === '[') {
      const link = parseLink(src, i);
      if (link) linkEnds.set(link.labelEnd, link.end);
      else pushText('[');
      i++;
    } else if (c === ']') {
      const end = linkEnds.get(i);
      if (end === undefined) {
        pushText(']');
        i++;
      } else i = end;
    } else if (c === '<') {
      i = inlineTag(src, i, toks, pushText, flushText, lastCommentClose);
    } else if (c === '&') {
      const ent = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
      ent.lastIndex = i;
      const e = ent.exec(src);
      const decoded = e ? entity(e[0]) : undefined;
      if (e && decoded !== undefined) {
        pushText(decoded);
        i += e[0].length;
      } else {
        pushText('&');
        i++;
      }
    } else {
      // "*" or "_": a delimiter run, classified by CommonMark's flanking rules.
      let n = 1;
      while (src[i + n] === c) n++;
      const before = src[i - 1] ?? ' ';
      const after = src[i + n] ?? ' ';
      const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
      const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
      const open = c === '*' ? left : left && (!right || isPunct(before));
      const close = c === '*' ? right : right && (!left || isPunct(after));
      flushText();
      toks.push({ t: 'delim', ch: c as '*' | '_', n, open, close });
      i += n;
    }
  }
  flushText();
  return toks;
}

const isSpace = (c: string) => /\s/.test(c);
const isPunct = (c: string) => /[\p{P}\p{S}]/u.test(c);

function findCodeClose(src: string, from: number, n: number): number {
  const fence = '`'.repeat(n);
  for (let j = src.indexOf(fence, from); j >= 0; j = src.indexOf(fence, j + 1)) {
    if (src[j - 1] !== '`' && src[j + n] !== '`') return j;
    while (src[j] === '`') j++;
  }
  return -1;
}

/**
 * `[label](destination "title")`, `[label][ref]` or `[label][]` starting at
 * `at` (the "["); the label may nest brackets. Searches at most 1000
 * characters for the label and 2000 for the destination.
 */
function parseLink(src: string, at: number): { labelEnd: number; end: number } | null {
  let depth = 0;
  let j = at;
  const limit = Math.min(src.length, at + 1000);
  for (; j < limit; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (j >= limit || src[j] !== ']') return null;
  const labelEnd = j;
  if (src[j + 1] === '[') {
    const close = src.indexOf(']', j + 2);
    if (close < 0 || close - j > 1000 || src.slice(j + 2, close).includes('[')) return null;
    return { labelEnd, end: close + 1 };
  }
  if (src[j + 1] !== '(') return null;
  let k = j + 2;
  const destLimit = Math.min(src.length, k + 2000);
  let parens = 0;
  let quote: string | null = null;
  for (; k < destLimit; k++) {
    const c = src[k]!;
    if (quote !== null) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '\\') k++;
    else if (c === '"') quote = c;
    else if (c === '(') parens++;
    else if (c === ')') {
      if (parens === 0) return { labelEnd, end: k + 1 };
      parens--;
    } else if (c === '\n' && src[k + 1] === '\n') return null;
  }
  return null;
}

/** Handles "<" at `i`: an autolink, an HTML comment, or an inline HTML tag; returns the next index. */
function inlineTag(
  src: string,
  i: number,
  toks: Tok[],
  pushText: (s: string) => void,
  flushText: () => void,
  lastCommentClose: number,
): number {
  if (src.startsWith('<!--', i) && lastCommentClose >= i + 4) {
    const close = src.indexOf('-->', i + 4);
    if (close >= 0) return close + 3;
  }
  const auto = /<((?:https?|mailto):[^<>\s]{1,2000})>/y;
  auto.lastIndex = i;
  const a = auto.exec(src);
  if (a) {
    pushText(a[1]!);
    return i + a[0].length;
  }
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]{0,20})(?:\s[^<>]{0,1000})?\/?>/y;
  tag.lastIndex = i;
  const m = tag.exec(src);
  if (!m) {
    pushText('<');
    return i + 1;
  }
  const name = m[2]!.toLowerCase();
  const sign = m[1] === '/' ? -1 : 1;
  flushText();
  if (BREAK_TAGS.has(name)) toks.push({ t: 'break' });
  else if (name === 'b' || name === 'strong') toks.push({ t: 'tag', strong: sign, em: 0 });
  else if (name === 'i' || name === 'em') toks.push({ t: 'tag', strong: 0, em: sign });
  return i + m[0].length;
}

/**
 * CommonMark's "process emphasis", simplified: each closer run matches the
 * nearest opener run of the same character; openers in between are dropped.
 * One stack per character keeps it linear. Returns per-token increments of
 * the strong and em depth (an emphasis covers the tokens strictly between
 * its opener and closer).
 */
function matchEmphasis(toks: Tok[]): { strongDelta: Int32Array; emDelta: Int32Array } {
  const strongDelta = new Int32Array(toks.length + 1);
  const emDelta = new Int32Array(toks.length + 1);
  const stacks: Record<'*' | '_', number[]> = { '*': [], _: [] };
  for (let ci = 0; ci < toks.length; ci++) {
    const closer = toks[ci]!;
    if (closer.t !== 'delim') continue;
    if (closer.close) {
      const own = stacks[closer.ch];
      const other = stacks[closer.ch === '*' ? '_' : '*'];
      while (closer.n > 0 && own.length > 0) {
        const oi = own[own.length - 1]!;
        const opener = toks[oi] as Extract<Tok, { t: 'delim' }>;
        while (other.length > 0 && other[other.length - 1]! > oi) other.pop();
        const use = opener.n >= 2 && closer.n >= 2 ? 2 : 1;
        opener.n -= use;
        closer.n -= use;
        const delta = use === 2 ? strongDelta : emDelta;
        delta[oi + 1]! += 1;
        delta[ci]! -= 1;
        if (opener.n === 0) own.pop();
      }
    }
    if (closer.open && closer.n > 0) stacks[closer.ch].push(ci);
  }
  return { strongDelta, emDelta };
}
