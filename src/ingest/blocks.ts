import type { Block } from './types.js';

/**
 * Invisible characters that only ever split words: soft hyphen, zero-width
 * space, word joiner, BOM. ZWJ/ZWNJ stay (they matter in Persian and emoji).
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
/** JavaScript's \s covers NBSP, narrow NBSP, the U+2000 spaces, U+3000 and the line separators. */
const SPACE_RUN = /\s+/;

/** A dash, a bullet, or a "Speaker:" / "Q:" label (up to four capitalised words) at the start of a line: a line that opens a new turn. */
export const OPENS_TURN = /^(?:[—–\-•*]\s|\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?: \p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,3}:(?:\s|$))/u;

/** The named entities that occur in metadata and Markdown in practice; numeric ones are decoded generally. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', mdash: '—', ndash: '–',
  hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bdquo: '„',
  copy: '©', reg: '®', trade: '™', euro: '€', shy: '\u00AD', thinsp: '\u2009',
};

/**
 * Decodes one entity match ("&amp;", "&#8212;", "&#x41;"), or returns
 * undefined when unknown or invalid. A surrogate code point ("&#xD800;") is
 * U+FFFD, as in HTML: never a lone surrogate in the text.
 */
export function entity(match: string): string | undefined {
  const body = match.slice(1, -1);
  if (body.startsWith('#')) {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    if (cp >= 0xd800 && cp <= 0xdfff) return '\uFFFD';
    return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  return ENTITIES[body.toLowerCase()];
}

export const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/** Decodes HTML entities left in text that did not pass through an HTML parser (JSON-LD values, Markdown). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, (m) => entity(m) ?? m) : text;
}

/** Collapses whitespace runs (NBSP included) to one space, drops invisible characters, trims. */
export function collapse(text: string): string {
  return wellFormed(text).replace(INVISIBLE, '').split(SPACE_RUN).filter(Boolean).join(' ');
}

/** A lone surrogate, or a NUL (which PostgreSQL text cannot hold). */
// eslint-disable-next-line no-control-regex
const ILL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/**
 * Replaces lone surrogates and NULs with U+FFFD, keeping the length. Decoded
 * bytes never have them, but JSON-LD escapes ("\ud800", "\u0000") do.
 */
export function wellFormed(text: string): string {
  return text.replace(ILL_FORMED, '\uFFFD');
}

/**
 * Accumulates the inline text of one block from runs that carry emphasis
 * flags, collapsing whitespace as it goes, and measures the leading
 * strong/em runs in the final text. Linear in the text added.
 */
export class BlockBuilder {
  private parts: string[] = [];
  private length = 0;
  private space = false;
  private strong = 0;
  private strongDone = false;
  private em = 0;
  private emDone = false;

  /** True when no visible text has been added since the last `take`. */
  get empty(): boolean {
    return this.length === 0;
  }

  /** Appends a run of text; `strong`/`em` say whether the page emphasised it. */
  add(text: string, strong: boolean, em: boolean): void {
    if (text === '') return;
    // Well-formed: htmlparser2 can cut an astral character in two at the end of the input.
    const words = wellFormed(text).replace(INVISIBLE, '').split(SPACE_RUN);
    for (let i = 0; i < words.length; i++) {
      if (i > 0) this.space = true;
      const word = words[i]!;
      if (word === '') continue;
      if (this.space && this.length > 0) {
        this.parts.push(' ');
        this.length += 1;
      }
      this.space = false;
      this.parts.push(word);
      this.length += word.length;
      if (!this.strongDone) {
        if (strong) this.strong = this.length;
        else this.strongDone = true;
      }
      if (!this.emDone) {
        if (em) this.em = this.length;
        else this.emDone = true;
      }
    }
  }

  /** Marks a word boundary (e.g. between two table cells) without adding text. */
  addSpace(): void {
    this.space = true;
  }

  /** Returns the block built so far (null when it has no text) and starts a new one. */
  take(heading: boolean): Block | null {
    const block: Block | null =
      this.length === 0 ? null : { text: this.parts.join(''), strong: this.strong, em: this.em, heading };
    this.parts = [];
    this.length = 0;
    this.space = false;
    this.strong = 0;
    this.strongDone = false;
    this.em = 0;
    this.emDone = false;
    return block;
  }
}
