import { describe, expect, test } from 'vitest';
import { BlockBuilder, collapse, decodeEntities, OPENS_TURN } from './blocks.js';

describe('collapse', () => {
  test('blocks: collapses tabs, newlines, NBSP and Unicode spaces to one space and trims', () => {
    expect(collapse(' a\t\tb\n c\u00A0\u00A0d\u2009e\u3000f ')).toBe('a b c d e f');
  });

  test('blocks: drops soft hyphens, zero-width spaces, word joiners and BOMs but keeps ZWJ', () => {
    expect(collapse('so\u00ADft ze\u200Bro wo\u2060rd \uFEFFbom 👩\u200D💻')).toBe('soft zero word bom 👩\u200D💻');
  });
});

describe('BlockBuilder', () => {
  test('blocks: joins runs, collapsing whitespace across run boundaries', () => {
    const b = new BlockBuilder();
    b.add('  Hello ', false, false);
    b.add(' world', false, false);
    b.add('!', false, false);
    expect(b.take(false)).toEqual({ text: 'Hello world!', strong: 0, em: 0, heading: false });
  });

  test('blocks: measures the leading strong run, skipping the spaces between strong runs', () => {
    const b = new BlockBuilder();
    b.add('Anna', true, false);
    b.add(' ', false, false);
    b.add('Petrova: ', true, false);
    b.add('hello', false, false);
    expect(b.take(false)).toEqual({ text: 'Anna Petrova: hello', strong: 13, em: 0, heading: false });
  });

  test('blocks: a non-emphasised word ends the leading run for good', () => {
    const b = new BlockBuilder();
    b.add('plain ', false, false);
    b.add('bold', true, true);
    expect(b.take(true)).toEqual({ text: 'plain bold', strong: 0, em: 0, heading: true });
  });

  test('blocks: punctuation glued to a strong word ends the run at the word', () => {
    const b = new BlockBuilder();
    b.add('Q', true, false);
    b.add(': why?', false, false);
    expect(b.take(false)?.strong).toBe(1);
  });

  test('blocks: returns null for a block without visible text and starts afresh after take', () => {
    const b = new BlockBuilder();
    b.add(' \n\u00A0', true, false);
    expect(b.empty).toBe(true);
    expect(b.take(false)).toBeNull();
    b.add('x', false, false);
    expect(b.take(false)).toEqual({ text: 'x', strong: 0, em: 0, heading: false });
  });
});

describe('decodeEntities', () => {
  test.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&laquo;quoted&raquo; &mdash; &#8212; &#x41;&#X42;', '«quoted» — — AB'],
    ['&unknown; &#0; &#x110000; & alone', '&unknown; &#0; &#x110000; & alone'],
    ['&#xD800;&#56320; never a lone surrogate', '\uFFFD\uFFFD never a lone surrogate'],
  ])('blocks: decodes %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('collapse: well-formed text', () => {
  test('blocks: replaces lone surrogates and NULs (from JSON-LD escapes) with U+FFFD, keeping pairs', () => {
    expect(collapse(' A\u0000B\uD800 \uDC00 😀 ')).toBe('A\uFFFDB\uFFFD \uFFFD 😀');
  });
});

describe('OPENS_TURN', () => {
  test.each([
    ['— Вопрос?', true],
    ['- Question?', true],
    ['IVANOV: Yes.', true],
    ['Q: Why?', true],
    ['Анна Петрова: Да.', true],
    ['The minister said: yes.', false],
    ['—without a space', false],
    ['Mr. Smith: Right.', true],
  ])('blocks: %s opens a turn: %s', (line, expected) => {
    expect(OPENS_TURN.test(line)).toBe(expected);
  });
});
