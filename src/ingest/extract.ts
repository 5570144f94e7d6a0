import { ParleyError } from '../errors.js';
import { decode, type Decoded } from './decode.js';
import { htmlToBlocks } from './html.js';
import { markdownToBlocks } from './markdown.js';
import { sniffFormat } from './sniff.js';
import { textToBlocks } from './text.js';
import type { Extracted, Fetched } from './types.js';

export interface ExtractOptions {
  /** WHATWG encoding label that overrides detection (a user's --encoding). */
  readonly encoding?: string;
}

/**
 * Decodes fetched bytes and splits them into blocks with the converter for
 * their format (plain text, Markdown or HTML, sniffed from the content, then
 * the Content-Type and the file extension).
 *
 * @throws ParleyError from `decode` (`binary`, `undecodable`, `empty`,
 *   `usage`), prefixed with the source, and `empty` when no block has text
 * @example const { decoded, extracted } = extract({ uri: 'a.txt', bytes: new TextEncoder().encode('— Why?\n— Because.') });
 */
export function extract(fetched: Fetched, opts: ExtractOptions = {}): { decoded: Decoded; extracted: Extracted } {
  let decoded: Decoded;
  try {
    decoded = decode(fetched.bytes, fetched.contentType, opts.encoding === undefined ? {} : { encoding: opts.encoding });
  } catch (err) {
    if (err instanceof ParleyError) throw new ParleyError(err.code, `${fetched.uri}: ${err.message}`);
    throw err;
  }
  const format = sniffFormat(decoded.text, fetched.url ?? fetched.uri, fetched.contentType);
  let extracted: Extracted;
  if (format === 'html') {
    const { blocks, page, via } = htmlToBlocks(decoded.text);
    extracted = { format, blocks, page, via };
  } else if (format === 'markdown') {
    extracted = { format, ...markdownToBlocks(decoded.text) };
  } else {
    extracted = { format, blocks: textToBlocks(decoded.text), page: {} };
  }
  if (!extracted.blocks.some((b) => b.text.trim() !== '')) {
    throw new ParleyError('empty', `${fetched.uri}: no text found in this ${format === 'html' ? 'HTML page' : `${format} file`}`);
  }
  return { decoded, extracted };
}
