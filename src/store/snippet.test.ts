import { describe, expect, test } from 'vitest';
import { couldMatch, queryWords, snippetOf, wordsOf } from './snippet.js';

/** Marks each highlight of a snippet with [brackets], to read the result at a glance. */
function marked(r: { snippet: string; highlights: [number, number][] }): string {
  let out = '';
  let at = 0;
  for (const [a, b] of r.highlights) {
    out += `${r.snippet.slice(at, a)}[${r.snippet.slice(a, b)}]`;
    at = b;
  }
  return out + r.snippet.slice(at);
}

/** A snippet where the words equal (case aside) to one of `terms` are the matched ones. */
function snip(text: string, terms: string[], options = {}) {
  const words = wordsOf(text);
  const lower = (w: { start: number; end: number }) => text.slice(w.start, w.end).toLowerCase();
  return snippetOf(text, words, words.map((w) => (terms.includes(lower(w)) ? lower(w) : null)), options);
}

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('snippets', () => {
  test('snippet: query words leave out negated terms and the or operator', () => {
    expect(queryWords('"Gas transit" OR oil -coal -"nuclear power" or')).toEqual(['gas', 'transit', 'oil']);
    expect(queryWords('безработица -инфляция')).toEqual(['безработица']);
    // Inside quotes "-" and "or" are words of the phrase, as PostgreSQL reads them.
    expect(queryWords('"gas -oil or coal" -"not this"')).toEqual(['gas', 'oil', 'or', 'coal']);
  });

  test('snippet: words that could share a stem are found across case, diacritics and ё', () => {
    const could = couldMatch(['country', 'елка', 'economy', 'x']);
    const test = (w: string) => could(` ${w} `, 1, w.length + 1);
    expect(['Countries', 'Ёлки', 'Économie', 'COUNTRY', 'x', 'Xenon'].filter(test)).toEqual(['Countries', 'Ёлки', 'Économie', 'COUNTRY', 'x', 'Xenon']);
    expect(['budget', 'cat', 'e', 'ёж', '😀x'].filter(test)).toEqual(['e']);
  });

  test('snippet: a short turn is shown whole, whitespace collapsed, matched words marked', () => {
    expect(marked(snip('The gas\n\n   transit deal ends in   2024.', ['gas', 'transit']))).toBe('The [gas transit] deal ends in 2024.');
    expect(marked(snip('Budget, budget and the budget.', ['budget']))).toBe('[Budget], [budget] and the [budget].');
  });

  test('snippet: a long turn is cut to a window around the matches, with an ellipsis where text is left out', () => {
    const text = `${numbered(60)} the deficit grew. ${numbered(60)}`;
    const r = snip(text, ['deficit']);
    expect(marked(r)).toMatch(/^… w5\d .* the \[deficit\] grew\. .* …$/);
    expect(wordsOf(r.snippet).length).toBeLessThanOrEqual(35);
  });

  test('snippet: a term matched only far from the best window gets a second fragment', () => {
    const text = `Gas prices rose. ${numbered(80)} The transit fee stayed. ${numbered(20)}`;
    const r = snip(text, ['gas', 'prices', 'transit']);
    expect(marked(r)).toMatch(/^\[Gas prices\] rose\. w0 .* … .*The \[transit\] fee stayed\. .* …$/);
    expect(r.snippet.split(' … ')).toHaveLength(2);
  });

  test('snippet: the window holding more distinct terms wins over one repeating a single term', () => {
    const text = `oil oil oil oil ${numbered(50)} oil and gas together ${numbered(50)}`;
    expect(marked(snip(text, ['oil', 'gas'], { maxWords: 10 }))).toContain('[oil] and [gas] together');
  });

  test('snippet: highlights stay on the words when the text has surrogate pairs and tabs', () => {
    const r = snip('😀\t\tthe 😀 gas', ['gas']);
    expect(r.snippet.slice(...r.highlights[0]!)).toBe('gas');
  });

  test('snippet: punctuation around a fragment stays with its words', () => {
    expect(marked(snip('«Газ» — сказал он.', ['газ']))).toBe('«[Газ]» — сказал он.');
    const text = `${numbered(60)} ("the deficit") grew. ${numbered(60)}`;
    expect(marked(snip(text, ['deficit'], { lead: 1 }))).toMatch(/^… \("the \[deficit\]"\) grew\./);
  });

  test('snippet: a turn with thousands of matches gets a window holding every term', () => {
    const text = `${'oil '.repeat(20_000)}oil and gas ${'oil '.repeat(20_000)}`;
    const r = snip(text, ['oil', 'gas']);
    expect(new Set(r.highlights.flatMap(([a, b]) => r.snippet.slice(a, b).split(' ')))).toEqual(new Set(['oil', 'gas']));
    expect(wordsOf(r.snippet).length).toBeLessThanOrEqual(35);
  });

  test('snippet: text without words is returned trimmed, with no highlights', () => {
    expect(snippetOf('  — …  ', [], [])).toEqual({ snippet: '— …', highlights: [] });
  });
});
