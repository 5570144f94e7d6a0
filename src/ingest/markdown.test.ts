import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markdownToBlocks } from './markdown.js';

const blocks = (md: string) => markdownToBlocks(md).blocks;
const texts = (md: string) => blocks(md).map((b) => b.text);

describe('markdownToBlocks: structure', () => {
  test('markdown: reads front matter into page metadata and drops it from the body', () => {
    const md = [
      '---',
      'title: "Minister: the budget is ready"',
      'date: 2025-03-14',
      'author:',
      '  - Anna Petrova',
      '  - John Smith',
      'site: Daily Example',
      'lang: en',
      'tags: [economy, budget]',
      '---',
      'Body text.',
    ].join('\n');
    expect(markdownToBlocks(md)).toEqual({
      blocks: [{ text: 'Body text.', strong: 0, em: 0, heading: false }],
      page: {
        title: 'Minister: the budget is ready',
        published: '2025-03-14',
        author: 'Anna Petrova, John Smith',
        siteName: 'Daily Example',
        lang: 'en',
      },
    });
  });

  test('markdown: reads TOML front matter', () => {
    expect(markdownToBlocks('+++\ntitle = "Talk"\ndate = 2024-01-02\n+++\nHi').page).toEqual({
      title: 'Talk',
      published: '2024-01-02',
    });
  });

  test('markdown: a leading thematic break is not front matter', () => {
    expect(markdownToBlocks('---\nJust a line.\n---\nMore.')).toMatchObject({ page: {} });
  });

  test('markdown: turns # and === headings into heading blocks without the markers', () => {
    expect(blocks('# The *big* interview #\n\nIntro line\n===\n\n### Part two')).toEqual([
      { text: 'The big interview', strong: 0, em: 0, heading: true },
      { text: 'Intro line', strong: 0, em: 0, heading: true },
      { text: 'Part two', strong: 0, em: 0, heading: true },
    ]);
  });

  test('markdown: joins soft-wrapped paragraph lines as Markdown does', () => {
    expect(texts('The minister said the plan\nwould be ready in May.\n\nNext.')).toEqual([
      'The minister said the plan would be ready in May.',
      'Next.',
    ]);
  });

  test('markdown: starts a new block at a dash, a speaker label or a bold opening', () => {
    expect(texts('**Why now?**\nBecause it is time.\n**And then?**\nWe wait.\n— Really?\nIVANOV: Yes.')).toEqual([
      'Why now? Because it is time.',
      'And then? We wait.',
      '— Really?',
      'IVANOV: Yes.',
    ]);
  });

  test('markdown: splits at hard breaks (two trailing spaces, a backslash, <br>)', () => {
    expect(texts('one  \ntwo\\\nthree<br>four')).toEqual(['one', 'two', 'three', 'four']);
  });

  test('markdown: strips blockquote markers, including nested ones', () => {
    expect(texts('> quoted words\n> > nested words\n>\n> after a gap')).toEqual([
      'quoted words nested words',
      'after a gap',
    ]);
  });

  test('markdown: makes list items blocks, dropping * and + bullets but keeping dialogue dashes and numbers', () => {
    expect(texts('* first\n+ second\n- Is it a turn?\n1. Numbered question?')).toEqual([
      'first',
      'second',
      '- Is it a turn?',
      '1. Numbered question?',
    ]);
  });

  test('markdown: makes table cells blocks and drops the delimiter row', () => {
    expect(texts('| Year | Debt |\n|---|---:|\n| 2024 | €643 bn |')).toEqual(['Year', 'Debt', '2024', '€643 bn']);
  });

  test('markdown: keeps the lines of fenced code as blocks', () => {
    expect(texts('```\nraw *text* here\n\nsecond\n```\nafter')).toEqual(['raw *text* here', 'second', 'after']);
  });

  test('markdown: drops thematic breaks and reference definitions', () => {
    expect(texts('a\n\n***\n\n[1]: https://example.org\nb')).toEqual(['a', 'b']);
  });
});

