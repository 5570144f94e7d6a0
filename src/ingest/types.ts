import type { Format } from '../doc.js';

/** A paragraph-level block of a page before cleaning, in reading order. */
export interface Block {
  /** The block's text, whitespace-collapsed within lines, no leading/trailing space. */
  readonly text: string;
  /** Length of a leading run of bold/strong text in `text` (0 when none). */
  readonly strong: number;
  /** Length of a leading run of italic/em text in `text` (0 when none). */
  readonly em: number;
  /** True when the page marked it as a heading (h1-h6, a Markdown "#"). */
  readonly heading: boolean;
}

/** What the page says about itself outside the body (HTML head, JSON-LD, front matter). */
export interface PageMeta {
  readonly title?: string;
  readonly siteName?: string;
  readonly author?: string;
  /** As written; parsed later. */
  readonly published?: string;
  readonly description?: string;
  /** lang attribute or og:locale. */
  readonly lang?: string;
  /** Byline as found by the extractor. */
  readonly byline?: string;
}

export interface Extracted {
  readonly format: Format;
  readonly blocks: readonly Block[];
  readonly page: PageMeta;
  /** HTML only: which part of the page the blocks came from (Readability's article, the page's <article>/<main>, or the whole body). */
  readonly via?: 'readability' | 'container' | 'body';
}

/** Raw bytes of a source with what the transport said about them. */
export interface Fetched {
  readonly uri: string;
  readonly bytes: Uint8Array;
  /** HTTP Content-Type, when fetched over HTTP. */
  readonly contentType?: string;
  /** The final URL after redirects, when there were any. */
  readonly url?: string;
}
