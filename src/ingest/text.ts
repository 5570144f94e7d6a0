import { collapse, OPENS_TURN } from './blocks.js';
import type { Block } from './types.js';

/**
 * Splits plain text into blocks: every non-empty line is a block, because
 * pasted interviews usually put one paragraph (or one turn) per line, often
 * without blank lines between them. Only text that is clearly hard-wrapped
 * (blank-line paragraphs made of lines of similar width that mostly end
 * mid-sentence, as in e-mail or Project Gutenberg files) has its lines joined
 * back into paragraphs, and even then a line that opens a new turn (a dash, a
 * "NAME:" label) starts a new block.
 */
export function textToBlocks(text: string): Block[] {
  const lines = text.split(/\r\n?|\n/);
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = collapse(raw);
    if (line === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);

  const wrapped = looksHardWrapped(paragraphs);
  const blocks: Block[] = [];
  const push = (t: string) => blocks.push({ text: t, strong: 0, em: 0, heading: false });
  for (const para of paragraphs) {
    if (!wrapped) {
      para.forEach(push);
      continue;
    }
    let acc = para[0]!;
    for (let i = 1; i < para.length; i++) {
      const line = para[i]!;
      if (OPENS_TURN.test(line)) {
        push(acc);
        acc = line;
      } else if (/\p{L}-$/u.test(acc) && /^\p{Ll}/u.test(line)) {
        acc += line; // a word hyphenated across the wrap: keep the hyphen, drop the break
      } else {
        acc += ` ${line}`;
      }
    }
    push(acc);
  }
  return blocks;
}

const ENDS_SENTENCE = /[.!?…:;»"”)\]]$/;

/**
 * True when the text looks hard-wrapped at a fixed width: at least three
 * non-final lines inside multi-line paragraphs, most of them close to the
 * widest such line (at most 120 characters), and most ending mid-sentence.
 */
function looksHardWrapped(paragraphs: readonly string[][]): boolean {
  const inner: string[] = [];
  for (const p of paragraphs) for (let i = 0; i < p.length - 1; i++) inner.push(p[i]!);
  if (inner.length < 3) return false;
  let width = 0;
  for (const l of inner) width = Math.max(width, l.length);
  if (width > 120 || width < 30) return false;
  let near = 0;
  let open = 0;
  for (const l of inner) {
    if (l.length >= 0.6 * width) near++;
    if (!ENDS_SENTENCE.test(l)) open++;
  }
  return near >= 0.75 * inner.length && open >= 0.5 * inner.length;
}