describe('markdownToBlocks: inline markup', () => {
  test.each([
    ['**Why now?** Because.', { text: 'Why now? Because.', strong: 8, em: 0 }],
    ['__Why now?__ Because.', { text: 'Why now? Because.', strong: 8, em: 0 }],
    ['*Why now?* Because.', { text: 'Why now? Because.', strong: 0, em: 8 }],
    ['_Why now?_ Because.', { text: 'Why now? Because.', strong: 0, em: 8 }],
    ['***Both*** rest', { text: 'Both rest', strong: 4, em: 4 }],
    ['**Q:** What next?', { text: 'Q: What next?', strong: 2, em: 0 }],
    ['**Anna** **Petrova:** hello', { text: 'Anna Petrova: hello', strong: 13, em: 0 }],
    ['Plain **then bold**', { text: 'Plain then bold', strong: 0, em: 0 }],
    ['**All bold**', { text: 'All bold', strong: 8, em: 0 }],
    ['<b>Tag</b> bold', { text: 'Tag bold', strong: 3, em: 0 }],
  ])('markdown: measures the leading emphasis of %s', (md, expected) => {
    expect(blocks(md)).toEqual([{ ...expected, heading: false }]);
  });

  test.each([
    ['See [the report](https://example.org/r "Title") now.', 'See the report now.'],
    ['A [reference link][ref] and [another][].', 'A reference link and another.'],
    ['Nested [a [b] c](https://x.org/(y)) ok', 'Nested a [b] c ok'],
    ['[laughs] and [applause]', '[laughs] and [applause]'],
    ['snake_case_name and 2 * 3 * 4', 'snake_case_name and 2 * 3 * 4'],
    ['an *unclosed emphasis', 'an *unclosed emphasis'],
    ['Code `a *b* c` and ``x ` y``', 'Code a *b* c and x ` y'],
    ['Escaped \\*stars\\* and \\_under\\_', 'Escaped *stars* and _under_'],
    ['Auto <https://example.org/x> link', 'Auto https://example.org/x link'],
    ['Tom &amp; Jerry&nbsp;&#8212; &#x41;', 'Tom & Jerry — A'],
    ['x <span class="a">y</span> <!-- hidden --> z', 'x y z'],
    ['~~struck~~ stays literal', '~~struck~~ stays literal'],
  ])('markdown: strips inline markup from %s', (md, text) => {
    expect(texts(md)).toEqual([text]);
  });

  test('markdown: keeps an image alt text as its own block', () => {
    expect(texts('![The mayor at the podium](photo.jpg)\n\nText with ![inline](i.png) image.')).toEqual([
      'The mayor at the podium',
      'Text with image.',
      'inline',
    ]);
  });

  test('markdown: keeps the alt text of a linked image', () => {
    expect(texts('[![Chart of debt](c.png)](https://example.org)')).toEqual(['Chart of debt']);
  });
});

describe('markdownToBlocks: robustness', () => {
  test('markdown: stays linear on pathological input', () => {
    const nasty = '*a '.repeat(30000) + '[' .repeat(30000) + '`'.repeat(3000) + '_b'.repeat(30000) + ' ![x]('.repeat(10000);
    const t0 = performance.now();
    markdownToBlocks(nasty);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  test('markdown: blocks have trimmed, non-empty text and emphasis within bounds', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*_\[\]()!`<>#\-\n ]{0,80}$/), (md) => {
        for (const b of blocks(md)) {
          expect(b.text).toBe(b.text.trim());
          expect(b.text.length).toBeGreaterThan(0);
          expect(b.strong).toBeLessThanOrEqual(b.text.length);
          expect(b.em).toBeLessThanOrEqual(b.text.length);
        }
      }),
      { numRuns: 20000 },
    );
  });
});
